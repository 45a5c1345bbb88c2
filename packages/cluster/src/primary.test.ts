import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@whatworks/e2e';
import { describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/server.ts', import.meta.url));

interface Running {
	output: () => string;
	messages: unknown[];
	exited: Promise<number | null>;
	signal(name: NodeJS.Signals): void;
}

function start(env: Record<string, string>): Running {
	const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe', 'ipc']
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const messages: unknown[] = [];
	child.on('message', (message) => messages.push(message));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { output: () => output, messages, exited, signal: (name) => child.kill(name) };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
	for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
	if (!condition()) throw new Error(`Timed out waiting for ${what}`);
}

/** Which process answers a request on a connection of its own (the primary deals connections out). */
function ask(port: number): Promise<{ pid: number; index: number }> {
	return new Promise((resolve, reject) => {
		get({ host: '127.0.0.1', port, agent: false }, (response) => {
			let body = '';
			response.on('data', (chunk: Buffer) => (body += chunk.toString()));
			response.on('end', () => resolve(JSON.parse(body) as { pid: number; index: number }));
		}).on('error', reject);
	});
}

async function answering(port: number, requests = 24) {
	const answers = [];
	for (let i = 0; i < requests; i++) answers.push(await ask(port));
	return new Map(answers.map(({ index, pid }) => [index, pid]));
}

/** The workers answering once worker `index` is among them (a replacement, starting), by number. */
async function answeringWith(port: number, index: number) {
	for (let tries = 0; tries < 200; tries++) {
		const workers = await answering(port, 4);
		if (workers.has(index)) return workers;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return answering(port, 4);
}

const isRunning = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

describe('runPrimary', { timeout: 60_000 }, () => {
	it('serves one port from every worker, says so once all listen, and stops them all on SIGTERM', async () => {
		const port = await findFreePort();
		const server = start({ WORKERS: '3', PORT: String(port) });
		await waitFor(() => server.output().includes('every process listens'), 'the workers');
		const workers = await answering(port);
		expect([...workers.keys()].sort()).toEqual([0, 1, 2]);
		expect(new Set(workers.values()).size).toBe(3);
		expect(server.output().match(/every process listens/g)).toHaveLength(1);

		server.signal('SIGTERM');
		expect(await server.exited).toBe(0);
		expect([...workers.values()].filter(isRunning)).toEqual([]);
	});

	it('replaces a worker that stops with one of the same number', async () => {
		const port = await findFreePort();
		const server = start({ WORKERS: '2', PORT: String(port) });
		try {
			await waitFor(() => server.output().includes('every process listens'), 'the workers');
			const before = await answering(port);
			process.kill(before.get(1) ?? 0, 'SIGKILL');
			await waitFor(
				() => server.output().includes('A process of the test server stopped (SIGKILL)'),
				'the news of the stop'
			);
			const after = await answeringWith(port, 1);
			expect(after.get(0)).toBe(before.get(0));
			expect(after.get(1)).toBeDefined();
			expect(after.get(1)).not.toBe(before.get(1));
		} finally {
			server.signal('SIGTERM');
			await server.exited;
		}
	});

	it('tries a replacement that cannot start again, later, while the others serve', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'whatworks-cluster-'));
		const failFile = join(dir, 'fail');
		const port = await findFreePort();
		const server = start({ WORKERS: '2', PORT: String(port), FAIL_FILE: failFile });
		try {
			await waitFor(() => server.output().includes('every process listens'), 'the workers');
			const before = await answering(port);
			writeFileSync(failFile, '');
			process.kill(before.get(1) ?? 0, 'SIGKILL');
			await waitFor(
				() =>
					server
						.output()
						.includes(
							'A process of the test server could not start again (code 1); trying again in 1 s.'
						),
				'the retry'
			);
			expect((await answering(port, 4)).get(0)).toBe(before.get(0));
			rmSync(failFile);
			const after = await answeringWith(port, 1);
			expect(after.get(1)).toBeDefined();
			expect(after.get(1)).not.toBe(before.get(1));
		} finally {
			server.signal('SIGTERM');
			await server.exited;
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('stops, with 1 and one account of why, when the first worker cannot start', async () => {
		const port = await findFreePort();
		const taken: Server = createServer();
		await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
		try {
			const server = start({ WORKERS: '3', PORT: String(port) });
			expect(await server.exited).toBe(1);
			expect(server.output()).toBe(
				'test server: EADDRINUSE\nThe test server could not start: see the line above.\n'
			);
		} finally {
			taken.close();
		}
	});

	it('exits with 1 when a worker does not stop cleanly', async () => {
		const port = await findFreePort();
		const server = start({ WORKERS: '2', PORT: String(port), STOP_CODE: '1' });
		await waitFor(() => server.output().includes('every process listens'), 'the workers');
		server.signal('SIGINT');
		expect(await server.exited).toBe(1);
	});

	it("starts the others once the first listens, and passes workers' messages on to its parent only when asked", async () => {
		const relaying = start({
			WORKERS: '2',
			PORT: String(await findFreePort()),
			RELAY: 'true',
			FIRST_STARTS_MS: '500'
		});
		const quiet = start({ WORKERS: '2', PORT: String(await findFreePort()) });
		try {
			for (const server of [relaying, quiet]) {
				await waitFor(() => server.output().includes('every process listens'), 'the workers');
			}
			await waitFor(() => relaying.messages.length === 4, 'the messages');
			expect(relaying.messages).toEqual([
				{ started: 0 },
				{ listening: 0 },
				{ started: 1 },
				{ listening: 1 }
			]);
			expect(quiet.messages).toEqual([]);
		} finally {
			for (const server of [relaying, quiet]) server.signal('SIGTERM');
			await Promise.all([relaying.exited, quiet.exited]);
		}
	});
});

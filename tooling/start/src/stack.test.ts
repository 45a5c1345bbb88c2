import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const fixture = new URL('fixtures/fake-start.ts', import.meta.url).pathname;
const onATerminal = new URL('fixtures/on-a-terminal.py', import.meta.url).pathname;
const hasPython = await promisify(execFile)('python3', ['--version']).then(
	() => true,
	() => false
);

/** A port nothing listens on now. */
function freePort(): Promise<string> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(String(port)));
		});
	});
}

/** Starts the two-service stack in a process group of its own, as a terminal runs a command. */
async function startStack(env: NodeJS.ProcessEnv = {}) {
	const ports = { one: await freePort(), two: await freePort() };
	const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
		detached: true,
		env: { ...process.env, ONE_PORT: ports.one, TWO_PORT: ports.two, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const output = { stdout: '', stderr: '' };
	child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
	return { child, ports, output, exited };
}

const answers = (port: string) =>
	fetch(`http://127.0.0.1:${port}/`).then(
		(response) => response.ok,
		() => false
	);

describe('the start command', () => {
	it('ends with the banner once every service answers; Ctrl-C stops them all with status 0', async () => {
		const { child, ports, output, exited } = await startStack();
		await expect.poll(() => output.stdout, { timeout: 15_000 }).toBe('BANNER\n');
		expect([await answers(ports.one), await answers(ports.two)]).toEqual([true, true]);

		// A terminal's Ctrl-C: SIGINT to every process of the group, the services included.
		process.kill(-child.pid!, 'SIGINT');
		expect(await exited).toBe(0);
		expect(output).toEqual({ stdout: 'BANNER\n', stderr: '' });
		expect([await answers(ports.one), await answers(ports.two)]).toEqual([false, false]);
	});

	it('names a service that cannot start, shows what it printed, and stops the others', async () => {
		const { ports, output, exited } = await startStack({ TWO_FAILS: '3' });
		expect(await exited).toBe(1);
		expect(output.stdout).toBe('');
		expect(output.stderr).toBe(
			'[two] cannot start\ntwo stopped before it answered (exit code 3).\nIt printed:\nstarting\n'
		);
		expect(await answers(ports.one)).toBe(false);
	});

	it('starts a service marked to start once the others answer only after they do', async () => {
		const unmarked = await startStack({ TWO_NEEDS_ONE: 'unmarked' });
		expect(await unmarked.exited).toBe(1);
		expect(unmarked.output.stderr).toContain(`started before port ${unmarked.ports.one} answered`);

		const { child, ports, output, exited } = await startStack({ TWO_NEEDS_ONE: 'marked' });
		await expect.poll(() => output.stdout, { timeout: 15_000 }).toBe('BANNER\n');
		expect([await answers(ports.one), await answers(ports.two)]).toEqual([true, true]);
		process.kill(-child.pid!, 'SIGINT');
		expect(await exited).toBe(0);
	});

	// npx runs pnpm through `sh -c`, which a terminal's Ctrl-C would make end with status 130.
	it.skipIf(process.platform !== 'linux' || !hasPython)(
		'reads Ctrl-C on a terminal as a key: under `sh -c`, as npx runs it, all stop with status 0',
		async () => {
			const ports = { one: await freePort(), two: await freePort() };
			const command = `"${process.execPath}" --import tsx "${fixture}"; exit $?`;
			const { stdout } = await promisify(execFile)('python3', [onATerminal, 'sh', '-c', command], {
				env: { ...process.env, ONE_PORT: ports.one, TWO_PORT: ports.two }
			});
			// Nothing after the banner: the terminal echoes no ^C, and its lines still end in \r\n.
			expect(JSON.parse(stdout)).toEqual({ output: 'BANNER\r\n', status: 0 });
			expect([await answers(ports.one), await answers(ports.two)]).toEqual([false, false]);
		}
	);
});

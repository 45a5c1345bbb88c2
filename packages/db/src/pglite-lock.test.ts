import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { DatabaseLockedError } from './pglite-lock.js';

describe('the embedded database lock', () => {
	const dirs: string[] = [];
	const freshDir = () => {
		const dir = mkdtempSync(join(tmpdir(), 'whatworks-lock-'));
		dirs.push(dir);
		return join(dir, 'pglite');
	};
	afterEach(() => {
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('refuses a second opening of the same directory, naming the process that holds it', async () => {
		const dataDir = freshDir();
		const first = await openDatabase({ pgliteDir: dataDir });
		try {
			const second = openDatabase({ pgliteDir: dataDir });
			await expect(second).rejects.toThrow(DatabaseLockedError);
			await expect(second).rejects.toThrow(`in use by process ${process.pid}`);
		} finally {
			await first.close();
		}
		expect(existsSync(`${dataDir}.lock`)).toBe(false);
	});

	it('names a lock it cannot read instead of saying another process keeps taking it', async () => {
		const dataDir = freshDir();
		mkdirSync(`${dataDir}.lock`);
		const opening = openDatabase({ pgliteDir: dataDir });
		await expect(opening).rejects.toThrow(DatabaseLockedError);
		await expect(opening).rejects.toThrow(`The lock ${dataDir}.lock is there but cannot be read`);
		expect(existsSync(`${dataDir}.lock`)).toBe(true); // left for a person to look at
	});

	/** A lock file naming `pid`, as a process of this machine that started at `processStart` would write it. */
	const lockOf = (pid: number, processStart: string) =>
		JSON.stringify({ pid, hostname: hostname(), processStart, startedAt: '2026-01-01T00:00:00Z' });

	it('takes over a lock left behind by a process that has exited', async () => {
		const dataDir = freshDir();
		const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
		writeFileSync(`${dataDir}.lock`, lockOf(Number(exited.stdout.toString()), 'x'));
		const handle = await openDatabase({ pgliteDir: dataDir });
		expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
		await handle.close();
	});

	it('takes over a lock naming a live process that is not the one that took it', async () => {
		// After a crash the PID in the lock may belong to some other process by now.
		const dataDir = freshDir();
		const unrelated = spawn('sleep', ['30']);
		try {
			writeFileSync(`${dataDir}.lock`, lockOf(unrelated.pid ?? 0, 'an earlier process'));
			const handle = await openDatabase({ pgliteDir: dataDir });
			expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8'))).toMatchObject({
				pid: process.pid
			});
			await handle.close();
		} finally {
			unrelated.kill();
		}
	});

	it('respects a lock of the previous release held by a live process', async () => {
		// Its lock says nothing of when the holder started: a live PID must be taken as the holder.
		const dataDir = freshDir();
		const holder = spawn('sleep', ['30']);
		try {
			const old = { pid: holder.pid, hostname: hostname(), processStartedAt: 1, startedAt: 'x' };
			writeFileSync(`${dataDir}.lock`, JSON.stringify(old));
			await expect(openDatabase({ pgliteDir: dataDir })).rejects.toThrow(
				`in use by process ${holder.pid}`
			);
		} finally {
			holder.kill();
		}
	});

	it('takes over a lock left by an earlier life of this process with the same PID', async () => {
		const dataDir = freshDir();
		writeFileSync(`${dataDir}.lock`, lockOf(process.pid, 'an earlier life'));
		const handle = await openDatabase({ pgliteDir: dataDir });
		expect(readFileSync(`${dataDir}.lock`, 'utf8')).not.toContain('an earlier life');
		await handle.close();
	});

	it('takes over a lock it cannot read, as a lock left half-written by a crash', async () => {
		const dataDir = freshDir();
		writeFileSync(`${dataDir}.lock`, '{"pid": 12');
		const handle = await openDatabase({ pgliteDir: dataDir });
		expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
		await handle.close();
	});

	it('lets exactly one of several processes racing for the lock take it', async () => {
		const dataDir = freshDir();
		// The one that takes it holds it until every racer has answered: on a loaded machine a racer
		// can start after a holder that let go at a fixed time exited, and take over its lock.
		const script = `
			import { acquirePgliteLock } from ${JSON.stringify(new URL('./pglite-lock.ts', import.meta.url).href)};
			try {
				acquirePgliteLock(process.argv[1]);
				process.stdout.write('took');
				process.stdin.on('end', () => process.exit(0)).resume();
			} catch (error) { process.stdout.write(error.name); }
		`;
		const children: ReturnType<typeof spawn>[] = [];
		const racers = Array.from(
			{ length: 6 },
			() =>
				new Promise<string>((resolve) => {
					const child = spawn(process.execPath, [
						'--import',
						'tsx',
						'--input-type=module',
						'-e',
						script,
						dataDir
					]);
					children.push(child);
					let out = '';
					child.stdout.on('data', (chunk: Buffer) => {
						out += chunk.toString();
						if (out === 'took') resolve(out);
					});
					child.on('exit', () => resolve(out));
				})
		);
		const outcomes = await Promise.all(racers);
		const exits = children.map(
			(child) =>
				new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(0)))
		);
		for (const child of children) child.stdin?.end();
		await Promise.all(exits);
		expect(outcomes.filter((o) => o === 'took')).toHaveLength(1);
		expect(outcomes.filter((o) => o === 'DatabaseLockedError')).toHaveLength(5);
	});
});

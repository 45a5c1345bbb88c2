import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	openEmptyPostgresDatabase,
	openTestDatabase,
	testDatabaseKinds
} from '@whatworks/db/testing';
import { seedDemoContent } from '@whatworks/db';
import { afterAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'whatworks-server-'));
const pgliteDir = join(workDir, 'pglite');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Started {
	child: ChildProcessWithoutNullStreams;
	output: () => string;
	exited: Promise<number | null>;
}

function startServer(env: Record<string, string>): Started {
	const child = spawn(process.execPath, ['--import', 'tsx', main], {
		env: { ...process.env, PGLITE_DIR: pgliteDir, HOST: '127.0.0.1', ...env }
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { child, output: () => output, exited };
}

async function waitForReady(server: Started): Promise<void> {
	for (let i = 0; i < 900 && !server.output().includes('API ready'); i++) {
		if (server.child.exitCode !== null) break;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	if (!server.output().includes('API ready'))
		throw new Error(`Server did not start:\n${server.output()}`);
}

/** The ids of the Node processes whose parent is `pid` (under tsx, esbuild's service is one too). */
function nodeChildrenOf(pid: number): number[] {
	return readdirSync('/proc')
		.filter((entry) => /^\d+$/.test(entry))
		.filter((entry) => {
			try {
				// The parent's id is the field after the state, which follows the name in brackets.
				const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
				const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
				const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
				return parent === pid && command.startsWith(`${process.execPath}\0`);
			} catch {
				return false; // gone meanwhile
			}
		})
		.map(Number);
}

function get(port: number, path: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
		(resolve, reject) => {
			const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
				let body = '';
				res.on('data', (chunk: Buffer) => (body += chunk.toString()));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
			});
			req.on('error', reject);
			req.end();
		}
	);
}

// Each test starts real server processes, which can take a while on a busy two-core machine.
describe('the API server process', { timeout: 120_000 }, () => {
	it('exits with one line naming a bad variable', async () => {
		const server = startServer({ PORT: 'abc' });
		expect(await server.exited).toBe(1);
		expect(server.output()).toBe(
			'whatworks API cannot start: PORT: expected a port number from 1 to 65535 (got "abc")\n'
		);
	});

	it('serves health and the API, refuses a second server on its directory, and stops cleanly', async () => {
		const port = 39_000 + Math.floor(Math.random() * 1000);
		const first = startServer({ PORT: String(port) });
		await waitForReady(first);

		const health = await get(port, '/healthz', { 'x-request-id': 'trace-me-1' });
		expect(health.status).toBe(200);
		expect(JSON.parse(health.body)).toEqual({ status: 'ok', database: 'pglite' });
		expect(health.headers['x-request-id']).toBe('trace-me-1');
		expect(health.headers['x-content-type-options']).toBe('nosniff');

		const list = await get(port, '/trpc/interventions.list');
		const names = (JSON.parse(list.body) as { result: { data: { name: string }[] } }).result.data;
		expect(names.map((i) => i.name)).toContain('Family Group Conferencing');
		// A browser must not read an API answer as anything but the JSON it says it is.
		expect(list.headers['x-content-type-options']).toBe('nosniff');

		const missing = await get(
			port,
			`/trpc/partners.get?input=${encodeURIComponent('{"slug":"atlantis"}')}`
		);
		expect(missing.status).toBe(404);
		expect(missing.headers['x-content-type-options']).toBe('nosniff');

		const csv = await get(port, '/data/evidence.csv');
		expect(csv.status).toBe(200);
		expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
		expect(csv.headers['content-disposition']).toBe('attachment; filename="evidence.csv"');
		const [header, ...rows] = csv.body.trimEnd().split('\r\n');
		expect(header?.split(',').slice(0, 3)).toEqual([
			'intervention',
			'intervention_slug',
			'outcome'
		]);
		expect(rows.some((row) => row.startsWith('Family Group Conferencing,'))).toBe(true);
		const json = await get(port, '/data/evidence.json');
		expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(JSON.parse(json.body)).toHaveLength(rows.length);

		const second = startServer({ PORT: String(port + 1) });
		expect(await second.exited).toBe(1);
		expect(second.output().trim().split('\n')).toEqual([
			expect.stringMatching(
				new RegExp(
					`^whatworks API cannot start: The embedded database .* is in use by process ${first.child.pid} `
				)
			)
		]);

		// A second signal (Ctrl-C pressed twice) must not cut the shutdown short.
		first.child.kill('SIGTERM');
		first.child.kill('SIGINT');
		expect(await first.exited).toBe(0);
		expect(first.output()).toContain('"msg":"stopped"');
		expect(existsSync(`${pgliteDir}.lock`)).toBe(false);
		const requestLogs = first
			.output()
			.split('\n')
			.filter((line) => line.includes('"msg":"request"'));
		expect(
			requestLogs.map((line) => (JSON.parse(line) as { requestId: string }).requestId)
		).toContain('trace-me-1');
	});

	it('names a port in use before it opens, migrates or seeds anything', async () => {
		const taken = createServer();
		await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = taken.address() as AddressInfo;
			const fresh = join(workDir, 'never-opened');
			const server = startServer({ PORT: String(port), PGLITE_DIR: fresh });
			expect(await server.exited).toBe(1);
			expect(server.output()).toBe(
				`whatworks API cannot start: PORT ${port} is already in use on 127.0.0.1; stop what uses it or set PORT to a free port.\n`
			);
			expect(existsSync(fresh)).toBe(false);
		} finally {
			await new Promise((resolve) => taken.close(resolve));
		}
	});

	it('answers 503 while starting, and a stop then waits for the start to finish', async () => {
		const port = 40_000 + Math.floor(Math.random() * 1000);
		const fresh = join(workDir, 'stopped-while-starting');
		const server = startServer({ PORT: String(port), PGLITE_DIR: fresh });
		let starting = await get(port, '/healthz').catch(() => null);
		while (!starting && server.child.exitCode === null) {
			await new Promise((resolve) => setTimeout(resolve, 20));
			starting = await get(port, '/healthz').catch(() => null);
		}
		expect(starting?.status).toBe(503);
		expect(starting?.headers['retry-after']).toBe('1');
		server.child.kill('SIGTERM');
		expect(await server.exited).toBe(0);
		expect(existsSync(`${fresh}.lock`)).toBe(false);

		// The database it was migrating and seeding is whole: the next start uses it as it is.
		const again = startServer({ PORT: String(port), PGLITE_DIR: fresh });
		await waitForReady(again);
		const list = await get(port, '/trpc/interventions.list');
		expect((JSON.parse(list.body) as { result: { data: unknown[] } }).result.data).toHaveLength(13);
		again.child.kill('SIGTERM');
		expect(await again.exited).toBe(0);
	});

	it('exits with one line when the demo data cannot be seeded, closing the database', async () => {
		const dataDir = join(workDir, 'broken-data');
		mkdirSync(dataDir);
		writeFileSync(
			join(dataDir, 'england_childrens_services_las.csv'),
			'gss_code,dfe_la_code,la_name,region_gss_code,la_type\nE09000022,208,Lambeth,E12000007,Parish\n'
		);
		// A relative PGLITE_DIR means the directory the command was run from (INIT_CWD under pnpm).
		const server = startServer({
			PGLITE_DIR: 'relative-db',
			INIT_CWD: workDir,
			WHATWORKS_DATA_DIR: dataDir
		});
		expect(await server.exited).toBe(1);
		expect(server.output().trim().split('\n').at(-1)).toMatch(
			/^whatworks API cannot start: could not seed the demo content: .*england_childrens_services_las\.csv: 1 bad row, nothing imported$/
		);
		expect(existsSync(join(workDir, 'relative-db'))).toBe(true);
		expect(existsSync(join(workDir, 'relative-db.lock'))).toBe(false);
	});

	it('reuses its data on the next start without seeding again', async () => {
		const port = 40_000 + Math.floor(Math.random() * 1000);
		const server = startServer({ PORT: String(port) });
		await waitForReady(server);
		expect(server.output()).toContain('demo content already present');
		const list = await get(port, '/trpc/interventions.list');
		expect((JSON.parse(list.body) as { result: { data: unknown[] } }).result.data).toHaveLength(13);
		server.child.kill('SIGINT');
		expect(await server.exited).toBe(0);
	});
});

describe.each(testDatabaseKinds.filter((kind) => kind === 'postgres'))(
	'the API server on %s',
	(kind) => {
		it(
			'starts only after the migration step, seeds only when asked, and reports the database in its health',
			{ timeout: 120_000 },
			async () => {
				const unmigrated = await openEmptyPostgresDatabase();
				try {
					const refused = startServer({
						PORT: String(43_000 + Math.floor(Math.random() * 1000)),
						DATABASE_URL: unmigrated.url
					});
					expect(await refused.exited).toBe(1);
					expect(refused.output()).toMatch(
						/^whatworks API cannot start: The database schema is older than this release: run `pnpm db:migrate`/
					);
				} finally {
					await unmigrated.drop();
				}
				const database = await openTestDatabase(kind);
				try {
					const port = 41_000 + Math.floor(Math.random() * 1000);
					const env = { PORT: String(port), DATABASE_URL: database.url ?? '' };
					const plain = startServer(env);
					await waitForReady(plain);
					expect(JSON.parse((await get(port, '/healthz')).body)).toEqual({
						status: 'ok',
						database: 'postgres'
					});
					const empty = await get(port, '/trpc/interventions.list');
					expect((JSON.parse(empty.body) as { result: { data: unknown[] } }).result.data).toEqual(
						[]
					);
					plain.child.kill('SIGTERM');
					expect(await plain.exited).toBe(0);

					// Several servers starting together seed the demo content once between them.
					const ports = [port, port + 1, port + 2];
					const seeding = ports.map((p) =>
						startServer({ ...env, PORT: String(p), WHATWORKS_SEED_DEMO: 'true' })
					);
					await Promise.all(seeding.map(waitForReady));
					for (const p of ports) {
						const list = await get(p, '/trpc/interventions.list');
						expect(
							(JSON.parse(list.body) as { result: { data: unknown[] } }).result.data
						).toHaveLength(13);
					}
					for (const server of seeding) server.child.kill('SIGTERM');
					expect(await Promise.all(seeding.map((server) => server.exited))).toEqual([0, 0, 0]);
				} finally {
					await database.close();
				}
			}
		);

		it(
			'stops once, saying why, when its first process cannot send mail',
			{ timeout: 120_000 },
			async () => {
				const database = await openTestDatabase(kind);
				try {
					const server = startServer({
						PORT: String(42_000 + Math.floor(Math.random() * 1000)),
						DATABASE_URL: database.url ?? '',
						API_WORKERS: '2',
						LOG_LEVEL: 'silent',
						DKIM_DOMAIN: 'example.org',
						DKIM_SELECTOR: 'mail',
						DKIM_PRIVATE_KEY_FILE: join(workDir, 'no-such-key.pem')
					});
					expect(await server.exited).toBe(1);
					expect(server.output()).toMatch(
						/^whatworks API cannot start: could not start sending mail \(ENOENT[^\n]*\)\nThe API server could not start: see the line above\.\n$/
					);
				} finally {
					await database.close();
				}
			}
		);

		it(
			'runs as processes that agree on what is published, the first alone sending mail',
			{ timeout: 120_000 },
			async () => {
				const database = await openTestDatabase(kind);
				try {
					await seedDemoContent(database.db);
					const port = 42_000 + Math.floor(Math.random() * 1000);
					const server = startServer({
						PORT: String(port),
						DATABASE_URL: database.url ?? '',
						API_WORKERS: '2'
					});
					let processes: number[] = [];
					try {
						const readyLines = () => server.output().match(/API ready/g)?.length ?? 0;
						for (let i = 0; i < 600 && readyLines() < 2 && server.child.exitCode === null; i++) {
							await new Promise((resolve) => setTimeout(resolve, 100));
						}
						expect(readyLines()).toBe(2);
						processes = nodeChildrenOf(server.child.pid ?? 0);
						expect(processes).toHaveLength(2);
						expect(server.output().match(/"msg":"mail: /g)).toHaveLength(1);

						// Each request on a connection of its own, which the primary deals out in turn.
						const names = async () => {
							const list = await get(port, '/trpc/interventions.list', { connection: 'close' });
							const data = (JSON.parse(list.body) as { result: { data: { name: string }[] } })
								.result.data;
							return data.map((intervention) => intervention.name);
						};
						for (let i = 0; i < 4; i++) {
							expect(await names()).toContain('Family Group Conferencing');
						}
						await database.db.execute(
							"update interventions set name = 'Family Group Conferences' where name = 'Family Group Conferencing'"
						);
						// Every process drops its kept answers when it hears of the change.
						let answers: string[][] = [];
						for (let i = 0; i < 50; i++) {
							answers = [await names(), await names(), await names(), await names()];
							if (answers.every((answer) => answer.includes('Family Group Conferences'))) break;
							await new Promise((resolve) => setTimeout(resolve, 100));
						}
						for (const answer of answers) expect(answer).toContain('Family Group Conferences');
						// Both processes answered: each request's log line names the process.
						const answeredBy = server
							.output()
							.split('\n')
							.filter((line) => line.includes('"msg":"request"'))
							.map((line) => (JSON.parse(line) as { pid: number }).pid);
						expect(new Set(answeredBy)).toEqual(new Set(processes));

						server.child.kill('SIGTERM');
						expect(await server.exited).toBe(0);
						expect(processes.filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);
					} finally {
						// Not left running by a failed assertion: the primary's stop ends its workers.
						server.child.kill('SIGTERM');
					}
				} finally {
					await database.close();
				}
			}
		);
	}
);

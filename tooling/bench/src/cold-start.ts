import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@whatworks/e2e';
import { formatTimings, type Timings } from './timings.js';

/** How soon the API server should answer after it is started on an existing database. */
const targetMs = 1000;
const host = '127.0.0.1';
/** How often /healthz is asked while the server starts: the figures are this precise. */
const pollMs = 5;
const timeoutMs = 60_000;

/** The built API server, as `pnpm start` and the production servers run it. */
const serverEntry = fileURLToPath(new URL('../../../apps/server/dist/main.js', import.meta.url));

/**
 * Starts the built API server `runs` times, one after the other (PGlite lets one process open
 * the database at a time), on the benchmark's database, and times each from spawning `node` to
 * the first 200 on /healthz, stopping the server before the next start.
 */
export async function measureColdStart(
	database: { pgliteDir: string } | { databaseUrl: string },
	runs = 5
): Promise<Timings> {
	if (!existsSync(serverEntry)) {
		return { runs: [], failure: `${serverEntry} is missing: build the server first` };
	}
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		try {
			times.push(await startOnce(database));
		} catch (error) {
			return { runs: times, failure: error instanceof Error ? error.message : String(error) };
		}
	}
	return { runs: times };
}

async function startOnce(database: { pgliteDir: string } | { databaseUrl: string }) {
	const port = await findFreePort();
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const key of ['DATABASE_URL', 'PGLITE_DIR', 'LOG_FILE', 'PUBLIC_CACHE_SECONDS']) {
		delete env[key];
	}
	Object.assign(env, {
		PORT: String(port),
		HOST: host,
		WHATWORKS_SEED_DEMO: 'false',
		LOG_LEVEL: 'warn',
		...('databaseUrl' in database
			? { DATABASE_URL: database.databaseUrl }
			: { PGLITE_DIR: database.pgliteDir })
	});
	const started = performance.now();
	const child = spawn(process.execPath, ['--enable-source-maps', serverEntry], {
		env,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
	const exited = new Promise<string>((resolve) =>
		child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`))
	);
	// Set when the server exits by itself (read in the loop below, so an object, not a variable).
	const state: { stopped: string | null } = { stopped: null };
	void exited.then((how) => (state.stopped = how));
	try {
		while (performance.now() - started < timeoutMs) {
			if (state.stopped !== null) {
				throw new Error(`the server stopped (${state.stopped}): ${stderr.trim()}`);
			}
			const status = await fetch(`http://${host}:${port}/healthz`).then(
				async (response) => (await response.body?.cancel(), response.status),
				() => null
			);
			if (status === 200) return performance.now() - started;
			await new Promise((resolve) => setTimeout(resolve, pollMs));
		}
		throw new Error(`no 200 from /healthz within ${timeoutMs / 1000} s`);
	} finally {
		// Stopped and gone before the next start, which needs the database's lock.
		if (state.stopped === null) child.kill('SIGTERM');
		await exited;
	}
}

/** Whether the cold start needs attention: a start failed. A missed target is only reported. */
export function coldStartFailed(result: Timings): boolean {
	return 'failure' in result;
}

/** The report's section on the cold start, as markdown lines. */
export function formatColdStart(result: Timings): string[] {
	const starts = result.runs.length;
	return formatTimings(result, {
		title: 'Cold start of the API server',
		what:
			'From starting `node dist/main.js` on the filled database, already migrated, to its first 200 ' +
			`on /healthz; ${starts} start${starts === 1 ? '' : 's'}, one after another.`,
		column: 'Starts',
		targetMs,
		judgedBy: 'median',
		failed: 'A start failed'
	});
}

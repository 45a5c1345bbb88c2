import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort, spawnManaged, waitForHttp, type StackOptions } from '@whatworks/e2e';
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
	database: NonNullable<StackOptions['database']>,
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

async function startOnce(database: NonNullable<StackOptions['database']>): Promise<number> {
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
	const server = spawnManaged({
		name: 'API server',
		command: process.execPath,
		args: ['--enable-source-maps', serverEntry],
		cwd: dirname(serverEntry),
		env
	});
	try {
		await waitForHttp({
			url: `http://${host}:${port}/healthz`,
			process: server,
			isReady: (response) => response.status === 200,
			timeoutMs,
			intervalMs: pollMs
		});
		return performance.now() - started;
	} finally {
		// Stopped and gone before the next start, which needs the database's lock.
		await server.stop();
	}
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

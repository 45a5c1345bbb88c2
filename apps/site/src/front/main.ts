/**
 * The built site's server (`node start.js`, bundled into build/front.js): one process per core
 * (`node:cluster`), each answering kept pages itself (front-handler.ts) and passing everything
 * else to SvelteKit; a page one process renders is kept by all of them (shared-copies.ts).
 * adapter-node's settings apply: its handler reads SITE_ORIGIN, SITE_BODY_SIZE_LIMIT and the
 * proxy headers, and this server its PORT, HOST, SHUTDOWN_TIMEOUT, KEEP_ALIVE_TIMEOUT and
 * HEADERS_TIMEOUT (not SOCKET_PATH, IDLE_TIMEOUT or socket activation).
 */
import cluster from 'node:cluster';
import { createServer, type RequestListener } from 'node:http';
import { availableParallelism } from 'node:os';
import { runPrimary } from '@whatworks/cluster';
import { sharedPageCopies } from '../lib/server/page-copies';
import { listenForContentVersion } from './content-version-listener';
import { createFrontHandler } from './front-handler';
import { relayCopiesBetweenWorkers, shareCopiesWithSiblings } from './shared-copies';

/** Read and removed before adapter-node loads: it refuses SITE_ settings it does not know. */
const workersSetting = process.env.SITE_WORKERS;
delete process.env.SITE_WORKERS;

/** adapter-node's reader of its SITE_ settings, beside this file in build/ (not bundled). */
const { env, timeout_env } = (await import(new URL('./env.js', import.meta.url).href)) as {
	env: (name: string, fallback: string) => string;
	timeout_env: (name: string) => number | undefined;
};
// start.js sets the defaults; these are adapter-node's server settings, read as its index.js would.
const port = Number(env('PORT', '3000'));
const host = env('HOST', '127.0.0.1');
/** How long requests in flight may finish after SIGTERM (`SITE_SHUTDOWN_TIMEOUT`, seconds). */
const shutdownTimeoutMs = Number(env('SHUTDOWN_TIMEOUT', '30')) * 1000;

function workerCount(): number {
	const given = workersSetting;
	if (given === undefined || given === '') return availableParallelism();
	const count = Number(given);
	if (!Number.isInteger(count) || count < 1) {
		process.stderr.write(
			`SITE_WORKERS: expected a whole number of processes, at least 1 (got "${given}")\n`
		);
		process.exit(1);
	}
	return count;
}

/** One worker: its copies, kept current by the API's stream and shared, in front of SvelteKit. */
async function runWorker(): Promise<void> {
	// Beside this file in build/: adapter-node's handler, which reads its SITE_ settings as it loads.
	const sveltekitUrl = new URL('./handler.js', import.meta.url).href;
	const { handler } = (await import(sveltekitUrl)) as { handler: RequestListener };
	const copies = sharedPageCopies();
	shareCopiesWithSiblings(copies);
	const stopListening = listenForContentVersion(process.env.WHATWORKS_API_URL, copies);
	const server = createServer(createFrontHandler({ copies, sveltekit: handler }));
	const keepAlive = timeout_env('KEEP_ALIVE_TIMEOUT');
	if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive * 1000;
	const headers = timeout_env('HEADERS_TIMEOUT');
	if (headers !== undefined) server.headersTimeout = headers * 1000;
	server.on('error', (error: NodeJS.ErrnoException) => {
		process.stderr.write(
			error.code === 'EADDRINUSE'
				? `SITE_PORT ${port} is already in use on ${host}; stop what uses it or set SITE_PORT to a free port.\n`
				: `The site could not listen on ${host}:${port} (${error.message}).\n`
		);
		process.exit(1);
	});
	server.listen(port, host);

	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		stopListening();
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs).unref();
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (cluster.isPrimary) {
	relayCopiesBetweenWorkers();
	runPrimary({
		count: workerCount(),
		name: 'site',
		onListening: () => console.log(`What Works site: http://localhost:${port}`)
	});
} else await runWorker();

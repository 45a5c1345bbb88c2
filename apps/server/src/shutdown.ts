import type { Server } from 'node:http';
import type { DatabaseHandle } from '@whatworks/db';
import type { Logger } from 'pino';
import { endContentVersionStreams } from './content-version.js';

/** What is running so far; start-up fills it in as it goes. */
export interface Running {
	server?: Server;
	/** Starting (opening, migrating and seeding the database, and all after), while under way. */
	starting?: Promise<unknown>;
	database?: DatabaseHandle;
	/** Background work on the database (the mail worker, retention), stopped before it closes. */
	background?: { stop(): unknown }[];
}

/**
 * On SIGINT or SIGTERM — also while still starting — stop accepting connections, let requests in
 * flight finish (cutting them off after `timeoutMs`), close the database, which releases the
 * embedded database lock, and exit. Repeated signals (Ctrl-C twice, or one relayed by pnpm and
 * turbo as well) do not interrupt a shutdown under way.
 */
export function stopGracefullyOnSignals(options: {
	running: Running;
	logger: Logger;
	timeoutMs: number;
}): void {
	const { running, logger, timeoutMs } = options;
	let stopping = false;

	const stop = async (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		logger.info({ signal }, 'stopping: finishing requests in flight');
		try {
			await closeServer(running.server);
			// Start-up work is finished first: a database is never closed half-migrated or half-seeded.
			// A process that listens only once started may have begun to meanwhile.
			await running.starting?.catch(() => undefined);
			await closeServer(running.server);
			await Promise.all((running.background ?? []).map((work) => work.stop()));
			await running.database?.close();
			logger.info('stopped');
			process.exit(0);
		} catch (error) {
			logger.error({ err: error }, 'the database did not close cleanly');
			process.exit(1);
		}
	};

	/** Stops accepting connections and lets requests in flight finish, for up to `timeoutMs`. */
	const closeServer = async (server: Server | undefined) => {
		if (!server?.listening) return;
		const deadline = setTimeout(() => {
			logger.warn('requests still running at the shutdown deadline were cut off');
			server.closeAllConnections();
		}, timeoutMs);
		deadline.unref();
		await new Promise<void>((resolve) => {
			server.close(() => resolve());
			server.closeIdleConnections();
			// The sites' streams never finish by themselves; they reconnect to another server.
			endContentVersionStreams();
		});
		clearTimeout(deadline);
	};

	process.on('SIGINT', (signal) => void stop(signal));
	process.on('SIGTERM', (signal) => void stop(signal));
}

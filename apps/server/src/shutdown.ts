import type { Server } from 'node:http';
import type { DatabaseHandle } from '@whatworks/db';
import type { Logger } from 'pino';
import { endContentVersionStreams } from './content-version.js';

/** What is running so far; start-up fills it in as it goes. */
export interface Running {
	server?: Server;
	/** Opening, migrating and seeding the database, while under way. */
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
		const deadline = setTimeout(() => {
			logger.warn('requests still running at the shutdown deadline were cut off');
			running.server?.closeAllConnections();
		}, timeoutMs);
		deadline.unref();
		try {
			const { server } = running;
			if (server?.listening) {
				await new Promise<void>((resolve) => {
					server.close(() => resolve());
					server.closeIdleConnections();
					// The sites' streams never finish by themselves; they reconnect to another server.
					endContentVersionStreams();
				});
			}
			clearTimeout(deadline);
			// Start-up work is finished first: a database is never closed half-migrated or half-seeded.
			await running.starting?.catch(() => undefined);
			await Promise.all((running.background ?? []).map((work) => work.stop()));
			await running.database?.close();
			logger.info('stopped');
			process.exit(0);
		} catch (error) {
			logger.error({ err: error }, 'the database did not close cleanly');
			process.exit(1);
		}
	};

	process.on('SIGINT', (signal) => void stop(signal));
	process.on('SIGTERM', (signal) => void stop(signal));
}

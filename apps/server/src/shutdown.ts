import type { Server } from 'node:http';
import type { DatabaseHandle } from '@whatworks/db';
import type { Logger } from 'pino';

/**
 * On SIGINT or SIGTERM: stop accepting connections, let requests in flight finish (cutting them
 * off after `timeoutMs`), close the database — which releases the embedded database lock — and exit.
 */
export function stopGracefullyOnSignals(options: {
	server: Server;
	database: DatabaseHandle;
	logger: Logger;
	timeoutMs: number;
}): void {
	const { server, database, logger, timeoutMs } = options;
	let stopping = false;

	const stop = async (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		logger.info({ signal }, 'stopping: finishing requests in flight');
		const deadline = setTimeout(() => {
			logger.warn('requests still running at the shutdown deadline were cut off');
			server.closeAllConnections();
		}, timeoutMs);
		deadline.unref();
		await new Promise<void>((resolve) => {
			server.close(() => resolve());
			server.closeIdleConnections();
		});
		clearTimeout(deadline);
		try {
			await database.close();
			logger.info('stopped');
			process.exit(0);
		} catch (error) {
			logger.error({ err: error }, 'the database did not close cleanly');
			process.exit(1);
		}
	};

	process.once('SIGINT', (signal) => void stop(signal));
	process.once('SIGTERM', (signal) => void stop(signal));
}

import { applyRetention, type Database } from '@whatworks/db';
import type { Logger } from 'pino';

const hourMs = 3_600_000;

/**
 * Deletes personal data whose time is up, at start and every hour after. Each server runs it;
 * deleting what another server deleted first does nothing.
 */
export function startRetention(db: Database, logger: Logger): { stop(): Promise<void> } {
	let running: Promise<void> = Promise.resolve();
	const run = () =>
		(running = applyRetention(db, new Date()).then(
			(deleted) => {
				if (Object.values(deleted).some((count) => count > 0)) {
					logger.info({ deleted }, 'retention: personal data past its time deleted');
				}
			},
			(error: unknown) => logger.error({ err: error }, 'retention: could not delete old data')
		));
	void run();
	const timer = setInterval(() => void run(), hourMs);
	timer.unref();
	// A run under way finishes before the database closes.
	return {
		stop: () => {
			clearInterval(timer);
			return running;
		}
	};
}

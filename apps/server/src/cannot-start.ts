import type { Running } from './shutdown.js';

/** Ends start-up with one plain line a person can act on, closing what was opened. */
export async function cannotStart(message: string, running: Running = {}): Promise<never> {
	await running.database?.close().catch(() => {});
	process.stderr.write(`whatworks API cannot start: ${message}\n`);
	process.exit(1);
}

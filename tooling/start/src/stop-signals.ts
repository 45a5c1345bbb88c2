import { readStopKeys } from './stop-keys.js';

/**
 * Aborted at the first SIGINT, SIGTERM or SIGHUP, or at Ctrl-C read as a key on a terminal (see
 * stop-keys.ts). The listeners stay: a Ctrl-C that comes as a signal arrives twice (from the
 * terminal, and relayed by pnpm), and a repeat must not kill this process while it is still
 * stopping the others.
 */
export function abortOnStopSignals(): AbortSignal {
	const controller = new AbortController();
	const stop = () => controller.abort();
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
	readStopKeys(stop);
	return controller.signal;
}

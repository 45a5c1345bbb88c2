/**
 * Aborted at the first SIGINT, SIGTERM or SIGHUP. The listeners stay: a Ctrl-C arrives twice (from
 * the terminal, and relayed by pnpm), and a repeat must not kill this process while it is still
 * stopping the others.
 */
export function abortOnStopSignals(): AbortSignal {
	const controller = new AbortController();
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.on(signal, () => controller.abort());
	}
	return controller.signal;
}

/**
 * Calls `check` for the callers waiting, one call at a time: whoever asks while a call is under
 * way waits for the next one, which starts when it ends. So every caller gets an answer asked for
 * after they asked, and under load many readers share one call.
 */
export function shareCalls<T>(check: () => Promise<T>): () => Promise<T> {
	let running: Promise<T> | null = null;
	let next: Promise<T> | null = null;
	const start = () => {
		running = check().finally(() => (running = null));
		return running;
	};
	return () => {
		if (!running) return start();
		const after = () => {
			next = null;
			return start();
		};
		next ??= running.then(after, after);
		return next;
	};
}

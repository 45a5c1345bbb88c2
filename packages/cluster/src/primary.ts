import cluster from 'node:cluster';

/** The environment variable telling a worker which of its primary's workers it is. */
const indexVariable = 'WHATWORKS_WORKER_INDEX';

/**
 * Which of its primary's workers this process is, from 0; a replacement keeps the number of the
 * worker it replaces. 0 in a process that is not a worker, so "the first" is always someone.
 * @example
 * if (workerIndex() === 0) startBackgroundWork(); // once per server, not once per core
 */
export function workerIndex(): number {
	return cluster.isWorker ? Number(process.env[indexVariable] ?? 0) : 0;
}

/** How {@link runPrimary} runs its workers. */
export interface PrimaryOptions {
	/** How many workers to keep running: one per core, as a rule. */
	count: number;
	/** What the workers serve, as the person is told: "site", "API server". */
	name: string;
	/** Called once, when every worker listens. */
	onListening?: () => void;
	/** Whether workers' messages go on to this process's parent (a start command listening on IPC). */
	relayToParent?: boolean;
}

/** How long to wait before starting again a replacement that could not start, at most. */
const longestRetryMs = 30_000;

/**
 * Runs this process as the primary of `count` workers — this same script, forked — that share
 * the port they listen on. The first starts alone and the others once it listens, so start-up
 * work is not done twice at once and a failure is told once. A worker that exits before it
 * listens, while the workers first start, could not start: the others are stopped and the
 * primary exits with 1. A worker that exits later is replaced; a replacement that cannot start
 * (its database down a while, say) is tried again after 1 s, then 2, 4… up to 30 s. On SIGINT or
 * SIGTERM the primary sends each worker SIGTERM, whose own handler stops it gracefully, and
 * exits once they have, with 1 if one of them failed to.
 */
export function runPrimary(options: PrimaryOptions): void {
	const { count, name } = options;
	/** The workers that have listened, by number: all of them once the first start is over. */
	const listened = new Set<number>();
	const firstStartOver = () => listened.size === count;
	let stopping = false;
	let retryMs = 1000;
	const retries = new Set<NodeJS.Timeout>();
	const stopAll = () => {
		stopping = true;
		for (const retry of retries) clearTimeout(retry);
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
	};
	const fork = (index: number) => {
		const worker = cluster.fork({ [indexVariable]: String(index) });
		let listening = false;
		worker.once('listening', () => {
			listening = true;
			retryMs = 1000;
			if (stopping) return;
			if (listened.size === 0) for (let other = 1; other < count; other++) fork(other);
			if (firstStartOver()) return;
			listened.add(index);
			if (firstStartOver()) options.onListening?.();
		});
		worker.once('exit', (code, signal) => {
			const how = signal ?? `code ${code}`;
			if (stopping) {
				if (code !== 0 && signal === null) process.exitCode = 1;
			} else if (listening) {
				process.stderr.write(`A process of the ${name} stopped (${how}); starting another.\n`);
				fork(index);
			} else if (!firstStartOver()) {
				process.stderr.write(`The ${name} could not start: see the line above.\n`);
				process.exitCode = 1;
				stopAll();
			} else {
				process.stderr.write(
					`A process of the ${name} could not start again (${how}); trying again in ${retryMs / 1000} s.\n`
				);
				const retry = setTimeout(() => {
					retries.delete(retry);
					fork(index);
				}, retryMs);
				retries.add(retry);
				retryMs = Math.min(2 * retryMs, longestRetryMs);
			}
		});
	};
	if (options.relayToParent) {
		cluster.on('message', (_worker, message: unknown) => {
			// A parent that has gone (or never listened) is told nothing, rather than failing us.
			if (process.send && process.connected) process.send(message, undefined, {}, () => {});
		});
	}
	fork(0);
	process.on('SIGINT', stopAll);
	process.on('SIGTERM', stopAll);
}

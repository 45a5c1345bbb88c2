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

/**
 * Runs this process as the primary of `count` workers — this same script, forked — that share
 * the port they listen on. The first starts alone and the others once it listens, so start-up
 * work is not done twice at once and a failure is told once. A worker that exits before it
 * listens could not start: the others are stopped and the primary exits with 1. A worker that
 * exits later is replaced. SIGINT and SIGTERM are passed on to the workers, whose own handlers
 * stop them gracefully; the primary exits once they have, with 1 if one of them failed to.
 */
export function runPrimary(options: PrimaryOptions): void {
	const { count, name } = options;
	let listening = 0;
	let stopping = false;
	const stopAll = () => {
		stopping = true;
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
	};
	const fork = (index: number) => {
		const worker = cluster.fork({ [indexVariable]: String(index) });
		let listened = false;
		worker.once('listening', () => {
			listened = true;
			if (stopping) return;
			if (listening === 0) for (let other = 1; other < count; other++) fork(other);
			// Replacements count too, so this is reached once: when the first `count` all listen.
			if (++listening === count) options.onListening?.();
		});
		worker.once('exit', (code, signal) => {
			if (stopping) {
				if (code !== 0 && signal === null) process.exitCode = 1;
				return;
			}
			if (!listened) {
				process.stderr.write(`The ${name} could not start: see the line above.\n`);
				process.exitCode = 1;
				stopAll();
				return;
			}
			process.stderr.write(
				`A process of the ${name} stopped (${signal ?? `code ${code}`}); starting another.\n`
			);
			fork(index);
		});
	};
	if (options.relayToParent) {
		cluster.on('message', (_worker, message: unknown) => process.send?.(message));
	}
	fork(0);
	process.on('SIGINT', stopAll);
	process.on('SIGTERM', stopAll);
}

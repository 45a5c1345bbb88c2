import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** One process the start command runs, and how to tell that it answers. */
export interface ServiceSpec {
	/** Prefixes its lines on the terminal: `[site] …`. */
	name: string;
	command: string;
	args: readonly string[];
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Polled until `isReady` accepts the status of its answer. */
	readyUrl: string;
	isReady: (status: number) => boolean;
	/** Messages the process sends over an IPC channel, opened only for a service that listens. */
	onMessage?: (message: unknown) => void;
	/**
	 * Started only once every service listed before it answers: a load balancer, which would
	 * otherwise log every request it could not yet pass on.
	 */
	startsOnceOthersAnswer?: boolean;
}

/** How a process ended. */
export interface Exit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

/** A started service. */
export interface Service {
	readonly spec: ServiceSpec;
	readonly exited: Promise<Exit>;
	hasExited(): boolean;
	/** What it wrote to stdout while its output was kept back: shown only if it fails to start. */
	keptOutput(): string;
	/** From now on its stdout reaches the terminal too (stderr always does). */
	showOutput(): void;
	/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
	stop(graceMs?: number): Promise<void>;
}

/** Enough of the start-up output to explain a failure, not a whole log. */
const keptLines = 200;

/**
 * Starts a service with its stdout kept back, so the banner can be the last thing on the terminal;
 * its stderr (warnings and errors) is shown as it comes, each line prefixed with its name.
 */
export function startService(spec: ServiceSpec): Service {
	const child = spawn(spec.command, spec.args, {
		cwd: spec.cwd,
		env: spec.env,
		stdio: ['ignore', 'pipe', 'pipe', spec.onMessage ? 'ipc' : 'ignore']
	});
	if (spec.onMessage) child.on('message', spec.onMessage);

	const kept: string[] = [];
	let showing = false;
	const show = (to: NodeJS.WriteStream, line: string) => to.write(`[${spec.name}] ${line}\n`);
	// Both are pipes (stdio above).
	createInterface({ input: child.stdout! }).on('line', (line) => {
		if (showing) return show(process.stdout, line);
		kept.push(line);
		if (kept.length > keptLines) kept.shift();
	});
	createInterface({ input: child.stderr! }).on('line', (line) => show(process.stderr, line));

	let hasExited = false;
	const exited = new Promise<Exit>((resolve) => {
		// 'close' rather than 'exit': by then every line of its output has been read.
		child.once('close', (code, signal) => resolve({ code, signal }));
		child.once('error', (error) => {
			show(process.stderr, error.message);
			resolve({ code: null, signal: null });
		});
	}).finally(() => (hasExited = true));

	return {
		spec,
		exited,
		hasExited: () => hasExited,
		keptOutput: () => kept.join('\n'),
		showOutput() {
			showing = true;
			kept.length = 0;
		},
		async stop(graceMs = 15_000) {
			if (hasExited) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
			await exited;
			clearTimeout(timer);
		}
	};
}

/** A stop the service was asked for (by us, or by Ctrl-C reaching it directly) or a clean exit. */
export function isCleanExit({ code, signal }: Exit): boolean {
	return code === 0 || signal === 'SIGINT' || signal === 'SIGTERM' || signal === 'SIGHUP';
}

/** `exit code 1`, `signal SIGKILL`. */
export function describeExit({ code, signal }: Exit): string {
	return signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`;
}

/**
 * Polls the service's URL until it answers as `isReady` wants; false once the process has exited
 * or `until` (a time in ms) has passed, or when `stopping` is aborted.
 */
export async function waitUntilReady(
	service: Service,
	{ until, stopping }: { until: number; stopping: AbortSignal }
): Promise<boolean> {
	while (!service.hasExited() && !stopping.aborted && Date.now() < until) {
		try {
			const answer = await fetch(service.spec.readyUrl, {
				redirect: 'manual',
				signal: AbortSignal.timeout(5_000)
			});
			await answer.body?.cancel();
			if (service.spec.isReady(answer.status)) return true;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return false;
}

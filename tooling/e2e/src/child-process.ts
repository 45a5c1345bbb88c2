import { spawn, type ChildProcess } from 'node:child_process';

/** How much of a child's output we keep for error messages: the tail is what explains a failure. */
const maxCapturedChars = 64_000;

/** A child process whose output is captured rather than printed, so test output stays quiet. */
export interface ManagedProcess {
	/** A short name for messages, e.g. "API server". */
	readonly name: string;
	readonly child: ChildProcess;
	/** The tail of everything the process wrote to stdout and stderr. */
	output(): string;
	/** Resolves with the exit code (or signal) once the process has exited. */
	readonly exited: Promise<string>;
	/** Whether the process has exited. */
	hasExited(): boolean;
	/** Sends SIGTERM, waits for exit, and sends SIGKILL if it has not exited within `graceMs`. */
	stop(graceMs?: number): Promise<void>;
}

/** What to start: the command and its arguments, working directory and full environment. */
export interface SpawnOptions {
	name: string;
	command: string;
	args: readonly string[];
	cwd: string;
	env: NodeJS.ProcessEnv;
}

/**
 * Starts a process with its output captured. Set `E2E_VERBOSE=1` to also echo it to stderr.
 */
export function spawnManaged(options: SpawnOptions): ManagedProcess {
	const child = spawn(options.command, options.args, {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const verbose = process.env.E2E_VERBOSE === '1';
	let captured = '';
	const capture = (chunk: Buffer) => {
		const text = chunk.toString('utf8');
		if (verbose) process.stderr.write(`[${options.name}] ${text}`);
		captured = (captured + text).slice(-maxCapturedChars);
	};
	child.stdout?.on('data', capture);
	child.stderr?.on('data', capture);

	let exitedFlag = false;
	const exited = new Promise<string>((resolve) => {
		child.once('error', (error) => {
			captured += `\n${error.message}`;
			exitedFlag = true;
			resolve(`spawn error (${error.message})`);
		});
		child.once('exit', (code, signal) => {
			exitedFlag = true;
			resolve(signal === null ? `exit code ${code}` : `signal ${signal}`);
		});
	});

	return {
		name: options.name,
		child,
		output: () => captured,
		exited,
		hasExited: () => exitedFlag,
		async stop(graceMs = 10_000) {
			if (exitedFlag) return;
			child.kill('SIGTERM');
			let timer: NodeJS.Timeout | undefined;
			const timedOut = new Promise<'timeout'>((resolve) => {
				timer = setTimeout(() => resolve('timeout'), graceMs);
			});
			const result = await Promise.race([exited, timedOut]);
			clearTimeout(timer);
			if (result === 'timeout') {
				child.kill('SIGKILL');
				await exited;
			}
		}
	};
}

/** Formats a process's captured output for an error message. */
export function describeOutput(process: ManagedProcess): string {
	const output = process.output().trim();
	return output === '' ? `${process.name} printed nothing.` : `${process.name} output:\n${output}`;
}

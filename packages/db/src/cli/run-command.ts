import type { Progress } from '../backup/index.js';

/**
 * Runs one long command: its steps on stderr as they happen, then its result on stdout, or one
 * line saying why it failed and exit code 1.
 */
export async function runCommand(name: string, work: (progress: Progress) => Promise<string>) {
	const started = Date.now();
	const progress: Progress = (step) =>
		process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${step}\n`);
	try {
		process.stdout.write(`${await work(progress)}\n`);
	} catch (error) {
		process.stderr.write(
			`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`
		);
		process.exitCode = 1;
	}
}

import type { ManagedProcess } from './child-process.js';
import { describeOutput } from './child-process.js';

/** What to poll and for how long. */
export interface WaitForHttpOptions {
	/** The URL to GET. */
	url: string;
	/** The process that should answer; polling stops early with its output if it exits. */
	process: ManagedProcess;
	/** Whether a response counts as ready; any response by default. */
	isReady?: (response: Response) => boolean;
	timeoutMs: number;
	intervalMs?: number;
}

/**
 * Polls `url` until it answers as `isReady` wants, failing with the process's captured output
 * if it exits or the time runs out.
 */
export async function waitForHttp(options: WaitForHttpOptions): Promise<void> {
	const { url, process, timeoutMs, intervalMs = 200 } = options;
	const isReady = options.isReady ?? (() => true);
	const deadline = Date.now() + timeoutMs;
	let lastProblem = 'no answer yet';
	while (Date.now() < deadline) {
		if (process.hasExited()) {
			const how = await process.exited;
			throw new Error(
				`${process.name} stopped (${how}) before ${url} answered.\n${describeOutput(process)}`
			);
		}
		try {
			const response = await fetch(url, {
				redirect: 'manual',
				signal: AbortSignal.timeout(Math.min(5_000, Math.max(1, deadline - Date.now())))
			});
			await response.body?.cancel();
			if (isReady(response)) return;
			lastProblem = `status ${response.status}`;
		} catch (error) {
			lastProblem = error instanceof Error ? error.message : String(error);
		}
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
	throw new Error(
		`${process.name} did not answer ${url} within ${Math.round(timeoutMs / 1000)} s ` +
			`(last: ${lastProblem}).\n${describeOutput(process)}`
	);
}

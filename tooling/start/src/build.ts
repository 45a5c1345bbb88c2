import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

/**
 * Builds `packages` and what they depend on with turbo, quietly: a line as each package's build
 * starts (none when turbo's cache has it), and turbo's full output only if the build fails.
 */
export async function buildQuietly({
	repoRoot,
	packages,
	stopping
}: {
	repoRoot: string;
	packages: readonly string[];
	/** Aborting stops the build. */
	stopping: AbortSignal;
}): Promise<'built' | 'failed' | 'stopped'> {
	const started = Date.now();
	process.stdout.write('Building (a few minutes the first time; later starts reuse the build)…\n');
	const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo');
	const filters = packages.map((name) => `--filter=${name}`);
	// Streamed, a task's output begins as the task does, with a line saying it runs or is cached.
	const args = [turbo, 'run', 'build', ...filters, '--log-order=stream'];
	const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
	const output: string[] = [];
	createInterface({ input: child.stdout }).on('line', (line) => {
		output.push(line);
		const building = /^(\S+):build: cache (?:miss|bypass)/.exec(line);
		if (building && !stopping.aborted) process.stdout.write(`  building ${building[1]}…\n`);
	});
	createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
	// turbo's npm wrapper relays SIGTERM to turbo itself; a Ctrl-C has reached turbo directly.
	const stop = () => child.kill('SIGTERM');
	stopping.addEventListener('abort', stop, { once: true });

	// 'close' rather than 'exit': by then every line of output has been read.
	const code = await new Promise<number | null>((resolve) => {
		child.once('close', resolve);
		child.once('error', (error) => {
			output.push(error.message);
			resolve(null);
		});
	});
	stopping.removeEventListener('abort', stop);
	if (stopping.aborted) return 'stopped';
	if (code === 0) {
		process.stdout.write(`Built in ${Math.round((Date.now() - started) / 1000)} s.\n`);
		return 'built';
	}
	process.stderr.write(`${output.join('\n')}\nThe build failed: its output is above.\n`);
	return 'failed';
}

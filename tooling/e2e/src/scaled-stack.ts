import { createServer } from 'node:net';
import { join } from 'node:path';
import { spawnManaged, type ManagedProcess } from './child-process.js';
import { findRepoRoot } from './repo-root.js';

/** The scale-out topology `pnpm start:scaled` runs, and how to reach each part of it. */
export interface ScaledStack {
	/** nginx's addresses, spreading requests over the instances. */
	readonly siteUrl: string;
	readonly consoleUrl: string;
	readonly apiUrl: string;
	/** Each API server's and each site's own address, in order. */
	readonly apiInstanceUrls: readonly string[];
	readonly siteInstanceUrls: readonly string[];
	/** The command's process: its output, and its exit. */
	readonly process: ManagedProcess;
	/** Stops it as Ctrl-C would (SIGTERM), and resolves with how it exited. */
	stop(): Promise<string>;
}

const host = '127.0.0.1';
const instances = [100, 200];

/** Whether nothing listens on `port` now. */
function isFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer()
			.once('error', () => resolve(false))
			.listen(port, host, () => probe.close(() => resolve(true)));
	});
}

/**
 * The ports from 3000 to 5699 that browsers and Node's fetch refuse to ask (the Fetch
 * standard's "bad ports"): a stack on one fails its readers with "bad port".
 */
const badPorts = new Set([3659, 4045, 4190, 5060, 5061]);

/**
 * Public ports for the site, console and API (three in a row) whose instances' ports, 100 and
 * 200 above, are free too; from 3000 to 5699, ports Chromium and fetch would open.
 */
async function freePorts(): Promise<{ site: number; console: number; api: number }> {
	for (;;) {
		const site = 3000 + 10 * Math.floor(Math.random() * 250);
		const all = [0, ...instances].flatMap((above) => [0, 1, 2].map((n) => site + n + above));
		if (all.some((port) => badPorts.has(port))) continue;
		if ((await Promise.all(all.map(isFree))).every(Boolean)) {
			return { site, console: site + 1, api: site + 2 };
		}
	}
}

/**
 * Runs `pnpm start:scaled`'s command, without its build, on `databaseUrl`, a migrated Postgres database, and resolves
 * once its banner says everything answers through nginx. `env` adds settings, e.g.
 * `{ PUBLIC_CACHE_SECONDS: '0' }`.
 */
export async function startScaledStack({
	databaseUrl,
	env = {},
	timeoutMs = 240_000
}: {
	databaseUrl: string;
	env?: Record<string, string>;
	timeoutMs?: number;
}): Promise<ScaledStack> {
	const ports = await freePorts();
	const repoRoot = findRepoRoot();
	const command = spawnManaged({
		name: 'pnpm start:scaled',
		command: process.execPath,
		// Built already (by the caller's task); a build now would replace files other tests use.
		args: [join('tooling', 'start', 'scaled.js'), '--no-build'],
		cwd: repoRoot,
		env: {
			...process.env,
			...env,
			DATABASE_URL: databaseUrl,
			SITE_PORT: String(ports.site),
			CONSOLE_PORT: String(ports.console),
			PORT: String(ports.api)
		}
	});
	const until = Date.now() + timeoutMs;
	while (!command.output().includes('Ctrl-C stops everything.')) {
		if (command.hasExited() || Date.now() > until) {
			await command.stop();
			throw new Error(
				`pnpm start:scaled ${command.hasExited() ? 'stopped' : 'did not start'}:\n${command.output()}`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	const url = (port: number) => `http://${host}:${port}`;
	return {
		siteUrl: url(ports.site),
		consoleUrl: url(ports.console),
		apiUrl: url(ports.api),
		apiInstanceUrls: instances.map((above) => url(ports.api + above)),
		siteInstanceUrls: instances.map((above) => url(ports.site + above)),
		process: command,
		async stop() {
			await command.stop(30_000);
			return command.exited;
		}
	};
}

import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnManaged, type ManagedProcess } from './child-process.js';
import { findFreePort } from './free-port.js';
import { findRepoRoot } from './repo-root.js';
import { waitForHttp } from './wait-for.js';

/** The SvelteKit apps `startStack` can start beside the API server. */
const stackApps = ['site', 'console'] as const;

/** One SvelteKit app of the stack. */
export type StackApp = (typeof stackApps)[number];

/** Options of {@link startStack}; all optional. */
export interface StackOptions {
	/**
	 * Which SvelteKit apps to start (default both). An app's e2e task only builds that app, so a
	 * test of one app should not depend on the other's build. The URL of an app not started
	 * throws when read.
	 */
	apps?: readonly StackApp[];
	/** How long each process may take to answer, in milliseconds (default 60 000). */
	timeoutMs?: number;
	/**
	 * The database the API server uses instead of a fresh temporary PGlite directory, e.g. one a
	 * benchmark filled. The stack never deletes a database it was given.
	 */
	database?: { pgliteDir: string } | { databaseUrl: string };
	/**
	 * Whether the API server seeds the demo content into the database (`WHATWORKS_SEED_DEMO`);
	 * by default the server decides: it seeds PGlite, never Postgres.
	 */
	seedDemo?: boolean;
	/** More settings for the API server, e.g. `{ PUBLIC_CACHE_SECONDS: '0' }` to run it without its cache. */
	apiEnv?: Record<string, string>;
	/** How many site servers to start side by side on the one API, each on its own port (default 1). */
	sites?: number;
	/** How many processes each site server runs (`SITE_WORKERS`; by default one per core). */
	siteWorkers?: number;
}

/** A running stack: the built apps and the API server on a fresh embedded database or a given one. */
export interface Stack {
	/** The API server's base URL, e.g. `http://127.0.0.1:41234` (tRPC is under `/trpc`). */
	readonly apiUrl: string;
	/** The public site's base URL (the first one's, when several were started). */
	readonly siteUrl: string;
	/** Every site server's base URL. */
	readonly siteUrls: readonly string[];
	/** The staff console's base URL. */
	readonly consoleUrl: string;
	/** The demo staff accounts the API server printed when it seeded them, by role. */
	readonly demoStaff: Readonly<Record<string, { email: string; password: string }>>;
	/**
	 * The process ids of the API server and of each site server (whose worker processes are its
	 * children), for measuring what they use.
	 */
	readonly pids: { readonly api: number | undefined; readonly sites: readonly number[] };
	/** Stops every process (SIGTERM, then waits for exit) and deletes the database it made, if any. */
	stop(): Promise<void>;
}

const host = '127.0.0.1';

/** What must be cleaned up if the test process exits without calling `stop()`. */
const running = new Set<{ processes: ManagedProcess[]; tempDir: string | null }>();
let exitHookInstalled = false;

function installExitHook(): void {
	if (exitHookInstalled) return;
	exitHookInstalled = true;
	// Only synchronous work is possible in 'exit': kill what is left and remove the database.
	process.once('exit', () => {
		for (const entry of running) {
			for (const child of entry.processes) if (!child.hasExited()) child.child.kill('SIGKILL');
			if (entry.tempDir) rmSync(entry.tempDir, { recursive: true, force: true });
		}
	});
}

/**
 * The environment for a child: ours, minus settings that would point it at something other
 * than the database and ports chosen here.
 */
function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const key of ['DATABASE_URL', 'PORT', 'HOST', 'ORIGIN', 'PGLITE_DIR']) delete env[key];
	for (const prefix of ['SITE_', 'CONSOLE_']) {
		for (const key of Object.keys(env)) if (key.startsWith(prefix)) delete env[key];
	}
	return { ...env, ...overrides };
}

/** The API server's settings for `database`: DATABASE_URL or PGLITE_DIR. */
export function databaseEnv(
	database: NonNullable<StackOptions['database']>
): Record<string, string> {
	return 'databaseUrl' in database
		? { DATABASE_URL: database.databaseUrl }
		: { PGLITE_DIR: database.pgliteDir };
}

/** The file that starts a built app: the site's front server, or the console's adapter-node server. */
function buildEntry(repoRoot: string, app: StackApp): string {
	const built = join(repoRoot, 'apps', app, 'build', app === 'site' ? 'front.js' : 'index.js');
	if (!existsSync(built)) {
		throw new Error(
			`The ${app} has not been built: ${built} is missing. Run \`pnpm build\` ` +
				`(or \`pnpm --filter @whatworks/${app} build\`) first.`
		);
	}
	return app === 'site' ? join(repoRoot, 'apps', 'site', 'start.js') : built;
}

/**
 * Starts the API server on a fresh temporary PGlite directory (or on `options.database`), then
 * the built SvelteKit apps pointed at it, each on a free port, and waits until all of them answer.
 * Builds must already exist (`pnpm build`; turbo's `e2e` task depends on `build`).
 * @example
 * const stack = await startStack({ apps: ['console'] });
 * try { await page.goto(`${stack.consoleUrl}/sign-in`); } finally { await stack.stop(); }
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
	const apps = options.apps ?? stackApps;
	const timeoutMs = options.timeoutMs ?? 60_000;
	const repoRoot = findRepoRoot();
	const serverEntry = join(repoRoot, 'apps', 'server', 'dist', 'main.js');
	if (!existsSync(serverEntry)) {
		throw new Error(
			`The API server has not been built: ${serverEntry} is missing. Run \`pnpm build\` ` +
				'(or `pnpm --filter @whatworks/server build`) first.'
		);
	}
	// Check every build before starting anything, so a missing build fails in milliseconds.
	const entries = new Map(apps.map((app) => [app, buildEntry(repoRoot, app)] as const));

	// Only a directory made here is ours to delete.
	let tempDir: string | null = null;
	let database = options.database;
	if (!database) {
		tempDir = await mkdtemp(join(tmpdir(), 'whatworks-e2e-'));
		database = { pgliteDir: join(tempDir, 'pglite') };
	}
	const processes: ManagedProcess[] = [];
	const entry = { processes, tempDir };
	running.add(entry);
	installExitHook();

	const stop = async () => {
		// Apps first, so none of them is mid-request to an API that has gone.
		await Promise.all(processes.slice(1).map((child) => child.stop()));
		if (processes[0]) await processes[0].stop();
		if (tempDir) await rm(tempDir, { recursive: true, force: true, maxRetries: 3 });
		running.delete(entry);
	};

	try {
		const apiPort = await findFreePort(host);
		const apiUrl = `http://${host}:${apiPort}`;
		// The (first) site's port is chosen now: links in the API's messages lead to it.
		const firstSitePort = await findFreePort(host);
		const dataDir = process.env.WHATWORKS_DATA_DIR;
		const server = spawnManaged({
			name: 'API server',
			command: process.execPath,
			args: ['--enable-source-maps', serverEntry],
			cwd: join(repoRoot, 'apps', 'server'),
			env: childEnv({
				PORT: String(apiPort),
				HOST: host,
				...databaseEnv(database),
				...(options.seedDemo === undefined
					? {}
					: { WHATWORKS_SEED_DEMO: String(options.seedDemo) }),
				...(dataDir ? { WHATWORKS_DATA_DIR: dataDir } : {}),
				SITE_ORIGIN: `http://${host}:${firstSitePort}`,
				...options.apiEnv
			})
		});
		processes.push(server);
		await waitForHttp({
			url: `${apiUrl}/healthz`,
			process: server,
			isReady: (response) => response.status === 200,
			timeoutMs
		});

		const urls = new Map<StackApp, string[]>();
		const sitePids: number[] = [];
		const starting: Promise<void>[] = [];
		const instances = [...entries].flatMap(([app, entryFile]) =>
			Array.from(
				{ length: app === 'site' ? (options.sites ?? 1) : 1 },
				() => [app, entryFile] as const
			)
		);
		for (const [app, entryFile] of instances) {
			const first = app === 'site' && !urls.has('site');
			const port = first ? firstSitePort : await findFreePort(host);
			const url = `http://${host}:${port}`;
			const prefix = app === 'site' ? 'SITE_' : 'CONSOLE_';
			const child = spawnManaged({
				name: app === 'site' ? 'Public site' : 'Staff console',
				command: process.execPath,
				args: [entryFile],
				cwd: join(repoRoot, 'apps', app),
				env: childEnv({
					[`${prefix}PORT`]: String(port),
					[`${prefix}HOST`]: host,
					[`${prefix}ORIGIN`]: url,
					...(app === 'site' && options.siteWorkers !== undefined
						? { SITE_WORKERS: String(options.siteWorkers) }
						: {}),
					WHATWORKS_API_URL: apiUrl
				})
			});
			processes.push(child);
			if (app === 'site' && child.child.pid !== undefined) sitePids.push(child.child.pid);
			urls.set(app, [...(urls.get(app) ?? []), url]);
			starting.push(waitForHttp({ url: `${url}/`, process: child, timeoutMs }));
		}
		await Promise.all(starting);

		const urlsOf = (app: StackApp) => {
			const url = urls.get(app);
			if (url === undefined) {
				throw new Error(`The ${app} was not started: pass apps: ['${app}'] to startStack().`);
			}
			return url;
		};
		return {
			apiUrl,
			demoStaff: readDemoStaff(server.output()),
			pids: { api: server.child.pid, sites: sitePids },
			get siteUrl() {
				return urlsOf('site')[0] ?? '';
			},
			get siteUrls() {
				return urlsOf('site');
			},
			get consoleUrl() {
				return urlsOf('console')[0] ?? '';
			},
			stop
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

/** The demo accounts in the API server's output: "  editor    editor@… password: …" lines. */
function readDemoStaff(output: string): Record<string, { email: string; password: string }> {
	const staff: Record<string, { email: string; password: string }> = {};
	for (const [, role, email, password] of output.matchAll(
		/^ {2}(\w+)\s+(\S+@\S+)\s+password: (\S+)$/gm
	)) {
		if (role && email && password) staff[role] = { email, password };
	}
	return staff;
}

// `pnpm start`: builds, starts the API, site and console (on the embedded database unless
// DATABASE_URL says otherwise), and ends with one banner once all three answer.
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBanner, localUrls, readMail } from './banner.js';
import { buildQuietly } from './build.js';
import { formatDemoAccounts, readDemoAccounts, type DemoAccounts } from './demo-accounts.js';
import { apiService, appService } from './services.js';
import { runStack } from './stack.js';
import { abortOnStopSignals } from './stop-signals.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const stopping = abortOnStopSignals();
const { env } = process;

// The apps' own defaults, read here to know where to look and what to show.
const ports = {
	site: env.SITE_PORT ?? '3000',
	console: env.CONSOLE_PORT ?? '3001',
	api: env.PORT ?? '3002'
};
// A line per request would bury the banner: the API logs to a file unless LOG_FILE is set
// (empty means stdout, as in production).
const logFile = env.LOG_FILE ?? join(repoRoot, '.data', 'api.log');
const apiUrl = env.WHATWORKS_API_URL ?? `http://127.0.0.1:${ports.api}`;
let demoAccounts: DemoAccounts;
let mail: string | undefined;

const built = await buildQuietly({
	repoRoot,
	packages: ['@whatworks/server', '@whatworks/site', '@whatworks/console'],
	stopping
});
if (built !== 'built') process.exit(built === 'stopped' ? 0 : 1);

process.stdout.write('Starting the API, the site and the console…\n');
const status = await runStack({
	stopping,
	// The first start migrates and seeds the embedded database.
	timeoutMs: 180_000,
	services: [
		apiService({
			repoRoot,
			port: ports.api,
			env: { ...env, LOG_FILE: logFile },
			onMessage: (message) => {
				demoAccounts = readDemoAccounts(message) ?? demoAccounts;
				mail = readMail(message) ?? mail;
			}
		}),
		appService({ repoRoot, app: 'site', port: ports.site, apiUrl, env }),
		appService({ repoRoot, app: 'console', port: ports.console, apiUrl, env })
	],
	banner: () =>
		formatBanner({
			urls: localUrls(ports),
			demoAccounts,
			mail,
			logFile: logFile === '' ? undefined : asTyped(logFile)
		})
});
// Their passwords are shown only once: a start that failed after making them shows them now.
if (status !== 0 && Array.isArray(demoAccounts)) {
	process.stdout.write(
		`Demo staff accounts made on this start:\n${formatDemoAccounts(demoAccounts)}`
	);
}
process.exit(status);

/** A path as the person would type it from where they ran the command. */
function asTyped(path: string): string {
	const fromHere = relative(env.INIT_CWD ?? process.cwd(), path);
	return fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}

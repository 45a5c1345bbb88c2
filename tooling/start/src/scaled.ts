// `pnpm start:scaled`: the scale-out path on one machine — two API servers and two sites sharing
// one Postgres, and a console, behind Debian's nginx as the load balancer — after the one-shot
// migration step (`pnpm db:migrate`). Ends with the banner once everything answers through nginx.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBanner, localUrls } from './banner.js';
import { buildQuietly } from './build.js';
import { findNginx, loadBalancerConfig, loadBalancerService } from './load-balancer.js';
import { apiService, appService } from './services.js';
import { runStack } from './stack.js';
import { abortOnStopSignals } from './stop-signals.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const { env } = process;
/** Instances of the API and of the site. */
const instances = 2;

function refuse(message: string): never {
	process.stderr.write(`pnpm start:scaled cannot start: ${message}\n`);
	process.exit(1);
}

if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '')) {
	refuse(
		'set DATABASE_URL to the Postgres database the servers share, migrated by `pnpm db:migrate` ' +
			'(the embedded database is one process’s, so it cannot be shared).'
	);
}
const nginx = findNginx() ?? refuse('nginx is not installed (Debian: apt-get install -y nginx).');

/** The public ports nginx listens on; instance n of each listens 100 × n above it. */
const ports = {
	site: portOf('SITE_PORT', '3000'),
	console: portOf('CONSOLE_PORT', '3001'),
	api: portOf('PORT', '3002')
};
const instancePorts = (port: number) =>
	Array.from({ length: instances }, (_, n) => String(port + 100 * (n + 1)));
const apiPorts = instancePorts(ports.api);
const sitePorts = instancePorts(ports.site);
const consolePort = String(ports.console + 100);

function portOf(name: string, fallback: string): number {
	const port = Number(env[name] || fallback);
	if (!Number.isInteger(port) || port < 1 || port + 100 * instances > 65535) {
		refuse(`${name} must be a port number from 1 to ${65535 - 100 * instances}.`);
	}
	return port;
}

const stopping = abortOnStopSignals();
// `--no-build` runs the builds as they are: the scale-out test and the bench, whose tasks built
// them, while other tests run on them, which a build replacing their files would break.
if (!process.argv.includes('--no-build')) {
	const built = await buildQuietly({
		repoRoot,
		packages: ['@whatworks/server', '@whatworks/site', '@whatworks/console'],
		stopping
	});
	if (built !== 'built') process.exit(built === 'stopped' ? 0 : 1);
}

const dir = join(repoRoot, '.data', 'scaled');
mkdirSync(dir, { recursive: true });
writeFileSync(
	join(dir, 'nginx.conf'),
	loadBalancerConfig({
		dir,
		balanced: [
			{ name: 'site', port: String(ports.site), instances: sitePorts },
			{ name: 'console', port: String(ports.console), instances: [consolePort] },
			{ name: 'api', port: String(ports.api), instances: apiPorts }
		]
	})
);

// Every page and form comes through nginx, so the apps call the API through it as well, and
// take their public addresses from nginx's ports.
const apiUrl = `http://127.0.0.1:${ports.api}`;
const appEnv = {
	...env,
	SITE_ORIGIN: env.SITE_ORIGIN ?? `http://localhost:${ports.site}`,
	CONSOLE_ORIGIN: env.CONSOLE_ORIGIN ?? `http://localhost:${ports.console}`
};
// One JSON log per API server, unless LOG_FILE= (empty) puts them on stdout.
const logFile = (n: number) => (env.LOG_FILE === '' ? '' : join(dir, `api-${n}.log`));

process.stdout.write(
	`Starting ${instances} API servers, ${instances} sites and the console behind nginx…\n`
);
const status = await runStack({
	stopping,
	timeoutMs: 120_000,
	services: [
		...apiPorts.map((port, n) =>
			apiService({
				repoRoot,
				name: `api ${n + 1}`,
				port,
				env: { ...env, LOG_FILE: logFile(n + 1) }
			})
		),
		// Once the API servers answer, so that nothing reaches nginx before they can: the apps,
		// started at once with the rest, call the API through nginx only when first asked.
		loadBalancerService({ nginx, dir, readyUrl: `${apiUrl}/healthz` }),
		...sitePorts.map((port, n) =>
			appService({ repoRoot, app: 'site', name: `site ${n + 1}`, port, apiUrl, env: appEnv })
		),
		appService({ repoRoot, app: 'console', port: consolePort, apiUrl, env: appEnv })
	],
	banner: () =>
		formatBanner({
			urls: localUrls(ports),
			topology:
				`through nginx (${join('.data', 'scaled', 'nginx.conf')}) to API servers on ` +
				`${apiPorts.join(' and ')}, sites on ${sitePorts.join(' and ')}, the console on ${consolePort}`,
			demoAccounts: undefined,
			logFile: env.LOG_FILE === '' ? undefined : join('.data', 'scaled', 'api-*.log')
		})
});
process.exit(status);

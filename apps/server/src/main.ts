import { createServer, type RequestListener, type Server } from 'node:http';
import {
	DatabaseLockedError,
	ImportRejectedError,
	openDatabase,
	SchemaOutdatedError,
	seedDemoContent,
	type DatabaseHandle
} from '@whatworks/db';
import { ConfigError, loadConfig, type Config } from './config.js';
import { logToFile } from './log-file.js';
import { createLogger } from './logger.js';
import { startMail } from './mail.js';
import { startRetention } from './retention.js';
import { sendJson } from './send-json.js';
import { stopGracefullyOnSignals, type Running } from './shutdown.js';

/** Ends start-up with one plain line a person can act on, closing what was opened. */
async function fail(message: string, running: Running = {}): Promise<never> {
	await running.database?.close().catch(() => {});
	process.stderr.write(`whatworks API cannot start: ${message}\n`);
	process.exit(1);
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let config: Config;
try {
	config = loadConfig(process.env);
} catch (error) {
	if (error instanceof ConfigError) await fail(error.message);
	throw error;
}

const logger = createLogger(
	config.LOG_LEVEL,
	config.LOG_FILE === undefined ? undefined : logToFile(config.LOG_FILE)
);
const running: Running = {};
stopGracefullyOnSignals({ running, logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });

// The port is taken first, so a port in use is named before anything is opened, migrated, seeded
// or shown once; until the database is ready every request is told to come back in a moment.
let handle: RequestListener = (_req, res) => {
	res.setHeader('retry-after', '1');
	sendJson(res, 503, { error: 'The API is starting. Please try again in a moment.' });
};
const server = createServer((req, res) => handle(req, res));
try {
	await listen(server, config.PORT, config.HOST);
	running.server = server;
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	await fail(
		code === 'EADDRINUSE'
			? `PORT ${config.PORT} is already in use on ${config.HOST}; stop what uses it or set PORT to a free port.`
			: `could not listen on ${config.HOST}:${config.PORT} (${reasonOf(error)})`
	);
}

// The API's code — the routers and all they use — loads while the database opens: PGlite compiles
// its WebAssembly on other threads meanwhile, so each waits less for the other.
const loadingApi = Promise.all([import('@whatworks/api'), import('./http-server.js')]);

/**
 * Opens (on PGlite also migrates) and seeds the database. A stop asked for meanwhile waits for
 * it, so nothing is cut off half-written.
 */
async function prepareDatabase(): Promise<DatabaseHandle> {
	try {
		running.database = await openDatabase({
			databaseUrl: config.DATABASE_URL,
			pgliteDir: config.PGLITE_DIR
		});
	} catch (error) {
		if (error instanceof DatabaseLockedError || error instanceof SchemaOutdatedError) {
			await fail(error.message, running);
		}
		logger.fatal({ err: error }, 'could not open the database');
		await fail(`could not open the database (${reasonOf(error)})`, running);
	}
	const database = running.database as DatabaseHandle;
	logger.info({ database: database.description }, 'database ready');

	if (config.seedDemo) {
		try {
			const outcome = await seedDemoContent(database.db, { dataDir: config.WHATWORKS_DATA_DIR });
			logger.info(outcome, outcome.seeded ? 'demo content seeded' : 'demo content already present');
		} catch (error) {
			logger.fatal({ err: error }, 'could not seed the demo content');
			const reason =
				error instanceof ImportRejectedError ? error.message.split('\n')[0] : reasonOf(error);
			await fail(`could not seed the demo content: ${reason}`, running);
		}
	}

	// Demo staff accounts only ever go into the embedded database, and their passwords are shown
	// this once, on the terminal rather than in the logs.
	if (config.seedDemo && config.DATABASE_URL === undefined) {
		const [{ seedDemoAccounts }] = await loadingApi;
		const accounts = await seedDemoAccounts(database.db);
		if (accounts) {
			const lines = accounts.map(
				(account) =>
					`  ${account.roles.join(', ').padEnd(9)} ${account.email.padEnd(29)} password: ${account.password}`
			);
			process.stdout.write(
				`\nDemo staff accounts for the console (shown once; delete .data/ to make new ones):\n${lines.join('\n')}\n\n`
			);
		}
		// `pnpm start` (tooling/start) shows them in its banner once everything answers, or says
		// that they exist (null); it listens on an IPC channel, which a server started alone lacks.
		process.send?.({ demoAccounts: accounts });
	}
	return database;
}
const starting = prepareDatabase();
running.starting = starting;
const database = await starting;
const [{ PublicCache }, { createApiHandler }] = await loadingApi;

// Public answers are kept for a short while: content changes only when staff publish.
const cache =
	config.PUBLIC_CACHE_SECONDS > 0
		? new PublicCache({ ttlMs: config.PUBLIC_CACHE_SECONDS * 1000, maxBytes: 64 * 1024 * 1024 })
		: undefined;
// Answers are kept under the database's content version, which any server on the database may
// change: each announces the new version, and every server (and through it every site) hears it.
if (cache) {
	await cache.follow(database, (error) =>
		logger.warn({ err: error }, 'could not read the content version after reconnecting')
	);
}
handle = createApiHandler({
	database,
	logger,
	cache,
	dataDir: config.WHATWORKS_DATA_DIR,
	trustedProxies: config.TRUSTED_PROXIES,
	siteOrigin: config.SITE_ORIGIN
});
try {
	const mail = await startMail(database.db, config, logger);
	running.background = [mail, startRetention(database.db, logger)];
	logger.info(`mail: ${mail.description}`);
	process.send?.({ mail: mail.description });
} catch (error) {
	await fail(`could not start sending mail (${reasonOf(error)})`, running);
}
logger.info(`API ready at http://localhost:${config.PORT}/trpc (health: /healthz)`);

function listen(server: Server, port: number, host: string): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
}

import { createServer, type RequestListener, type Server } from 'node:http';
import type { seedDemoAccounts } from '@whatworks/api';
import {
	DatabaseLockedError,
	ImportRejectedError,
	openDatabase,
	SchemaOutdatedError,
	seedDemoContent,
	type DatabaseHandle
} from '@whatworks/db';
import type { Logger } from 'pino';
import { cannotStart } from './cannot-start.js';
import type { Config } from './config.js';
import { logToFile } from './log-file.js';
import { createLogger } from './logger.js';
import { startMail } from './mail.js';
import { startRetention } from './retention.js';
import { sendJson } from './send-json.js';
import { stopGracefullyOnSignals, type Running } from './shutdown.js';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What this process does among the server's processes (one, or one per core on Postgres). */
export interface Role {
	/**
	 * Whether it takes the port before opening the database, answering 503 until ready: alone, a
	 * port in use is named before anything is opened, migrated, seeded or shown once. A worker
	 * among others listens only once it can answer, so they never send a reader a 503.
	 */
	listensFirst: boolean;
	/** Whether it sends mail and applies retention: one process per server, as `MAIL_RATE` says. */
	runsBackground: boolean;
}

/** Runs the API server in this process, on the database `config` names, until a stop signal. */
export async function serve(config: Config, role: Role): Promise<void> {
	const logger = createLogger(
		config.LOG_LEVEL,
		config.LOG_FILE === undefined ? undefined : logToFile(config.LOG_FILE)
	);
	const running: Running = {};
	stopGracefullyOnSignals({ running, logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });

	let handle: RequestListener = (_req, res) => {
		res.setHeader('retry-after', '1');
		sendJson(res, 503, { error: 'The API is starting. Please try again in a moment.' });
	};
	const server = createServer((req, res) => handle(req, res));
	if (role.listensFirst) await listen(server, config, running);

	// Everything from here to ready is one start: a stop asked for meanwhile waits for it, so the
	// database is never closed half-migrated or half-seeded, nor under work just begun.
	const starting = (async () => {
		// The API's code — the routers and all they use — loads while the database opens: PGlite
		// compiles its WebAssembly on other threads meanwhile, so each waits less for the other.
		const loadingApi = Promise.all([import('@whatworks/api'), import('./http-server.js')]);
		const database = await prepareDatabase(config, logger, running, loadingApi);
		const [{ PublicCache }, { createApiHandler }] = await loadingApi;

		// Public answers are kept for a short while: content changes only when staff publish.
		const cache =
			config.PUBLIC_CACHE_SECONDS > 0
				? new PublicCache({ ttlMs: config.PUBLIC_CACHE_SECONDS * 1000, maxBytes: 64 * 1024 * 1024 })
				: undefined;
		// Answers are kept under the database's content version, which any server on the database
		// may change: each announces the new version, and every server (and through it every site)
		// hears it.
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
		// Before a worker listens: one that cannot send mail has not started, and is not replaced.
		if (role.runsBackground) {
			try {
				const mail = await startMail(database.db, config, logger);
				running.background = [mail, startRetention(database.db, logger)];
				logger.info(`mail: ${mail.description}`);
				process.send?.({ mail: mail.description });
			} catch (error) {
				await cannotStart(`could not start sending mail (${reasonOf(error)})`, running);
			}
		}
		if (!role.listensFirst) await listen(server, config, running);
	})();
	running.starting = starting;
	await starting;
	logger.info(`API ready at http://localhost:${config.PORT}/trpc (health: /healthz)`);
}

/** Takes the port, or ends start-up saying why it could not. */
async function listen(server: Server, config: Config, running: Running): Promise<void> {
	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(config.PORT, config.HOST, () => {
				server.off('error', reject);
				resolve();
			});
		});
		running.server = server;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		await cannotStart(
			code === 'EADDRINUSE'
				? `PORT ${config.PORT} is already in use on ${config.HOST}; stop what uses it or set PORT to a free port.`
				: `could not listen on ${config.HOST}:${config.PORT} (${reasonOf(error)})`,
			running
		);
	}
}

/** Opens (on PGlite also migrates) and seeds the database. */
async function prepareDatabase(
	config: Config,
	logger: Logger,
	running: Running,
	loadingApi: Promise<[{ seedDemoAccounts: typeof seedDemoAccounts }, unknown]>
): Promise<DatabaseHandle> {
	try {
		running.database = await openDatabase({
			databaseUrl: config.DATABASE_URL,
			pgliteDir: config.PGLITE_DIR
		});
	} catch (error) {
		if (error instanceof DatabaseLockedError || error instanceof SchemaOutdatedError) {
			await cannotStart(error.message, running);
		}
		logger.fatal({ err: error }, 'could not open the database');
		await cannotStart(`could not open the database (${reasonOf(error)})`, running);
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
			await cannotStart(`could not seed the demo content: ${reason}`, running);
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

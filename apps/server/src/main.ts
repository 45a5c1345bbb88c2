import type { Server } from 'node:http';
import {
	DatabaseLockedError,
	openDatabase,
	seedDemoContent,
	type DatabaseHandle
} from '@whatworks/db';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createApiServer } from './http-server.js';
import { createLogger } from './logger.js';
import { stopGracefullyOnSignals } from './shutdown.js';

/** Ends start-up with one plain line a person can act on. */
function fail(message: string): never {
	process.stderr.write(`whatworks API cannot start: ${message}\n`);
	process.exit(1);
}

let config: Config;
try {
	config = loadConfig(process.env);
} catch (error) {
	if (error instanceof ConfigError) fail(error.message);
	throw error;
}

const logger = createLogger(config.LOG_LEVEL);

let database: DatabaseHandle;
try {
	database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
} catch (error) {
	if (error instanceof DatabaseLockedError) fail(error.message);
	logger.fatal({ err: error }, 'could not open the database');
	fail(`could not open the database (${error instanceof Error ? error.message : String(error)})`);
}
logger.info({ database: database.description }, 'database ready');

if (config.seedDemo) {
	const outcome = await seedDemoContent(database.db, { dataDir: config.WHATWORKS_DATA_DIR });
	logger.info(
		outcome.seeded ? { ...outcome } : { seeded: false },
		outcome.seeded ? 'demo content seeded' : 'demo content already present'
	);
}

const server = createApiServer(database, logger);
try {
	await listen(server, config.PORT, config.HOST);
} catch (error) {
	await database.close();
	const code = (error as NodeJS.ErrnoException).code;
	fail(
		code === 'EADDRINUSE'
			? `PORT ${config.PORT} is already in use on ${config.HOST}; stop what uses it or set PORT to a free port.`
			: `could not listen on ${config.HOST}:${config.PORT} (${String(error)})`
	);
}
stopGracefullyOnSignals({ server, database, logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
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

/**
 * The API server (`node dist/main.js`). On Postgres it runs one process per core (`API_WORKERS`),
 * each a whole server on the shared database behind one port, the first of them also sending mail
 * and applying retention; on the embedded database, which one process opens, it runs alone.
 */
import cluster from 'node:cluster';
import { runPrimary, workerIndex } from '@whatworks/cluster';
import { cannotStart } from './cannot-start.js';
import { ConfigError, loadConfig, type Config } from './config.js';

let config: Config;
try {
	config = loadConfig(process.env);
} catch (error) {
	if (error instanceof ConfigError) await cannotStart(error.message);
	throw error;
}

if (config.workers > 1 && cluster.isPrimary) {
	// Its workers' messages (where mail goes) reach `pnpm start` through it.
	runPrimary({ count: config.workers, name: 'API server', relayToParent: true });
} else {
	// Loaded here, not above: a primary forks without loading the server it does not run.
	const { serve } = await import('./serve.js');
	await serve(config, { listensFirst: cluster.isPrimary, runsBackground: workerIndex() === 0 });
}

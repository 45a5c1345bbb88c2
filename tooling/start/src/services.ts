import { join } from 'node:path';
import type { ServiceSpec } from './service.js';

/** The built API server on `port`, as production runs it. */
export function apiService({
	repoRoot,
	name = 'api',
	port,
	env,
	onMessage
}: {
	repoRoot: string;
	name?: string;
	port: string;
	env: NodeJS.ProcessEnv;
	onMessage?: (message: unknown) => void;
}): ServiceSpec {
	return {
		name,
		command: process.execPath,
		args: ['--enable-source-maps', 'dist/main.js'],
		cwd: join(repoRoot, 'apps', 'server'),
		env: { ...env, PORT: port },
		readyUrl: `http://127.0.0.1:${port}/healthz`,
		isReady: (status) => status === 200,
		...(onMessage ? { onMessage } : {})
	};
}

/** The built site or console on `port`, calling the API at `apiUrl`. */
export function appService({
	repoRoot,
	app,
	name = app,
	port,
	apiUrl,
	env
}: {
	repoRoot: string;
	app: 'site' | 'console';
	name?: string;
	port: string;
	apiUrl: string;
	env: NodeJS.ProcessEnv;
}): ServiceSpec {
	const prefix = app.toUpperCase();
	return {
		name,
		command: process.execPath,
		args: ['start.js'],
		cwd: join(repoRoot, 'apps', app),
		env: { ...env, WHATWORKS_API_URL: apiUrl, [`${prefix}_PORT`]: port },
		readyUrl: `http://127.0.0.1:${port}/`,
		// A page that needs the API answers 503 until the API is ready.
		isReady: (status) => status < 500
	};
}

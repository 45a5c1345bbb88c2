import { createServer, type Server } from 'node:net';

/** The ports the mail benchmark listens on: its SMTP sink and the API server. */
export const portRange = { min: 3000, max: 5999 } as const;

const randomPort = () =>
	portRange.min + Math.floor(Math.random() * (portRange.max - portRange.min + 1));

/**
 * Makes `server` listen on a free port of {@link portRange}, tried at random until one is free,
 * and resolves with it. `findFreePort` from `@whatworks/e2e` lets the operating system choose,
 * which gives a port outside the range.
 */
export async function listenInRange(server: Server, host = '127.0.0.1'): Promise<number> {
	for (let attempt = 0; attempt < 200; attempt++) {
		const port = randomPort();
		const listening = await new Promise<boolean>((resolve, reject) => {
			const onError = (error: NodeJS.ErrnoException) => {
				server.off('listening', onListening);
				if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
				else reject(error);
			};
			const onListening = () => {
				server.off('error', onError);
				resolve(true);
			};
			server.once('error', onError);
			server.once('listening', onListening);
			server.listen({ port, host });
		});
		if (listening) return port;
	}
	throw new Error(`No free port between ${portRange.min} and ${portRange.max} on ${host}`);
}

/**
 * A port of {@link portRange} nothing listens on right now, for a child process to take. Another
 * process could take it first, but the window is milliseconds.
 */
export async function freePortInRange(host = '127.0.0.1'): Promise<number> {
	const probe = createServer();
	const port = await listenInRange(probe, host);
	await new Promise<void>((resolve) => probe.close(() => resolve()));
	return port;
}

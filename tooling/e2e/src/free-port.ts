import { createServer } from 'node:net';

/**
 * A TCP port nothing is listening on right now, chosen by the operating system.
 * Another process could take it before we do, but the window is milliseconds.
 */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.once('error', reject);
		server.listen({ port: 0, host }, () => {
			const address = server.address();
			if (address === null || typeof address === 'string') {
				server.close();
				reject(new Error('Could not read the port the operating system chose'));
				return;
			}
			server.close(() => resolve(address.port));
		});
	});
}

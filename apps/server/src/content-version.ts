import type { ServerResponse } from 'node:http';
import type { PublicCache } from '@whatworks/api';
import { sendJson } from './send-json.js';

/** Where the site listens for what is published: server-sent events. */
export const contentVersionPath = '/content-version';

/** A comment now and then, so that proxies keep a quiet stream open and a dead peer is noticed. */
const heartbeatMs = 15_000;

/** The streams open now, so that a shutdown can end them instead of waiting for them. */
const openStreams = new Set<ServerResponse>();

/**
 * `GET /content-version`: the public cache's version and lifetime as server-sent events — the
 * current one at once, then each new one the moment something is published. The site keeps
 * copies of pages only while the version it last heard stays the same, for at most
 * `maxAgeSeconds`, and only while this stream is open. Without a cache, copies may not be kept
 * at all (404).
 *
 * @example curl -N http://localhost:3002/content-version
 * // retry: 1000
 * // data: {"version":"3f0c4b9e-…","maxAgeSeconds":60}
 */
export function streamContentVersion(cache: PublicCache | undefined, res: ServerResponse): void {
	if (!cache) return sendJson(res, 404, { error: 'This server keeps no public cache.' });
	res.writeHead(200, {
		'content-type': 'text/event-stream; charset=utf-8',
		'cache-control': 'no-store'
	});
	// A site that lost the stream comes back after a second, and keeps no copies meanwhile.
	res.write('retry: 1000\n\n');
	// Until the server has heard the database's version there is nothing to tell: no copies.
	const send = () => {
		const { version, maxAgeSeconds } = cache;
		if (version !== undefined) res.write(`data: ${JSON.stringify({ version, maxAgeSeconds })}\n\n`);
	};
	send();
	const stopListening = cache.onChange(send);
	const heartbeat = setInterval(() => res.write(': still here\n\n'), heartbeatMs);
	openStreams.add(res);
	res.on('close', () => {
		stopListening();
		clearInterval(heartbeat);
		openStreams.delete(res);
	});
}

/** Ends every open stream: the sites stop serving copies until they hear from a server again. */
export function endContentVersionStreams(): void {
	for (const res of openStreams) res.end();
}

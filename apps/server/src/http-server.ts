import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import {
	appRouter,
	createContext,
	isOpenDataPath,
	type Caller,
	type PublicCache
} from '@whatworks/api';
import type { DatabaseHandle } from '@whatworks/db';
import type { Logger } from 'pino';
import { contentVersionPath, streamContentVersion } from './content-version.js';
import { files } from './files.js';
import { images } from './images.js';
import { sendOpenData } from './open-data.js';
import { createPublicAnswers, isPublicCall } from './public-answers.js';
import { sendJson } from './send-json.js';
import { handleUpload, isUploadPath } from './upload-endpoint.js';

/**
 * The API's HTTP host: tRPC under /trpc, open data under /data, a database-checking /healthz,
 * the published content's version streamed under /content-version, a request id and a log line per request.
 */
export function createApiHandler({
	database,
	logger,
	cache,
	dataDir,
	trustedProxies = [],
	siteOrigin
}: {
	database: DatabaseHandle;
	logger: Logger;
	/** Where admins' imports read official files that are not uploaded. */
	dataDir?: string | undefined;
	/** Peers (the site and console servers) whose X-Forwarded-For names the real caller. */
	trustedProxies?: readonly string[];
	/** Where public answers are kept for a while; without one, every request reads the database. */
	cache?: PublicCache | undefined;
	/** The public site's address, which links in messages lead to. */
	siteOrigin?: string | undefined;
}): RequestListener {
	// Both adapters below call the same router with the same context and limits.
	const createRequestContext = (req: IncomingMessage) =>
		createContext(database.db, {
			cache,
			dataDir,
			siteOrigin,
			caller: callerOf(req, trustedProxies)
		});
	// One request may not ask for more than a page needs, nor send more than a form holds.
	const maxBatchSize = 20;
	const onError = (error: TRPCError, path: string | undefined, req: IncomingMessage) => {
		if (error.code === 'INTERNAL_SERVER_ERROR') {
			logger.error(
				{ err: error, path, requestId: req.headers['x-request-id'] },
				'procedure failed'
			);
		}
	};
	const trpc = createHTTPHandler({
		router: appRouter,
		basePath: '/trpc/',
		maxBatchSize,
		maxBodySize: 1024 * 1024,
		createContext: ({ req }) => createRequestContext(req),
		onError: ({ error, path, req }) => onError(error, path, req)
	});
	const publicAnswers = cache
		? createPublicAnswers({
				cache,
				maxBatchSize,
				createContext: createRequestContext,
				onError
			})
		: null;

	return (req, res) => {
		const requestId = requestIdOf(req);
		req.headers['x-request-id'] = requestId;
		res.setHeader('x-request-id', requestId);
		// Every answer is what its content type says; browsers must not guess otherwise.
		res.setHeader('x-content-type-options', 'nosniff');
		const started = performance.now();
		const path = new URL(req.url ?? '/', 'http://api').pathname;
		res.on('finish', () => {
			logger.info(
				{
					requestId,
					method: req.method,
					// The path names the procedure; the query holds what a reader typed, which stays out.
					path,
					status: res.statusCode,
					ms: Math.round(performance.now() - started)
				},
				'request'
			);
		});

		// A handler that failed unexpectedly: logged with the request id, one sentence to the caller.
		const failSafely = (
			work: Promise<unknown>,
			event: string,
			sentence = 'Something went wrong on our side.'
		) =>
			void work.catch((error: unknown) => {
				logger.error({ err: error, requestId }, event);
				if (!res.headersSent) sendJson(res, 500, { error: sentence });
			});

		if (path === '/healthz') return void checkHealth(database, res, logger);
		if (path === contentVersionPath) return streamContentVersion(cache, res);
		if (path.startsWith('/trpc/')) {
			if (publicAnswers && isPublicCall(req, path)) {
				return failSafely(publicAnswers(req, res), 'query failed');
			}
			return trpc(req, res);
		}
		const uploads = [files, images].find((endpoint) => isUploadPath(endpoint, path));
		if (uploads) {
			return failSafely(
				handleUpload(uploads, createRequestContext(req), path, req, res),
				`${uploads.base} request failed`
			);
		}
		if (isOpenDataPath(path) && (req.method === 'GET' || req.method === 'HEAD')) {
			return failSafely(
				sendOpenData(createContext(database.db), cache, path, res),
				'open data failed',
				'The download could not be made. Please try again later.'
			);
		}
		sendJson(res, 404, {
			error:
				'Not found. The API lives under /trpc/; open data under /data/evidence.csv and .json; reports under /files/; images under /images/.'
		});
	};
}

/**
 * Who is calling: the staff session's bearer token, if any (the API never reads cookies, so a
 * browser cannot be tricked into calling it with ambient credentials), and their address and
 * browser — as a trusted proxy (the console) forwards them, else as the connection shows them.
 */
function callerOf(req: IncomingMessage, trustedProxies: readonly string[]): Caller {
	const bearer = /^Bearer ([\w-]{1,100})$/.exec(req.headers.authorization ?? '');
	const peer = req.socket.remoteAddress ?? 'unknown';
	const proxied = trustedProxies.includes(peer);
	// Each proxy appends the address it saw: read from the right, past our own proxies, so an
	// address a caller wrote into the header themselves is never the one believed.
	const forwardedFor = (headerOf(req, 'x-forwarded-for') ?? '')
		.split(',')
		.map((address) => address.trim())
		.reverse()
		.find((address) => !trustedProxies.includes(address));
	const userAgent = proxied
		? (headerOf(req, 'x-client-user-agent') ?? headerOf(req, 'user-agent'))
		: headerOf(req, 'user-agent');
	return {
		token: bearer?.[1] ?? null,
		ipAddress: proxied && forwardedFor && isIP(forwardedFor) ? forwardedFor : peer,
		userAgent: userAgent?.slice(0, 500) ?? null
	};
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
	const value = req.headers[name];
	return typeof value === 'string' ? value : undefined;
}

/** Reuses a caller's request id when it looks like one, so logs can be joined across services. */
function requestIdOf(req: IncomingMessage): string {
	const given = req.headers['x-request-id'];
	return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
}

async function checkHealth(database: DatabaseHandle, res: ServerResponse, logger: Logger) {
	try {
		await database.ping();
		sendJson(res, 200, { status: 'ok', database: database.kind });
	} catch (error) {
		logger.error({ err: error }, 'health check failed');
		sendJson(res, 503, { status: 'unavailable', database: database.kind });
	}
}

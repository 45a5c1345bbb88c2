import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { incomingMessageToRequest } from '@trpc/server/adapters/node-http';
import { appRouter, isPublicQuery, type Context, type PublicCache } from '@whatworks/api';

/** An answer as it was sent: status, headers and the serialised body. */
interface AnswerCopy {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** Addresses longer than this are not worth keeping a copy under. */
const maxAddressLength = 2048;

/** Headers about the connection that sent an answer, not about the answer. */
const connectionHeaders = new Set([
	'connection',
	'keep-alive',
	'transfer-encoding',
	'content-length'
]);

/** Whether the caller asked for answers streamed as they come (JSON lines), which are not kept. */
export function wantsStream(req: IncomingMessage): boolean {
	return [req.headers['trpc-accept'], req.headers.accept].some((value) =>
		value?.includes('application/jsonl')
	);
}

/**
 * Answers GET calls to tRPC (not streamed ones: see `wantsStream`), serving a copy of the answer
 * when the same address was answered within the cache's lifetime and nothing was published since. Only answers to public queries
 * are kept (`isPublicQuery`: the same for every caller), only when every call succeeded, and
 * they say so with `cache-control: public`. `x-cache` tells whether a copy was served.
 */
export function createPublicAnswers(options: {
	cache: PublicCache;
	createContext: (req: IncomingMessage) => Context;
	onError: (error: TRPCError, path: string | undefined, req: IncomingMessage) => void;
	maxBatchSize: number;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
	const { cache } = options;
	return async (req, res) => {
		const address = req.url ?? '/';
		const copy = cache.get(address) as AnswerCopy | undefined;
		if (copy) return send(res, copy, 'HIT');
		// An answer computed from what was read before a publish must not be kept after it.
		const versionBefore = cache.version;

		const answer = await fetchRequestHandler({
			endpoint: '/trpc',
			req: incomingMessageToRequest(req, res, { maxBodySize: null }),
			router: appRouter,
			maxBatchSize: options.maxBatchSize,
			createContext: () => options.createContext(req),
			onError: ({ error, path }) => options.onError(error, path, req),
			responseMeta: ({ info, errors }) =>
				errors.length === 0 && info && isPublicQuery(info.calls.map((call) => call.path))
					? { headers: { 'cache-control': `public, max-age=${cache.maxAgeSeconds}` } }
					: {}
		});
		const fresh: AnswerCopy = {
			status: answer.status,
			headers: Object.fromEntries(
				[...answer.headers].filter(([name]) => !connectionHeaders.has(name))
			),
			body: Buffer.from(await answer.arrayBuffer())
		};
		const keep =
			answer.status === 200 &&
			answer.headers.get('cache-control')?.startsWith('public') === true &&
			address.length <= maxAddressLength &&
			cache.version === versionBefore;
		if (keep) cache.set(address, fresh, fresh.body.byteLength + address.length);
		send(res, fresh, 'MISS');
	};
}

function send(res: ServerResponse, answer: AnswerCopy, cacheStatus: 'HIT' | 'MISS'): void {
	res.writeHead(answer.status, {
		...answer.headers,
		'content-length': answer.body.byteLength,
		'x-cache': cacheStatus
	});
	res.end(answer.body);
}

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

/**
 * Whether a call to tRPC may be answered from a copy: a GET of public queries only
 * (`isPublicQuery`: the same answer for every caller), not asking for answers streamed as they
 * come (JSON lines), which are not kept.
 */
export function isPublicCall(req: IncomingMessage, path: string): boolean {
	if (req.method !== 'GET') return false;
	const streamed = [req.headers['trpc-accept'], req.headers.accept].some((value) =>
		value?.includes('application/jsonl')
	);
	return !streamed && isPublicQuery(procedureNames(path));
}

/** The procedures an address names; none when it is not valid percent-encoding (tRPC refuses it). */
function procedureNames(path: string): string[] {
	try {
		return decodeURIComponent(path.slice('/trpc/'.length)).split(',');
	} catch {
		return [];
	}
}

/**
 * Answers public calls (see `isPublicCall`), serving a copy of the answer when the same address
 * was answered within the cache's lifetime and nothing was published since. Only answers where
 * every call succeeded are kept, and they say so with `cache-control: public`. `x-cache` tells
 * whether a copy was served.
 */
export function createPublicAnswers(options: {
	cache: PublicCache;
	createContext: (req: IncomingMessage) => Context;
	onError: (error: TRPCError, path: string | undefined, req: IncomingMessage) => void;
	maxBatchSize: number;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
	const { cache } = options;
	const answer = async (req: IncomingMessage, res: ServerResponse): Promise<AnswerCopy> => {
		const response = await fetchRequestHandler({
			endpoint: '/trpc',
			req: incomingMessageToRequest(req, res, { maxBodySize: null }),
			router: appRouter,
			maxBatchSize: options.maxBatchSize,
			createContext: () => options.createContext(req),
			onError: ({ error, path }) => options.onError(error, path, req),
			responseMeta: ({ errors }) =>
				errors.length === 0
					? { headers: { 'cache-control': `public, max-age=${cache.maxAgeSeconds}` } }
					: {}
		});
		return {
			status: response.status,
			headers: Object.fromEntries(
				[...response.headers].filter(([name]) => !connectionHeaders.has(name))
			),
			body: Buffer.from(await response.arrayBuffer())
		};
	};
	return async (req, res) => {
		const address = req.url ?? '/';
		const { value, kept } = await cache.remember(
			address,
			() => answer(req, res),
			(copy) =>
				copy.status === 200 &&
				address.length <= maxAddressLength && { bytes: copy.body.byteLength + address.length }
		);
		res.writeHead(value.status, {
			...value.headers,
			'content-length': value.body.byteLength,
			'x-cache': kept
		});
		res.end(value.body);
	};
}

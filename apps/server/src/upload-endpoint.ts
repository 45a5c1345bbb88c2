import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorizeUpload, type Context } from '@whatworks/api';
import { answeringRefusals } from './refusal.js';
import { readUpload } from './request-body.js';
import { sendJson } from './send-json.js';

/** Who may upload, as `authorizeUpload` found them. */
type Uploader = Awaited<ReturnType<typeof authorizeUpload>>;

/** A stored upload as it is sent: its status (200, or 304 for a copy the caller holds), headers and bytes. */
export interface ServedUpload {
	status: number;
	headers: Record<string, string>;
	body: Uint8Array;
}

/**
 * An endpoint outside tRPC (which carries JSON) for one kind of upload: `POST <base>` stores the
 * raw body for staff who may edit, `GET <base>/<item>` serves a stored one.
 */
export interface UploadEndpoint {
	/** Where it lives: `/files`. */
	base: string;
	/** What follows the base in an item's address: `/12`, `/3/640.webp`. */
	item: RegExp;
	/** The largest body in bytes (a whole number of MB): a longer one is cut off with 413, never kept. */
	limit: number;
	/** Stores the body for the staff member `authorizeUpload` let in; its answer is sent as JSON. */
	store: (
		ctx: Context,
		staff: Uploader,
		req: IncomingMessage,
		bytes: Uint8Array
	) => Promise<unknown>;
	/** The item at the address's rest, or null when there is none for this caller. */
	serve: (ctx: Context, item: string, req: IncomingMessage) => Promise<ServedUpload | null>;
	notFound: string;
	/** How to use it, for a method it does not take. */
	usage: string;
}

/** Whether a path is the endpoint's: its base, or one of its items. */
export function isUploadPath(endpoint: UploadEndpoint, path: string): boolean {
	return (
		path === endpoint.base ||
		(path.startsWith(`${endpoint.base}/`) && endpoint.item.test(path.slice(endpoint.base.length)))
	);
}

/** Answers a request to the endpoint; refusals as the API's one table says, with a sentence. */
export function handleUpload(
	endpoint: UploadEndpoint,
	ctx: Context,
	path: string,
	req: IncomingMessage,
	res: ServerResponse
): Promise<void> {
	return answeringRefusals(res, answer(endpoint, ctx, path, req, res));
}

async function answer(
	endpoint: UploadEndpoint,
	ctx: Context,
	path: string,
	req: IncomingMessage,
	res: ServerResponse
): Promise<void> {
	const isBase = path === endpoint.base;
	if (isBase && req.method === 'POST') {
		// Who is asking, before a byte of the body is read.
		const staff = await authorizeUpload(ctx);
		const bytes = await readUpload(req, res, endpoint.limit);
		if (bytes === null) return;
		return sendJson(res, 201, await endpoint.store(ctx, staff, req, bytes));
	}
	if (!isBase && (req.method === 'GET' || req.method === 'HEAD')) {
		const served = await endpoint.serve(ctx, path.slice(endpoint.base.length), req);
		if (!served) return sendJson(res, 404, { error: endpoint.notFound });
		res.writeHead(served.status, served.headers);
		res.end(req.method === 'HEAD' || served.status === 304 ? undefined : served.body);
		return;
	}
	sendJson(res, 405, { error: endpoint.usage }, { allow: isBase ? 'POST' : 'GET, HEAD' });
}

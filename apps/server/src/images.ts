import type { IncomingMessage, ServerResponse } from 'node:http';
import {
	authorizeUpload,
	downloadImage,
	maxImageBytes,
	uploadImage,
	type Context
} from '@whatworks/api';
import { answeringRefusals } from './refusal.js';
import { readUpload } from './request-body.js';
import { sendJson } from './send-json.js';

/** Whether a path is the images endpoint: POST /images uploads, GET /images/<id>/<size> serves. */
export function isImagesPath(path: string): boolean {
	return path === '/images' || /^\/images\/\d{1,9}\/[^/]+$/.test(path);
}

/**
 * Uploads (staff who may edit, the raw image as the body) and the sizes pages show (anyone, only
 * images of live articles; staff, any). Bodies over 10 MB are cut off with 413 without being kept.
 */
export function handleImages(
	ctx: Context,
	path: string,
	req: IncomingMessage,
	res: ServerResponse
): Promise<void> {
	return answeringRefusals(res, answer(ctx, path, req, res));
}

async function answer(ctx: Context, path: string, req: IncomingMessage, res: ServerResponse) {
	if (path === '/images' && req.method === 'POST') {
		// Who is asking, before a byte of the body is read.
		const staff = await authorizeUpload(ctx);
		const bytes = await readUpload(req, res, maxImageBytes);
		if (bytes === null) return;
		return sendJson(res, 201, await uploadImage(ctx, staff, bytes));
	}
	if (path !== '/images' && (req.method === 'GET' || req.method === 'HEAD')) {
		const [, , id, file = ''] = path.split('/');
		const ifNoneMatch = req.headers['if-none-match'];
		const image = await downloadImage(ctx, { id: Number(id), file, ifNoneMatch });
		if (!image) return sendJson(res, 404, { error: 'There is no published image here.' });
		res.writeHead(image.status, image.headers);
		res.end(req.method === 'HEAD' || image.status === 304 ? undefined : image.body);
		return;
	}
	const allow = path === '/images' ? 'POST' : 'GET, HEAD';
	const error = 'Upload with POST /images; fetch with GET /images/<id>/<size>.';
	sendJson(res, 405, { error }, { allow });
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorizeUpload, downloadPdf, maxPdfBytes, uploadPdf, type Context } from '@whatworks/api';
import { answeringRefusals } from './refusal.js';
import { readUpload } from './request-body.js';
import { sendJson } from './send-json.js';

/** Whether a path is the files endpoint: POST /files uploads, GET /files/<id> downloads. */
export function isFilesPath(path: string): boolean {
	return path === '/files' || /^\/files\/\d{1,9}$/.test(path);
}

/**
 * Uploads (staff, the raw PDF as the body, its name in `x-file-name`) and downloads (anyone, only
 * files of published publications). Bodies over 20 MB are cut off with 413 without being kept.
 */
export function handleFiles(
	ctx: Context,
	path: string,
	req: IncomingMessage,
	res: ServerResponse
): Promise<void> {
	return answeringRefusals(res, answer(ctx, path, req, res));
}

async function answer(ctx: Context, path: string, req: IncomingMessage, res: ServerResponse) {
	if (path === '/files' && req.method === 'POST') {
		// Who is asking, before a byte of the body is read.
		const staff = await authorizeUpload(ctx);
		const bytes = await readUpload(req, res, maxPdfBytes);
		if (bytes === null) return;
		return sendJson(res, 201, await uploadPdf(ctx, staff, { name: fileNameOf(req), bytes }));
	}
	if (path !== '/files' && (req.method === 'GET' || req.method === 'HEAD')) {
		const file = await downloadPdf(ctx, Number(path.slice('/files/'.length)));
		if (!file) return sendJson(res, 404, { error: 'There is no published report here.' });
		res.writeHead(200, file.headers);
		res.end(req.method === 'HEAD' ? undefined : file.body);
		return;
	}
	const allow = path === '/files' ? 'POST' : 'GET, HEAD';
	sendJson(
		res,
		405,
		{ error: 'Upload with POST /files; download with GET /files/<id>.' },
		{ allow }
	);
}

/** The name the uploader gave (URI-encoded, as headers are ASCII); a garbled one is just "report". */
function fileNameOf(req: IncomingMessage): string {
	const given = req.headers['x-file-name'];
	try {
		return typeof given === 'string' ? decodeURIComponent(given) : 'report.pdf';
	} catch {
		return 'report.pdf';
	}
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import {
	authorizeUpload,
	DomainError,
	downloadPdf,
	maxPdfBytes,
	uploadPdf,
	toTRPCError,
	type Context
} from '@whatworks/api';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { sendJson } from './send-json.js';

/** Whether a path is the files endpoint: POST /files uploads, GET /files/<id> downloads. */
export function isFilesPath(path: string): boolean {
	return path === '/files' || /^\/files\/\d{1,9}$/.test(path);
}

/**
 * Uploads (staff, the raw PDF as the body, its name in `x-file-name`) and downloads (anyone, only
 * files of published publications). Bodies over 20 MB are cut off with 413 without being kept.
 */
export async function handleFiles(
	ctx: Context,
	path: string,
	req: IncomingMessage,
	res: ServerResponse
): Promise<void> {
	try {
		if (path === '/files' && req.method === 'POST') {
			// Who is asking, and how much, before a byte of the body is read.
			const staff = await authorizeUpload(ctx);
			if (Number(req.headers['content-length'] ?? 0) > maxPdfBytes) return tooLarge(req, res);
			const bytes = await readBody(req, maxPdfBytes);
			if (bytes === null) return tooLarge(req, res);
			return sendJson(res, 201, await uploadPdf(ctx, staff, { name: fileNameOf(req), bytes }));
		}
		if (path !== '/files' && (req.method === 'GET' || req.method === 'HEAD')) {
			const file = await downloadPdf(ctx, Number(path.slice('/files/'.length)));
			if (!file) return sendJson(res, 404, { error: 'There is no published report here.' });
			res.writeHead(200, file.headers);
			res.end(req.method === 'HEAD' ? undefined : file.body);
			return;
		}
		sendJson(res, 405, { error: 'Upload with POST /files; download with GET /files/<id>.' });
	} catch (error) {
		if (!(error instanceof DomainError)) throw error;
		sendJson(res, getHTTPStatusCodeFromError(toTRPCError(error)), { error: error.message });
	}
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

/** Refuses a body over 20 MB and closes the connection rather than reading the rest. */
function tooLarge(req: IncomingMessage, res: ServerResponse) {
	res.setHeader('connection', 'close');
	sendJson(res, 413, { error: 'The file is larger than 20 MB.' });
	req.destroy();
}

/** The request body, or null as soon as it passes `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				req.pause();
				resolve(null);
			} else chunks.push(chunk);
		});
		req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		req.on('error', reject);
	});
}

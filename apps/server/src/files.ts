import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, downloadPdf, maxPdfBytes, uploadPdf, type Context } from '@whatworks/api';

const statusByCode: Record<string, number> = {
	INVALID_INPUT: 400,
	UNAUTHENTICATED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404
};

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
			const bytes = await readBody(req, maxPdfBytes);
			if (bytes === null) {
				return send(res, 413, { error: 'The file is larger than 20 MB.' });
			}
			const name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'report.pdf'));
			return send(res, 201, await uploadPdf(ctx, { name, bytes }));
		}
		if (path !== '/files' && (req.method === 'GET' || req.method === 'HEAD')) {
			const file = await downloadPdf(ctx, Number(path.slice('/files/'.length)));
			if (!file) return send(res, 404, { error: 'There is no published report here.' });
			res.writeHead(200, file.headers);
			res.end(req.method === 'HEAD' ? undefined : file.body);
			return;
		}
		send(res, 405, { error: 'Upload with POST /files; download with GET /files/<id>.' });
	} catch (error) {
		const status = error instanceof DomainError ? statusByCode[error.code] : undefined;
		if (status === undefined || !(error instanceof DomainError)) throw error;
		send(res, status, { error: error.message });
	}
}

/** The request body, or null once it passes `limit` bytes (the rest is drained, not stored). */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= limit) chunks.push(chunk);
		});
		req.on('end', () => resolve(size > limit ? null : new Uint8Array(Buffer.concat(chunks))));
		req.on('error', reject);
	});
}

function send(res: ServerResponse, status: number, body: unknown) {
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-store'
	});
	res.end(JSON.stringify(body));
}

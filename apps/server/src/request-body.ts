import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './send-json.js';

/**
 * An upload's body, or null — with a 413 sent and the connection closed rather than the rest
 * read — when it claims or passes `limit` bytes (a whole number of MB, as the answer says it).
 */
export async function readUpload(
	req: IncomingMessage,
	res: ServerResponse,
	limit: number
): Promise<Uint8Array | null> {
	const body =
		Number(req.headers['content-length'] ?? 0) > limit ? null : await readBody(req, limit);
	if (body === null) {
		res.setHeader('connection', 'close');
		sendJson(res, 413, { error: `The file is larger than ${limit / (1024 * 1024)} MB.` });
		req.destroy();
	}
	return body;
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

import type { ServerResponse } from 'node:http';

/** A JSON answer that no cache keeps: errors, health and anything else outside tRPC. */
export function sendJson(
	res: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {}
): void {
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff',
		...headers
	});
	res.end(JSON.stringify(body));
}

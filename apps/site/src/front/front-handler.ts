import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { chooseEncoding } from '../lib/server/encoding';
import { isAnonymousRead, type PageCopies } from '../lib/server/page-copies';

/**
 * The site's request handler: a page kept by an earlier reader's visit is sent from its copy in
 * the encoding the browser accepts, before any framework work; everything else goes to
 * SvelteKit (`sveltekit`, adapter-node's handler), whose hooks keep the copies.
 */
export function createFrontHandler(options: {
	copies: PageCopies;
	sveltekit: RequestListener;
}): RequestListener {
	const { copies, sveltekit } = options;
	return (req, res) => {
		if (!sendCopy(copies, req, res)) sveltekit(req, res);
	};
}

/** Sends the copy of the page asked for, if a current one is kept; false when there is none. */
function sendCopy(copies: PageCopies, req: IncomingMessage, res: ServerResponse): boolean {
	const method = req.method ?? 'GET';
	if (!isAnonymousRead(method, (name) => req.headers[name] !== undefined)) return false;
	const copy = copies.get(req.url ?? '/');
	if (!copy) return false;
	const page = copy.encoded[chooseEncoding(req.headers['accept-encoding'])];
	if (page.etag !== null && matches(req.headers['if-none-match'], page.etag)) {
		res.writeHead(304, notModifiedHeaders(page.headers, page.etag));
		res.end();
	} else {
		res.writeHead(200, page.headers);
		res.end(method === 'HEAD' ? undefined : page.body);
	}
	return true;
}

/** What a 304 repeats of the 200 it stands for (RFC 9110 §15.4.5): its validators and caching. */
function notModifiedHeaders(headers: readonly string[], etag: string): string[] {
	const kept = ['etag', etag, 'vary', 'Accept-Encoding'];
	for (let i = 0; i < headers.length; i += 2) {
		const name = headers[i]?.toLowerCase();
		if (name === 'cache-control' || name === 'expires') kept.push(name, headers[i + 1] ?? '');
	}
	return kept;
}

/** Whether `If-None-Match` names `etag` (weakly, as RFC 9110 says GET compares). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
	if (ifNoneMatch === undefined) return false;
	if (ifNoneMatch.trim() === '*') return true;
	return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

import { createHash } from 'node:crypto';
import { encode, type Effort, type Encoding } from './encoding';
import type { EncodedPage } from './page-copies';

/** Headers that describe the bytes as they were, not as they go out. */
const replaced = new Set(['content-length', 'content-encoding', 'etag', 'vary']);

/**
 * A response's body and headers as they go out in `encoding`: `Content-Encoding`, its length,
 * `Vary: Accept-Encoding` (whatever the encoding, so that shared caches keep one copy per
 * encoding), and an ETag of its own per encoding, since the bytes differ. A page SvelteKit gave
 * no ETag (patched so, for pages without client-side rendering: its hash is written in
 * JavaScript) gets one from a hash of its bytes. `effort`: see `Effort`; `extraHeaders` go first.
 * @example await encodePage(response.headers, body, 'br') // headers ['content-type', 'text/html', …, 'content-encoding', 'br', …]
 */
export async function encodePage(
	headers: Headers,
	body: Uint8Array,
	encoding: Encoding,
	{ effort = 'once', extraHeaders = [] }: { effort?: Effort; extraHeaders?: readonly string[] } = {}
): Promise<EncodedPage> {
	const encoded = await encode(body, encoding, effort);
	const list: string[] = [...extraHeaders];
	for (const [name, value] of headers) if (!replaced.has(name)) list.push(name, value);
	const vary = headers.get('vary');
	list.push('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
	const etag = etagOf(headers.get('etag') ?? etagOfBody(body), encoding, effort);
	if (etag) list.push('etag', etag);
	if (encoding !== 'identity') list.push('content-encoding', encoding);
	list.push('content-length', String(encoded.byteLength));
	return { headers: list, body: encoded, etag };
}

/**
 * `"abc"` becomes `"abc-br"` for brotli: one strong ETag per encoding's bytes, those of the kept
 * copy. A page compressed for one reader (`once`) says the same page in other bytes: a weak
 * `W/"abc-br"`, which a later request for the kept copy still matches (GET compares weakly).
 */
function etagOf(etag: string | null, encoding: Encoding, effort: Effort): string | null {
	if (!etag || encoding === 'identity' || !etag.endsWith('"')) return etag;
	const tagged = `${etag.slice(0, -1)}-${encoding}"`;
	return effort === 'once' && !tagged.startsWith('W/') ? `W/${tagged}` : tagged;
}

/** The ETags of the bodies being encoded: a kept page is encoded three ways from one body. */
const bodyEtags = new WeakMap<Uint8Array, string>();

/** A strong ETag of the bytes as rendered, hashed natively: about 0.1 ms for a 100 KB page. */
function etagOfBody(body: Uint8Array): string {
	let etag = bodyEtags.get(body);
	if (etag === undefined) {
		etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
		bodyEtags.set(body, etag);
	}
	return etag;
}

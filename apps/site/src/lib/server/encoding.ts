import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';

/** How a page can travel: brotli, gzip, or as it is. */
export type Encoding = 'br' | 'gzip' | 'identity';

/** In order of preference when a browser accepts several equally. */
export const encodings: readonly Encoding[] = ['br', 'gzip', 'identity'];

/** Browsers send a handful of different `Accept-Encoding` headers: each is read once. */
const chosen = new Map<string, Encoding>();
const maxRemembered = 100;

/**
 * The encoding to send a page in, by the request's `Accept-Encoding` (q-values and `identity;q=0`
 * respected, ties going to brotli); `identity` when the browser accepts none of them.
 * @example chooseEncoding('gzip, deflate, br') // 'br'
 * @example chooseEncoding('gzip;q=1, br;q=0.5') // 'gzip'
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
	const header = acceptEncoding ?? '';
	let encoding = chosen.get(header);
	if (encoding === undefined) {
		const negotiator = new Negotiator({ headers: { 'accept-encoding': header } });
		const [best] = negotiator.encodings([...encodings], { preferred: [...encodings] });
		encoding = (best as Encoding | undefined) ?? 'identity';
		if (chosen.size >= maxRemembered) chosen.clear();
		chosen.set(header, encoding);
	}
	return encoding;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * How hard to compress. A copy kept for many readers is compressed once, close to the best ratio
 * for HTML (brotli at quality 5, gzip at level 6); a page sent to one reader only, such as every
 * page while the API keeps no cache, at the levels below, which took half the CPU for a
 * 4–5% larger `/partners` page (117 KB: brotli 1.0 ms against 1.7, gzip 1.0 against 2.5).
 */
export type Effort = 'kept' | 'once';

const levels: Record<Effort, { br: number; gzip: number }> = {
	kept: { br: 5, gzip: 6 },
	once: { br: 4, gzip: 4 }
};

/** A body in `encoding`, compressed off the main thread as hard as `effort` says. */
export async function encode(
	body: Uint8Array,
	encoding: Encoding,
	effort: Effort
): Promise<Uint8Array> {
	if (encoding === 'br') {
		return brotli(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: levels[effort].br,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		});
	}
	if (encoding === 'gzip') return gzipAsync(body, { level: levels[effort].gzip });
	return body;
}

/** Text worth compressing: pages, feeds, JSON, CSV. Images, PDFs and archives are not. */
export function isCompressible(contentType: string | null): boolean {
	return /^(text\/|application\/(json|xml|[\w.+-]+\+(json|xml))\b)/i.test(contentType ?? '');
}

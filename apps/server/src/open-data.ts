import type { ServerResponse } from 'node:http';
import { renderOpenData, type Context, type OpenDataPath, type PublicCache } from '@whatworks/api';

/**
 * Sends an open data download; anyone may fetch it, from any site. The file is kept in the public
 * cache, when there is one, like any public answer.
 */
export async function sendOpenData(
	context: Context,
	cache: PublicCache | undefined,
	path: OpenDataPath,
	res: ServerResponse
) {
	// Kept as bytes, so that every reader after the first gets them without encoding them again.
	const render = async () => {
		const file = await renderOpenData(context, path);
		return { ...file, body: Buffer.from(file.body) };
	};
	const file = cache
		? (await cache.remember(path, render, (made) => ({ bytes: made.body.byteLength }))).value
		: await render();
	res.writeHead(200, {
		'content-type': file.contentType,
		'content-length': file.body.byteLength,
		'content-disposition': `attachment; filename="${file.filename}"`,
		'cache-control': 'public, max-age=300',
		'access-control-allow-origin': '*'
	});
	res.end(file.body);
}

import type { ServerResponse } from 'node:http';
import { renderOpenData, type Context, type OpenDataPath } from '@whatworks/api';

/** Sends an open data download; anyone may fetch it, from any site. */
export async function sendOpenData(context: Context, path: OpenDataPath, res: ServerResponse) {
	const file = await renderOpenData(context, path);
	res.writeHead(200, {
		'content-type': file.contentType,
		'content-disposition': `attachment; filename="${file.filename}"`,
		'cache-control': 'public, max-age=300',
		'access-control-allow-origin': '*'
	});
	res.end(file.body);
}

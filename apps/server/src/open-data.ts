import type { ServerResponse } from 'node:http';
import { createContext, renderOpenData, type OpenDataPath } from '@whatworks/api';
import type { DatabaseHandle } from '@whatworks/db';

/** Sends an open data download; anyone may fetch it, from any site. */
export async function sendOpenData(
	database: DatabaseHandle,
	path: OpenDataPath,
	res: ServerResponse
) {
	const file = await renderOpenData(createContext(database.db), path);
	res.writeHead(200, {
		'content-type': file.contentType,
		'content-disposition': `attachment; filename="${file.filename}"`,
		'cache-control': 'public, max-age=300',
		'access-control-allow-origin': '*'
	});
	res.end(file.body);
}

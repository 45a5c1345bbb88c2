import { toEvidenceCsv, type EvidenceRecord } from '@whatworks/domain';
import { createCaller } from './app-router.js';
import type { Context } from './context.js';

/** The open data downloads, by URL path: every published outcome rating, as CSV and as JSON. */
export const openDataFiles = {
	'/data/evidence.csv': {
		contentType: 'text/csv; charset=utf-8; header=present',
		render: toEvidenceCsv
	},
	'/data/evidence.json': {
		contentType: 'application/json; charset=utf-8',
		render: (records: readonly EvidenceRecord[]) => JSON.stringify(records, null, 1)
	}
} as const;

/** The path of one open data download. */
export type OpenDataPath = keyof typeof openDataFiles;

/** Whether a URL path names an open data download. */
export function isOpenDataPath(path: string): path is OpenDataPath {
	return Object.hasOwn(openDataFiles, path);
}

/** One download, made from the same procedure API callers use. */
export async function renderOpenData(
	context: Context,
	path: OpenDataPath
): Promise<{ contentType: string; filename: string; body: string }> {
	const records = await createCaller(context).ratings.openData();
	const file = openDataFiles[path];
	return {
		contentType: file.contentType,
		filename: path.slice(path.lastIndexOf('/') + 1),
		body: file.render(records)
	};
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	dataImportKindKeys,
	DomainError,
	type DataImportDescription,
	type DataImportKind
} from '@whatworks/domain';
import { dataImports } from './data-imports.js';

// The official files in the server's data directory, which admins may import without uploading.

/** Where the kind's file would be in the data directory; null when the server has none. */
function pathInDataDir(kind: DataImportKind, dataDir: string | undefined): string | null {
	return dataDir === undefined ? null : join(dataDir, dataImports[kind].file);
}

/** Every kind of import, in order, saying whether the data directory holds its file. */
export function describeDataImports({
	dataDir
}: {
	dataDir: string | undefined;
}): DataImportDescription[] {
	return dataImportKindKeys.map((kind) => {
		const { label, file, publisher } = dataImports[kind];
		const path = pathInDataDir(kind, dataDir);
		return { kind, label, file, publisher, inDataDirectory: path !== null && existsSync(path) };
	});
}

/**
 * The text to import and the name to report it by: the uploaded text, or else the kind's file in
 * the data directory — refused (NOT_FOUND) when the directory has no such file.
 */
export function readDataImportText({
	kind,
	text,
	dataDir
}: {
	kind: DataImportKind;
	text: string | undefined;
	dataDir: string | undefined;
}): { text: string; source: string } {
	if (text !== undefined) return { text, source: 'the uploaded file' };
	const { file } = dataImports[kind];
	const path = pathInDataDir(kind, dataDir);
	if (path === null || !existsSync(path)) {
		throw new DomainError(
			'NOT_FOUND',
			`The server’s data directory has no ${file}: upload the file instead.`
		);
	}
	return { text: readFileSync(path, 'utf8'), source: file };
}

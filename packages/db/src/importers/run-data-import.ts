import {
	maxReportedImportIssues,
	type DataImportKind,
	type DataImportOutcome
} from '@whatworks/domain';
import type { Database } from '../client.js';
import { recordAudit } from '../queries/audit.js';
import { readDataImportText } from './data-import-files.js';
import { dataImports } from './data-imports.js';
import { ImportRejectedError } from './import-result.js';

/**
 * Runs one import for a member of staff — of the uploaded text, or else of the kind's file in the
 * data directory — in one transaction with its audit entry. A file with bad rows is an outcome,
 * not an error: it lists the first rows by line and how many there were, and nothing is written.
 */
export async function runDataImport(
	db: Database,
	{
		kind,
		actorId,
		...file
	}: {
		kind: DataImportKind;
		/** The uploaded file's text; without it, the data directory's file is read. */
		text: string | undefined;
		dataDir: string | undefined;
		actorId: number;
	}
): Promise<DataImportOutcome> {
	// `source` names the file in the outcome and in error messages.
	const { text, source } = readDataImportText({ kind, ...file });
	try {
		const summary = await db.transaction(async (tx) => {
			const result = await dataImports[kind].run(tx, { text, source });
			await recordAudit(tx, {
				actorId,
				action: 'data.imported',
				subjectType: 'data-import',
				subjectId: kind
			});
			return result;
		});
		return { ok: true, source, ...summary };
	} catch (error) {
		if (!(error instanceof ImportRejectedError)) throw error;
		return {
			ok: false,
			source,
			issues: error.issues.slice(0, maxReportedImportIssues),
			issueCount: error.issues.length
		};
	}
}

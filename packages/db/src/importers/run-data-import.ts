import {
	maxReportedImportIssues,
	type DataImportKind,
	type DataImportOutcome
} from '@whatworks/domain';
import type { Database } from '../client.js';
import { recordAudit } from '../queries/audit.js';
import { dataImports } from './data-imports.js';
import { ImportRejectedError } from './import-result.js';

/**
 * Runs one import for a member of staff, in one transaction with its audit entry. A file with bad
 * rows is an outcome, not an error: it lists the first rows by line and how many there were, and
 * nothing is written.
 */
export async function runDataImport(
	db: Database,
	{
		kind,
		text,
		source,
		actorId
	}: {
		kind: DataImportKind;
		text: string;
		/** Names the file in the outcome and in error messages. */
		source: string;
		actorId: number;
	}
): Promise<DataImportOutcome> {
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

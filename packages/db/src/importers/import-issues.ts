/** A problem with one line of an imported file. */
export interface ImportIssue {
	line: number;
	message: string;
}

/** Raised when a file has bad rows; nothing from the file has been written. */
export class ImportRejectedError extends Error {
	override readonly name = 'ImportRejectedError';

	constructor(
		readonly source: string,
		readonly issues: ImportIssue[]
	) {
		super(
			`${source}: ${issues.length} bad ${issues.length === 1 ? 'row' : 'rows'}, nothing imported\n` +
				issues.map((issue) => `  line ${issue.line}: ${issue.message}`).join('\n')
		);
	}
}

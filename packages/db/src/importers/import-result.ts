import type { Database } from '../client.js';

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

/** What an import changed. Running the same file again reports everything unchanged. */
export interface ImportSummary {
	inserted: number;
	updated: number;
	unchanged: number;
	/** Records gone from a file that describes the whole set (the boundaries), when any were. */
	removed?: number;
}

/** How far an import has got: records written out of the total. */
export interface ImportProgress {
	done: number;
	total: number;
}

/** Options every importer takes. */
export interface ImportOptions {
	/** Names the file in error messages, e.g. its path. */
	source?: string;
	/** Called as records are written, for a progress display. */
	onProgress?: (progress: ImportProgress) => void;
}

/** What an importer takes: the file's text, and the options every importer takes. */
export interface ImportInput extends ImportOptions {
	text: string;
}

/**
 * An importer: validates every record of a file, rejects the whole file with
 * {@link ImportRejectedError} when any is bad, and otherwise writes it in one transaction.
 */
export type Importer = (db: Database, input: ImportInput) => Promise<ImportSummary>;

/** Records are written in batches this size, with progress reported after each. */
export const importBatchSize = 250;

/**
 * Writes the records that differ from what is stored — new ones and changed ones — in batches of
 * {@link importBatchSize} with progress after each, and says what changed. Run it inside the
 * import's transaction.
 */
export async function writeChanged<R, S>(
	records: readonly R[],
	{
		key,
		stored,
		differs,
		write,
		onProgress
	}: {
		key: (record: R) => string;
		/** The rows already there, by key. */
		stored: ReadonlyMap<string, S>;
		differs: (record: R, row: S) => boolean;
		/** Upserts one batch. */
		write: (batch: R[]) => Promise<unknown>;
		onProgress?: ImportOptions['onProgress'];
	}
): Promise<ImportSummary> {
	const changed = records.filter((record) => {
		const row = stored.get(key(record));
		return row === undefined || differs(record, row);
	});
	for (let start = 0; start < changed.length; start += importBatchSize) {
		const batch = changed.slice(start, start + importBatchSize);
		await write(batch);
		onProgress?.({ done: start + batch.length, total: changed.length });
	}
	const inserted = changed.filter((record) => !stored.has(key(record))).length;
	return {
		inserted,
		updated: changed.length - inserted,
		unchanged: records.length - changed.length
	};
}

import { z } from 'zod';

/**
 * The official files the Centre imports, in the order a new database needs them.
 * @example dataImportKindKeys[0] // 'local-authorities'
 */
export const dataImportKindKeys = [
	'local-authorities',
	'ofsted-inspections',
	'looked-after-rates',
	'boundaries'
] as const;

/** One kind of import. */
export type DataImportKind = z.infer<typeof dataImportKindSchema>;
/** Validates a kind of import. */
export const dataImportKindSchema = z.enum(dataImportKindKeys).describe('Kind of data import');

/** Uploaded files travel to the API as text inside its 1 MB request limit; larger ones use the CLI. */
export const maxImportFileChars = 900_000;

/** Parameters of `imports.run`: a kind and the uploaded file, or none to read the data directory. */
export type DataImportRunInput = z.infer<typeof dataImportRunInputSchema>;
/** Validates an import request. */
export const dataImportRunInputSchema = z.object({
	kind: dataImportKindSchema,
	text: z
		.string()
		.min(1, 'The file is empty')
		.max(
			maxImportFileChars,
			'The file is too large to upload here (900 KB at most); import it with `pnpm data:import` instead'
		)
		.optional()
});

/** One kind of import as the console lists it. */
export type DataImportDescription = z.infer<typeof dataImportDescriptionSchema>;
/** Validates an import's description. */
export const dataImportDescriptionSchema = z.object({
	kind: dataImportKindSchema,
	label: z.string(),
	file: z.string().describe('Its name in the data directory'),
	publisher: z.string(),
	inDataDirectory: z.boolean().describe('Whether the server’s data directory has the file')
});

/** How many problems an import reports at most; the count says how many there were. */
export const maxReportedImportIssues = 200;

/** What an import did: what changed, or why the file was refused (with nothing written). */
export type DataImportOutcome = z.infer<typeof dataImportOutcomeSchema>;
/** Validates an import's outcome. */
export const dataImportOutcomeSchema = z.discriminatedUnion('ok', [
	z.object({
		ok: z.literal(true),
		source: z.string(),
		inserted: z.int().min(0),
		updated: z.int().min(0),
		unchanged: z.int().min(0),
		removed: z.int().min(0).optional().describe('Areas gone from a whole-map file')
	}),
	z.object({
		ok: z.literal(false),
		source: z.string(),
		issues: z
			.array(z.object({ line: z.int().min(1), message: z.string() }))
			.max(maxReportedImportIssues),
		issueCount: z.int().min(1)
	})
]);

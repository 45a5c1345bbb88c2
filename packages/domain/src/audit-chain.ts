import { z } from 'zod';

/**
 * The newest entry of the audit log's hash chain: its place and its hash. Recorded somewhere else,
 * it lets a later check notice the newest entries being removed.
 */
export type AuditChainHead = z.infer<typeof auditChainHeadSchema>;
/** Validates a chain head. */
export const auditChainHeadSchema = z.object({
	seq: z.int().min(1),
	hash: z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 hash in hexadecimal')
});

/** What checking the audit chain found. */
export type AuditChainReport = z.infer<typeof auditChainReportSchema>;
/** Validates a chain check's report. */
export const auditChainReportSchema = z.object({
	/** How many entries were checked. */
	entries: z.int(),
	head: auditChainHeadSchema.nullable(),
	/** The first entry that does not fit, and why; null when the chain is whole. */
	broken: z.object({ seq: z.int(), reason: z.string() }).nullable()
});

/**
 * A head as people copy it, `<seq>:<hash>`, or null when the text is not one.
 * @example parseAuditChainHead('12:9f…') // { seq: 12, hash: '9f…' } for a 64-digit hash
 */
export function parseAuditChainHead(text: string): AuditChainHead | null {
	const [seq, hash] = text.trim().split(':');
	return auditChainHeadSchema.safeParse({ seq: Number(seq), hash }).data ?? null;
}

/**
 * A head as people copy it.
 * @example formatAuditChainHead({ seq: 12, hash: '9f…' }) // '12:9f…'
 */
export function formatAuditChainHead(head: AuditChainHead): string {
	return `${head.seq}:${head.hash}`;
}

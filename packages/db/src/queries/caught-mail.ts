import type { CaughtMail, CaughtMailSummary } from '@whatworks/domain';
import { desc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { caughtMail } from '../schema/index.js';

/** Keeps a message the embedded default does not send. */
export async function catchMail(
	db: Database,
	message: Omit<CaughtMail, 'id' | 'caughtAt'> & { messageId: string; caughtAt: Date }
): Promise<void> {
	await db.insert(caughtMail).values(message);
}

/** The latest caught messages, newest first. */
export async function listCaughtMail(
	db: Database,
	{ limit }: { limit: number }
): Promise<CaughtMailSummary[]> {
	const rows = await db
		.select({
			id: caughtMail.id,
			recipient: caughtMail.recipient,
			subject: caughtMail.subject,
			caughtAt: caughtMail.caughtAt
		})
		.from(caughtMail)
		.orderBy(desc(caughtMail.id))
		.limit(limit);
	return rows.map((row) => ({ ...row, caughtAt: row.caughtAt.toISOString() }));
}

/** One caught message whole, or null. */
export async function findCaughtMail(db: Database, id: number): Promise<CaughtMail | null> {
	const [row] = await db.select().from(caughtMail).where(eq(caughtMail.id, id));
	if (!row) return null;
	const { messageId: _messageId, ...message } = row;
	return { ...message, caughtAt: row.caughtAt.toISOString() };
}

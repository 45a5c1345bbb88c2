import { eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { appEvents } from '../schema/index.js';

/**
 * Records a one-off event; true the first time, false when it had already happened. Call it in
 * the transaction of the work it guards, so the work and the record commit together.
 */
export async function recordOnce(db: Database, { key }: { key: string }): Promise<boolean> {
	const inserted = await db.insert(appEvents).values({ key }).onConflictDoNothing().returning();
	return inserted.length > 0;
}

/** Whether the one-off event has been recorded. */
export async function hasHappened(db: Database, { key }: { key: string }): Promise<boolean> {
	const found = await db
		.select({ key: appEvents.key })
		.from(appEvents)
		.where(eq(appEvents.key, key));
	return found.length > 0;
}

import * as tables from '@whatworks/db/schema';

/** The Drizzle tables the benchmark writes to. */
export { tables };

/** A row to insert into a table, as Drizzle types it. */
export type NewRow<K extends keyof typeof tables> = (typeof tables)[K] extends {
	$inferInsert: infer Row;
}
	? Row
	: never;

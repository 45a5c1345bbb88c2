import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

// A list read as one JSON value, not as rows: PGlite turns every value of a result into a
// JavaScript value one by one, so 155 partners of seven columns cost it more than the query
// does, while one JSON text is parsed natively. Postgres's driver gains the same way, less.

/** The fields as one JSON object per row, under the names given. */
export function jsonObject(fields: Record<string, SQLWrapper>): SQL {
	const pairs = Object.entries(fields).map(([name, value]) => sql`${name}::text, ${value}`);
	return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/**
 * The rows' objects as one JSON array, in the order given (an empty array for no rows): the
 * one column of a select whose rows are the list.
 */
export function jsonArray<Row>(object: SQL, ...orderBy: SQL[]): SQL<Row[]> {
	const ordered = orderBy.length > 0 ? sql` order by ${sql.join(orderBy, sql`, `)}` : sql``;
	return sql<Row[]>`coalesce(json_agg(${object}${ordered}), '[]')`;
}

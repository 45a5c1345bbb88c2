import type { Database } from '../client.js';

/**
 * A query drizzle builds once per database rather than on every call: building a query (walking
 * its columns, joins and conditions into SQL text) costs more CPU than Postgres spends running a
 * small one. Values go in as `sql.placeholder`s, given to `execute`.
 * @example
 * const pageQuery = preparedOnce((db) => db.select().from(interventions)
 *   .where(eq(interventions.slug, sql.placeholder('slug'))).prepare('intervention_by_slug'));
 * await pageQuery(db).execute({ slug: 'family-drug-and-alcohol-courts' });
 */
export function preparedOnce<Query>(prepare: (db: Database) => Query): (db: Database) => Query {
	const prepared = new WeakMap<Database, Query>();
	return (db) => {
		let query = prepared.get(db);
		if (!query) prepared.set(db, (query = prepare(db)));
		return query;
	};
}

import { latestNewsCount, type HomePage } from '@whatworks/domain';
import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { articles, interventions, partners } from '../schema/index.js';
import { isLive } from './interventions.js';
import { articleSummaryColumns, withIsoInstants } from './news.js';
import { preparedOnce } from './prepared-once.js';

/** How many interventions readers can see and how many partners there are, counted in SQL. */
const counts = {
	interventionCount: sql<number>`(select count(*) from ${interventions} where ${isLive})`.mapWith(
		Number
	),
	partnerCount: sql<number>`(select count(*) from ${partners})`.mapWith(Number)
};

/** The latest articles, each row carrying the counts (Postgres works them out once). */
const homePageQuery = preparedOnce((db: Database) =>
	db
		.select({ ...articleSummaryColumns, ...counts })
		.from(articles)
		.where(eq(articles.live, true))
		.orderBy(desc(articles.firstPublishedAt), desc(articles.id))
		.limit(latestNewsCount)
		.prepare('home_page')
);

/**
 * The home page's data in one statement: how many interventions are published, how many
 * partners there are and the latest articles. It counts rather than lists, so 10,000
 * interventions cost it an index scan, not 14 MB of summaries.
 */
export async function findHomePage(db: Database): Promise<HomePage> {
	const rows = await homePageQuery(db).execute();
	// With no news there is no row to carry the counts: count apart.
	const [totals] = rows.length > 0 ? rows : await db.select(counts).from(sql`(values (1)) as one`);
	return {
		interventionCount: totals?.interventionCount ?? 0,
		partnerCount: totals?.partnerCount ?? 0,
		latestNews: rows.map(({ interventionCount: _count, partnerCount: _partners, ...article }) =>
			withIsoInstants(article)
		)
	};
}

import type { Database } from '../client.js';
import { articleStore } from '../drafts/stores/article.js';
import { authorStore } from '../drafts/stores/author.js';
import { recordOnce } from '../queries/app-events.js';
import { seedArticles, seedAuthors } from './news.js';

const newsEventKey = 'news-seeded';

/**
 * Seeds the Centre's news of July 2018 – July 2019 and its blog authors, once per database,
 * through the stores publishing uses, each article dated when the Centre first published it.
 * Needs the research seeded first: the articles link to its projects, partners and publications.
 * Returns whether it seeded anything.
 */
export async function seedNews(db: Database): Promise<boolean> {
	return db.transaction(async (tx) => {
		if (!(await recordOnce(tx, { key: newsEventKey }))) return false;
		for (const content of seedAuthors) {
			await authorStore.publish(tx, {
				targetSlug: null,
				content,
				now: new Date(),
				changeNote: null
			});
		}
		// Oldest first, so ids follow the order the Centre published them in.
		for (const { firstPublishedAt, ...content } of [...seedArticles].reverse()) {
			await articleStore.publish(tx, {
				targetSlug: null,
				content: { ...content, image: null },
				now: new Date(firstPublishedAt),
				changeNote: null
			});
		}
		return true;
	});
}

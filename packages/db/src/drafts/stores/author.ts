import { listedItems } from '../../queries/listed-items.js';
import type { ContentStore } from './content-store.js';
import { authors } from '../../schema/index.js';
import { findAuthorContent } from '../../queries/authors.js';
import { writeRecord } from './write-record.js';

/** Where authors live. */
export const authorStore: ContentStore<'author'> = {
	live: findAuthorContent,
	listed: (db) => listedItems(db, { kind: 'author', table: authors, slug: authors.slug }),
	publish: async (tx, { targetSlug, content }) => {
		await writeRecord(tx, { table: authors, targetSlug, values: content });
	}
};

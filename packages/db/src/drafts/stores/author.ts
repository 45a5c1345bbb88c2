import type { ContentStore } from './content-store.js';
import { authors } from '../../schema/index.js';
import { findAuthorContent } from '../../queries/news.js';
import { writeRecord } from './write-record.js';

/** Where authors live. */
export const authorStore: ContentStore<'author'> = {
	live: findAuthorContent,
	publish: async (tx, { targetSlug, content }) => {
		await writeRecord(tx, { table: authors, targetSlug, values: content });
	}
};

import { listedItems } from '../../queries/listed-items.js';
import {
	findKeptEntries,
	findNewsletterContent,
	newsletterEntries
} from '../../queries/newsletters.js';
import { newsletters } from '../../schema/index.js';
import type { ContentStore } from './content-store.js';
import { writeRecord } from './write-record.js';

/**
 * Where e-newsletter issues live. Publishing takes the title and summary of each page an item
 * brings in as they are then, so the archive shows what the issue said; a correction published
 * later keeps the words of the pages it had already brought in.
 */
export const newsletterStore: ContentStore<'newsletter'> = {
	live: findNewsletterContent,
	listed: (db) =>
		listedItems(db, {
			kind: 'newsletter',
			table: newsletters,
			slug: newsletters.slug,
			ownDate: newsletters.issuedOn
		}),
	publish: async (tx, { targetSlug, content }) => {
		await writeRecord(tx, {
			table: newsletters,
			targetSlug,
			values: {
				...content,
				number: Number(content.slug),
				entries: await newsletterEntries(
					tx,
					content.items,
					targetSlug === null ? new Map() : await findKeptEntries(tx, { slug: targetSlug })
				)
			}
		});
	}
};

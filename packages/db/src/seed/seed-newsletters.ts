import type { Database } from '../client.js';
import { newsletterStore } from '../drafts/stores/newsletter.js';
import { recordOnce } from '../queries/app-events.js';
import { seedNewsletters as issues } from './newsletters.js';

const newslettersEventKey = 'newsletters-seeded';

/**
 * Seeds e-newsletters no.13 and no.16 in the archive, once per database, through the store
 * publishing uses. Needs the research and the news seeded first: their items bring in those pages.
 * Returns whether it seeded anything.
 */
export async function seedNewsletters(db: Database): Promise<boolean> {
	return db.transaction(async (tx) => {
		if (!(await recordOnce(tx, { key: newslettersEventKey }))) return false;
		for (const content of issues) {
			await newsletterStore.publish(tx, {
				targetSlug: null,
				content,
				now: new Date(`${content.issuedOn}T09:00:00Z`),
				changeNote: null
			});
		}
		return true;
	});
}

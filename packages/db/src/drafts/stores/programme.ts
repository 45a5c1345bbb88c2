import { listedItems } from '../../queries/listed-items.js';
import type { ProgrammeContent } from '@whatworks/domain';
import { eq } from 'drizzle-orm';
import type { Database } from '../../client.js';
import type { ContentStore, PublishedItem } from './content-store.js';
import { programmes } from '../../schema/index.js';
import { writeRecord } from './write-record.js';

/** A live programme as a draft starts from. */
async function liveProgramme(
	db: Database,
	{ slug }: { slug: string }
): Promise<ProgrammeContent | null> {
	// The row alone: the public page's partners, waves and projects are not part of a draft.
	const [live] = await db.select().from(programmes).where(eq(programmes.slug, slug));
	if (!live) return null;
	return {
		slug: live.slug,
		name: live.name,
		description: live.description,
		theme: live.theme,
		startDate: live.startDate,
		endDate: live.endDate,
		budgetGbp: live.budgetGbp
	};
}

/** Writes a programme to the live table; its partners are edited on the partners' own pages. */
async function publishProgramme(
	tx: Database,
	{ targetSlug, content }: PublishedItem<'programme'>
): Promise<void> {
	await writeRecord(tx, { table: programmes, targetSlug, values: content });
}

/** Where programmes live. */
export const programmeStore: ContentStore<'programme'> = {
	live: liveProgramme,
	publish: publishProgramme,
	listed: (db) => listedItems(db, { kind: 'programme', table: programmes, slug: programmes.slug })
};

import { listedItems } from '../../queries/listed-items.js';
import type { PartnerContent } from '@whatworks/domain';
import { eq } from 'drizzle-orm';
import type { Database } from '../../client.js';
import type { ContentStore, PublishedItem } from './content-store.js';
import { participations, partners } from '../../schema/index.js';
import { findParticipations } from '../../queries/partners.js';
import { idsBySlug } from './ids-by-slug.js';
import { writeRecord } from './write-record.js';

/** A live partner as a draft starts from. */
async function livePartner(
	db: Database,
	{ slug }: { slug: string }
): Promise<PartnerContent | null> {
	// The row and its participations: the public page's projects, Ofsted and figures are not part of a draft.
	const [live] = await db.select().from(partners).where(eq(partners.slug, slug));
	if (!live) return null;
	const participationList = await findParticipations(db, { partnerId: live.id });
	return {
		slug: live.slug,
		name: live.name,
		type: live.type,
		region: live.region,
		gssCode: live.gssCode,
		dfeCode: live.dfeCode,
		participations: participationList.map(({ programme, ...participation }) => ({
			programmeSlug: programme.slug,
			...participation
		}))
	};
}

/** Writes a partner and replaces its participations. */
async function publishPartner(
	tx: Database,
	{ targetSlug, content }: PublishedItem<'partner'>
): Promise<void> {
	const programmeIds = await idsBySlug(tx, {
		table: 'programmes',
		slugs: content.participations.map((participation) => participation.programmeSlug)
	});
	const partnerId = await writeRecord(tx, {
		table: partners,
		targetSlug,
		values: {
			slug: content.slug,
			name: content.name,
			type: content.type,
			region: content.region,
			gssCode: content.gssCode,
			dfeCode: content.dfeCode,
			updatedAt: new Date()
		}
	});
	await tx.delete(participations).where(eq(participations.partnerId, partnerId));
	if (content.participations.length > 0) {
		await tx.insert(participations).values(
			content.participations.map(({ programmeSlug: _slug, ...participation }, index) => ({
				...participation,
				partnerId,
				programmeId: programmeIds[index] as number
			}))
		);
	}
}

/** Where partners live. */
export const partnerStore: ContentStore<'partner'> = {
	live: livePartner,
	publish: publishPartner,
	listed: (db) => listedItems(db, { kind: 'partner', table: partners, slug: partners.slug })
};

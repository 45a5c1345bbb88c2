import { currentRatingStandards, DomainError, type RatingStandards } from '@whatworks/domain';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { outcomeRatings, ratingOverrides, ratingSnapshots } from '../schema/index.js';
import { seedDemoContent } from '../seed/seed-demo-content.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { createActiveAccount } from './accounts.js';
import { listAuditEvents } from './audit.js';
import { findInterventionBySlug } from './interventions.js';
import { listEvidenceRecords } from './open-data.js';
import { dryRunStandards, republishUnderStandards } from './standards-review.js';

/**
 * A fixture version that is stricter on small evidence: fewer than 350 participants (not 300)
 * lower the strength. Two demo ratings rest on 331 and 333 participants.
 */
const stricter: RatingStandards = {
	version: '1.1.0',
	thresholds: { ...currentRatingStandards.thresholds, impreciseBelowParticipants: 350 }
};

const changeNote = 'Evidence Standards 1.1.0 ask for 350 participants before evidence is precise.';

describe.each(testDatabaseKinds)('republishing under new standards on %s', (kind) => {
	let handle: DatabaseHandle;
	let reviewerId: number;
	let ratingCount: number;

	const snapshotCount = async () =>
		(await handle.db.select({ n: count() }).from(ratingSnapshots))[0]?.n;
	const publishedRatings = () =>
		handle.db
			.select({
				id: outcomeRatings.id,
				effectiveness: outcomeRatings.effectiveness,
				strength: outcomeRatings.strength
			})
			.from(outcomeRatings)
			.orderBy(outcomeRatings.id);
	const republish = (fingerprint: string) =>
		republishUnderStandards(handle.db, {
			standards: stricter,
			fingerprint,
			changeNote,
			actorId: reviewerId
		});

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
		({ userId: reviewerId } = await createActiveAccount(handle.db, {
			email: 'reviewer@example.org',
			name: 'The reviewer',
			roles: ['reviewer'],
			passwordHash: 'not used here'
		}));
		ratingCount = (await listEvidenceRecords(handle.db)).length;
	});
	afterAll(async () => {
		await handle.close();
	});

	it('finds nothing pending under the standards every rating was published by', async () => {
		const dryRun = await dryRunStandards(handle.db);
		expect(dryRun).toMatchObject({ standardsVersion: '1.0.0', changes: [], unchangedCount: 0 });
		await expect(
			republishUnderStandards(handle.db, {
				fingerprint: dryRun.fingerprint,
				changeNote,
				actorId: reviewerId
			})
		).rejects.toThrow('there is nothing to republish');
	});

	it('lists exactly the ratings a moved threshold changes, old → new with the rules that fired, changing nothing', async () => {
		const before = { snapshots: await snapshotCount(), ratings: await publishedRatings() };
		const dryRun = await dryRunStandards(handle.db, { standards: stricter });
		expect(dryRun.standardsVersion).toBe('1.1.0');
		expect(
			dryRun.changes.map(({ intervention, outcome, from, to }) => ({
				intervention: intervention.slug,
				outcome,
				from,
				to
			}))
		).toEqual([
			{
				intervention: 'kinship-care',
				outcome: 'Placement stability',
				from: {
					effectiveness: 'tends-positive',
					strength: 'moderate',
					source: 'computed',
					standardsVersion: '1.0.0'
				},
				to: {
					effectiveness: 'tends-positive',
					strength: 'low',
					source: 'computed',
					standardsVersion: '1.1.0'
				}
			},
			{
				intervention: 'solution-focused-brief-therapy',
				outcome: 'Child behaviour problems',
				from: {
					effectiveness: 'no-effect',
					strength: 'low',
					source: 'computed',
					standardsVersion: '1.0.0'
				},
				to: {
					effectiveness: 'no-effect',
					strength: 'very-low',
					source: 'computed',
					standardsVersion: '1.1.0'
				}
			}
		]);
		expect(dryRun.changes[0]?.reasons).toEqual([
			expect.objectContaining({ ruleId: 'E-POSITIVE' }),
			expect.objectContaining({ ruleId: 'S-START-MODERATE' }),
			{
				ruleId: 'S-IMPRECISE',
				text: 'Only 333 people took part in the counted comparisons (fewer than 350).'
			}
		]);
		// Overridden ratings keep the reviewer's rating, so they are pending but unchanged.
		expect(dryRun.unchangedCount).toBe(ratingCount - 2);
		expect(await dryRunStandards(handle.db, { standards: stricter })).toEqual(dryRun);
		expect({ snapshots: await snapshotCount(), ratings: await publishedRatings() }).toEqual(before);
	});

	it('refuses to republish a list that moved since the reviewer saw it', async () => {
		const seen = await dryRunStandards(handle.db, { standards: stricter });
		const [pending] = seen.changes;
		// Meanwhile a reviewer's rating is stored for one of the changed outcomes.
		await handle.db.insert(ratingOverrides).values({
			outcomeRatingId: pending?.outcomeRatingId ?? 0,
			effectiveness: 'tends-positive',
			strength: 'moderate',
			justification: 'The only trial was large enough for this outcome, as the authors argue.'
		});
		try {
			const snapshots = await snapshotCount();
			const refusal = await republish(seen.fingerprint).catch((error: unknown) => error);
			expect(refusal).toBeInstanceOf(DomainError);
			expect(refusal).toMatchObject({ code: 'CONFLICT' });
			expect((refusal as Error).message).toMatch(/changed since you looked/);
			expect(await snapshotCount()).toBe(snapshots);
			const now = await dryRunStandards(handle.db, { standards: stricter });
			// It would now publish the reviewer's rating instead.
			expect(now.changes.find((c) => c.outcomeRatingId === pending?.outcomeRatingId)?.to).toEqual({
				effectiveness: 'tends-positive',
				strength: 'moderate',
				source: 'override',
				standardsVersion: '1.1.0'
			});
			expect(now.fingerprint).not.toBe(seen.fingerprint);
		} finally {
			await handle.db
				.delete(ratingOverrides)
				.where(eq(ratingOverrides.outcomeRatingId, pending?.outcomeRatingId ?? 0));
		}
	});

	it('is all or nothing: a failure at the last step leaves every rating as it was', async () => {
		const before = {
			snapshots: await snapshotCount(),
			ratings: await publishedRatings(),
			audit: (await listAuditEvents(handle.db)).length
		};
		const { fingerprint } = await dryRunStandards(handle.db, { standards: stricter });
		// The audit entry is written after every rating: make writing it fail.
		await handle.db.execute(sql`
			create function refuse_republish() returns trigger language plpgsql as $$
			begin
				if new.action = 'ratings.republished' then raise exception 'audit log unavailable'; end if;
				return new;
			end $$`);
		await handle.db.execute(sql`
			create trigger refuse_republish before insert on audit_events
			for each row execute function refuse_republish()`);
		try {
			await expect(republish(fingerprint)).rejects.toThrow();
		} finally {
			await handle.db.execute(sql`drop trigger refuse_republish on audit_events`);
			await handle.db.execute(sql`drop function refuse_republish()`);
		}
		expect({
			snapshots: await snapshotCount(),
			ratings: await publishedRatings(),
			audit: (await listAuditEvents(handle.db)).length
		}).toEqual(before);
		expect((await dryRunStandards(handle.db, { standards: stricter })).fingerprint).toBe(
			fingerprint
		);
	});

	it('republishes every pending rating under the new version in one step, with the note in the change log', async () => {
		const { fingerprint } = await dryRunStandards(handle.db, { standards: stricter });
		const snapshots = (await snapshotCount()) ?? 0;
		expect(await republish(fingerprint)).toEqual({
			standardsVersion: '1.1.0',
			republished: ratingCount,
			changed: 2
		});
		expect(await snapshotCount()).toBe(snapshots + ratingCount);

		const kinship = await findInterventionBySlug(handle.db, { slug: 'kinship-care' });
		expect(kinship?.outcomes.find((o) => o.outcome === 'Placement stability')?.strength).toBe(
			'low'
		);
		// The change leads the public change log; the unchanged rating is not logged as a change.
		expect(kinship?.ratingChanges[0]).toMatchObject({
			outcome: 'Placement stability',
			date: new Date().toISOString().slice(0, 10),
			effectiveness: 'tends-positive',
			strength: 'low',
			previous: { effectiveness: 'tends-positive', strength: 'moderate' },
			source: 'computed',
			standardsVersion: '1.1.0',
			note: changeNote
		});
		expect(kinship?.ratingChanges.filter((c) => c.standardsVersion === '1.1.0')).toHaveLength(1);
		expect(kinship?.ratingChanges.slice(1).every((c) => c.note === null)).toBe(true);

		const records = await listEvidenceRecords(handle.db);
		expect(records.every((record) => record.standards_version === '1.1.0')).toBe(true);
		expect(
			records.find(
				(r) =>
					r.intervention_slug === 'solution-focused-brief-therapy' &&
					r.outcome === 'Child behaviour problems'
			)?.strength
		).toBe('very-low');

		const [entry] = await listAuditEvents(handle.db, { action: 'ratings.republished' });
		expect(entry).toMatchObject({
			actorId: reviewerId,
			actorEmail: 'reviewer@example.org',
			subjectType: 'evidence-standards',
			subjectId: '1.1.0',
			detail: { republished: ratingCount, changed: 2, changeNote }
		});
	});

	it('has nothing left to republish afterwards', async () => {
		const dryRun = await dryRunStandards(handle.db, { standards: stricter });
		expect(dryRun).toMatchObject({ changes: [], unchangedCount: 0 });
		await expect(republish(dryRun.fingerprint)).rejects.toMatchObject({ code: 'CONFLICT' });
	});
});

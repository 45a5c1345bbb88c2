import { testDatabaseKinds } from '@whatworks/db/testing';
import { currentRatingStandards, type RatingStandards } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

/**
 * A fixture version of the Evidence Standards standing in for the code's: it moves the imprecision
 * threshold from 300 to 350 participants, which two demo ratings (331 and 333) fall below.
 */
const stricter: RatingStandards = {
	version: '1.1.0',
	thresholds: { ...currentRatingStandards.thresholds, impreciseBelowParticipants: 350 }
};

const changeNote = 'Stricter on small studies: 350 participants before evidence counts as precise.';

describe.each(testDatabaseKinds)('republishing ratings under new standards on %s', (engine) => {
	let api: StaffedApi;
	beforeAll(async () => {
		api = await openStaffedApi(engine, { standards: stricter });
	});
	afterAll(async () => {
		await api.handle.close();
	});

	it('shows reviewers and admins what would change, and nobody else', async () => {
		const dryRun = await api.staff.reviewer.ratings.dryRun();
		expect(dryRun.standardsVersion).toBe('1.1.0');
		expect(
			dryRun.changes.map((c) => [c.intervention.name, c.outcome, c.from.strength, c.to.strength])
		).toEqual([
			['Kinship care', 'Placement stability', 'moderate', 'low'],
			['Solution-focused brief therapy', 'Child behaviour problems', 'low', 'very-low']
		]);
		expect(dryRun.changes.map((c) => c.reasons.at(-1)?.ruleId)).toEqual([
			'S-IMPRECISE',
			'S-IMPRECISE'
		]);
		expect(await api.staff.admin.ratings.dryRun()).toEqual(dryRun);
		await expect(api.staff.editor.ratings.dryRun()).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(api.as(null).ratings.dryRun()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(
			api.staff.editor.ratings.republish({ fingerprint: dryRun.fingerprint, changeNote })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('asks for a change note, on its field', async () => {
		const { fingerprint } = await api.staff.reviewer.ratings.dryRun();
		await expect(
			api.staff.reviewer.ratings.republish({ fingerprint, changeNote: '  ' })
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: 'Write a change note for the public change log',
			cause: { issues: [expect.objectContaining({ path: ['changeNote'] })] }
		});
	});

	it('refuses a dry run that is out of date, changing nothing', async () => {
		const before = await api.as(null).ratings.openData();
		const refused = api.staff.reviewer.ratings.republish({
			fingerprint: 'f'.repeat(64),
			changeNote
		});
		await expect(refused).rejects.toMatchObject({ code: 'CONFLICT' });
		await expect(refused).rejects.toThrow(/changed since you looked/);
		expect(await api.as(null).ratings.openData()).toEqual(before);
	});

	it('republishes in one step: the public change log carries the note, the open data the version', async () => {
		const dryRun = await api.staff.reviewer.ratings.dryRun();
		const cacheVersion = api.cache.version;
		const outcome = await api.staff.reviewer.ratings.republish({
			fingerprint: dryRun.fingerprint,
			changeNote
		});
		expect(outcome).toEqual({
			standardsVersion: '1.1.0',
			republished: dryRun.changes.length + dryRun.unchangedCount,
			changed: 2
		});
		expect(api.cache.version).not.toBe(cacheVersion);

		const kinship = await api.as(null).interventions.get({ slug: 'kinship-care' });
		expect(kinship.ratingChanges[0]).toMatchObject({
			outcome: 'Placement stability',
			effectiveness: 'tends-positive',
			strength: 'low',
			previous: { effectiveness: 'tends-positive', strength: 'moderate' },
			standardsVersion: '1.1.0',
			note: changeNote
		});
		// The page's analysis gives the rules the rating was published under, not the code's.
		const placement = kinship.evidence.find((item) => item.outcome === 'Placement stability');
		expect(placement?.standardsVersion).toBe('1.1.0');
		expect(placement?.reasons.find((reason) => reason.ruleId === 'S-IMPRECISE')?.text).toMatch(
			/350/
		);
		const openData = await api.as(null).ratings.openData();
		expect(new Set(openData.map((record) => record.standards_version))).toEqual(new Set(['1.1.0']));

		const [entry] = await api.staff.admin.audit.list({ action: 'ratings.republished' });
		expect(entry).toMatchObject({
			actorEmail: 'reviewer@example.org',
			subjectId: '1.1.0',
			detail: { republished: outcome.republished, changed: 2, changeNote }
		});

		const after = await api.staff.reviewer.ratings.dryRun();
		expect(after).toMatchObject({ changes: [], unchangedCount: 0 });
		await expect(
			api.staff.reviewer.ratings.republish({ fingerprint: after.fingerprint, changeNote })
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});
});

import {
	standardsRepublishInputSchema,
	type PendingRatingChange,
	type StandardsDryRun
} from '@whatworks/domain';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readForm } from '@whatworks/ui';
import { formOfHtml } from '$lib/testing/form-of-html';
import StandardsPage from './+page.svelte';

const staff = { id: 1, email: 'reviewer@example.org', name: 'The reviewer', roles: ['reviewer'] };
const kinship: PendingRatingChange = {
	outcomeRatingId: 14,
	intervention: { slug: 'kinship-care', name: 'Kinship care' },
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
	},
	reasons: [
		{ ruleId: 'E-POSITIVE', text: 'The pooled effect is above zero throughout.' },
		{ ruleId: 'S-START-MODERATE', text: 'One comparison was rated high.' },
		{
			ruleId: 'S-IMPRECISE',
			text: 'Only 333 people took part in the counted comparisons (fewer than 350).'
		}
	]
};

const pageOf = (dryRun: StandardsDryRun, form: Record<string, unknown> | null = null) =>
	render(StandardsPage, {
		props: { data: { staff, dryRun }, form, params: {} } as never
	}).body;

describe('the Evidence Standards page', () => {
	it('lists each rating the new version would change, old → new with the rules that fired', () => {
		const html = pageOf({
			standardsVersion: '1.1.0',
			changes: [kinship],
			unchangedCount: 25,
			fingerprint: 'abc123'
		});
		expect(html).toContain('Ratings that would change');
		expect(html).toContain('Kinship care');
		expect(html).toMatch(
			/Tended to be positive, moderate strength\s*<span[^>]*>\(version 1\.0\.0\)/
		);
		expect(html).toMatch(/Tended to be positive, low strength\s*<span[^>]*>\(version 1\.1\.0\)/);
		expect(html).toContain('<strong>S-IMPRECISE</strong>: Only 333 people');
		expect(html).toContain('the other 25 stay as they are');
		expect(html).toContain('Republish 26 ratings under version 1.1.0');
	});

	it('sends the dry run it showed and the change note, as the republish reads them', () => {
		const html = pageOf(
			{ standardsVersion: '1.1.0', changes: [kinship], unchangedCount: 0, fingerprint: 'abc123' },
			{ changeNote: 'Stricter on small studies.', errors: [] }
		);
		const sent = readForm(formOfHtml(html), standardsRepublishInputSchema);
		expect(standardsRepublishInputSchema.parse(sent)).toEqual({
			fingerprint: 'abc123',
			changeNote: 'Stricter on small studies.'
		});
	});

	it('says plainly when nothing is waiting to be republished, with no form', () => {
		const html = pageOf({
			standardsVersion: '1.0.0',
			changes: [],
			unchangedCount: 0,
			fingerprint: 'abc123'
		});
		expect(html).toContain('Every published rating is under version 1.0.0');
		expect(html).not.toContain('<form');
	});
});

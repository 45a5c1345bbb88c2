import { describe, expect, it } from 'vitest';
import { diffContent } from './content-diff.js';
import {
	interventionContentSchema,
	overridesDiffer,
	type InterventionContent
} from './intervention-content.js';
import {
	contrastEntrySchema,
	newEntryKey,
	previewRating,
	studyEntrySchema,
	type ContrastEntry,
	type StudyEntry
} from './study-data.js';

const study = (key: string, country = 'US'): StudyEntry => ({
	key,
	label: `Study ${key}`,
	citation: `Author (2020). Report ${key}.`,
	year: 2020,
	country,
	design: 'rct',
	setting: '',
	independentOfDeveloper: true,
	treatmentN: 100,
	comparisonN: 100,
	followUpMonths: null,
	source: 'illustrative'
});

const contrast = (studyKey: string, effectSize: number): ContrastEntry => ({
	studyKey,
	sampleId: `sample-${studyKey}`,
	metric: 'smd',
	effectSize,
	variance: 0.02,
	ciLower: null,
	ciUpper: null,
	favourableDirection: 'higher',
	designRating: 'high',
	treatmentN: 100,
	comparisonN: 100
});

const content: InterventionContent = {
	slug: 'example',
	name: 'Example',
	alsoKnownAs: [],
	summary: 'An example intervention.',
	description: '',
	topics: [],
	ageRange: null,
	costBand: 'not-known',
	emmie: { effect: '', mechanisms: '', moderators: '', implementation: '', economics: '' },
	sourceReview: null,
	studies: [study('s1'), study('s2', 'GB')],
	outcomes: [
		{
			key: 'o1',
			outcome: 'Re-referral',
			domain: 'child-safety',
			source: 'illustrative',
			override: null,
			contrasts: [contrast('s1', 0.3), contrast('s2', 0.35)]
		}
	]
};

describe('study data in an intervention content', () => {
	it('accepts contrasts that point at the intervention’s studies', () => {
		expect(interventionContentSchema.safeParse(content).success).toBe(true);
	});

	it('names the field of a contrast whose study is missing, and of duplicate outcomes', () => {
		const outcome = content.outcomes[0]!;
		const result = interventionContentSchema.safeParse({
			...content,
			studies: [study('s1')],
			outcomes: [outcome, { ...outcome, key: 'o2', outcome: 're-referral' }]
		});
		expect(result.success).toBe(false);
		const issues = result.error?.issues.map((i) => [i.path.join('.'), i.message]);
		expect(issues).toContainEqual([
			'outcomes.0.contrasts.1.studyKey',
			'Choose one of the studies of this intervention'
		]);
		expect(issues).toContainEqual(['outcomes.1.outcome', 'Name each outcome once']);
	});

	it('refuses a confidence interval upside down, naming the field', () => {
		const outcome = content.outcomes[0]!;
		const bad = { ...contrast('s1', 0.3), variance: null, ciLower: 0.5, ciUpper: 0.1 };
		const result = interventionContentSchema.safeParse({
			...content,
			outcomes: [{ ...outcome, contrasts: [bad] }]
		});
		expect(result.error?.issues[0]?.path.join('.')).toBe('outcomes.0.contrasts.0.ciUpper');
	});
});

describe('previewRating', () => {
	it('rates the contrasts as entered, counting UK studies from their study’s country', () => {
		const preview = previewRating(content.outcomes[0]!, content.studies);
		expect(preview.computed.eligibleCount).toBe(2);
		expect(preview.computed.ukCount).toBe(1);
		expect(preview.computed.pooled?.k).toBe(2);
		expect(preview.published.source).toBe('computed');
	});

	it('shows a reviewer’s override as the published rating, and the computed one beside it', () => {
		const override = {
			effectiveness: 'no-effect' as const,
			strength: 'low' as const,
			justification: 'The trials measured re-referral in ways we cannot compare.'
		};
		const preview = previewRating({ ...content.outcomes[0]!, override }, content.studies);
		expect(preview.published).toMatchObject({ effectiveness: 'no-effect', source: 'override' });
		expect(preview.computed.effectiveness).not.toBe('no-effect');
	});
});

describe('diffContent of study data', () => {
	it('lists a changed effect size under outcomes and a new study under studies', () => {
		const outcome = content.outcomes[0]!;
		const after: InterventionContent = {
			...content,
			studies: [...content.studies, study('new-1')],
			outcomes: [{ ...outcome, contrasts: [contrast('s1', 0.5), contrast('s2', 0.35)] }]
		};
		const changes = diffContent('intervention', content, after);
		expect(changes.map((c) => c.field)).toEqual(['studies', 'outcomes']);
		expect(changes[1]?.after).toContain('Study s1, sample sample-s1: smd 0.5');
	});

	it('notices a flipped direction, which inverts a rating', () => {
		const outcome = content.outcomes[0]!;
		const flipped = outcome.contrasts.map((c) => ({ ...c, favourableDirection: 'lower' as const }));
		const changes = diffContent('intervention', content, {
			...content,
			outcomes: [{ ...outcome, contrasts: flipped }]
		});
		expect(changes.map((c) => c.field)).toEqual(['outcomes']);
	});
});

describe('overridesDiffer', () => {
	const override = {
		effectiveness: 'no-effect' as const,
		strength: 'low' as const,
		justification: 'The trials measured re-referral in ways we cannot compare.'
	};
	const outcome = content.outcomes[0]!;
	const rated: InterventionContent = { ...content, outcomes: [{ ...outcome, override }] };

	it('sees the same override with its keys in another order as unchanged', () => {
		// Postgres jsonb gives keys back shortest first.
		const reordered = {
			strength: override.strength,
			effectiveness: override.effectiveness,
			justification: override.justification
		};
		expect(
			overridesDiffer(rated, { ...rated, outcomes: [{ ...outcome, override: reordered }] })
		).toBe(false);
	});

	it('sees an override added, removed or changed', () => {
		expect(overridesDiffer(content, rated)).toBe(true);
		expect(overridesDiffer(rated, content)).toBe(true);
		const changed = { ...override, strength: 'moderate' as const };
		expect(
			overridesDiffer(rated, { ...rated, outcomes: [{ ...outcome, override: changed }] })
		).toBe(true);
	});

	it('ignores outcomes added or removed without an override', () => {
		expect(overridesDiffer(content, { ...content, outcomes: [] })).toBe(false);
	});
});

describe('numbers as editors type them', () => {
	const messages = (value: unknown) =>
		contrastEntrySchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
	const typed = { ...contrast('s1', 0.3), variance: null, ciLower: null, ciUpper: null };

	it('names a missing number, text where a number belongs and a fraction where a count does', () => {
		expect(messages({ ...typed, effectSize: undefined, variance: 0.1 })).toEqual([
			'Enter the effect size'
		]);
		expect(messages({ ...typed, effectSize: '0,3', variance: 0.1 })).toEqual([
			'The effect size must be a number'
		]);
		expect(messages({ ...typed, variance: 0.1, treatmentN: 10.5 })).toEqual([
			'The treatment group size must be a whole number'
		]);
	});

	it('reads a study’s country in either case and trims what was typed', () => {
		const parsed = studyEntrySchema.parse({ ...study('s1'), country: ' gb ', citation: ' A. ' });
		expect([parsed.country, parsed.citation]).toEqual(['GB', 'A.']);
	});
});

describe('newEntryKey', () => {
	it('names a new entry with the first key no study or outcome has', () => {
		expect(newEntryKey([{ key: 's12' }, { key: 'n1' }, { key: 'n3' }])).toBe('n2');
	});
});

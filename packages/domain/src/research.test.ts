import { describe, expect, it } from 'vitest';
import {
	canAdvanceStage,
	protocolSchema,
	publicationSchema,
	publishedBeforeWorkBegan,
	type Protocol
} from './research.js';

const protocol: Protocol = {
	evaluator: 'An independent university team',
	principalInvestigator: 'A. Researcher',
	trialType: 'Randomised controlled trial',
	localAuthorityCount: 3,
	childrenAndFamiliesCount: null,
	primaryOutcomes: ['Referrals to children’s social care'],
	secondaryOutcomes: [],
	publishedOn: '2019-03-29',
	fieldworkStartsOn: '2019-04-01'
};

describe('protocols', () => {
	it('accept a protocol published before fieldwork and say so for the badge', () => {
		expect(protocolSchema.parse(protocol)).toEqual(protocol);
		expect(publishedBeforeWorkBegan(protocol)).toBe(true);
	});

	it.each([
		['on the day fieldwork starts', '2019-04-01'],
		['after fieldwork started', '2019-05-01']
	])('refuse one published %s, naming the date', (_, publishedOn) => {
		const result = protocolSchema.safeParse({ ...protocol, publishedOn });
		expect(result.error?.issues).toEqual([
			expect.objectContaining({
				path: ['publishedOn'],
				message: 'The protocol must be published before fieldwork starts'
			})
		]);
		expect(publishedBeforeWorkBegan({ ...protocol, publishedOn })).toBe(false);
	});

	it('need a primary outcome and a real date', () => {
		const result = protocolSchema.safeParse({
			...protocol,
			primaryOutcomes: [],
			fieldworkStartsOn: '2019-02-30'
		});
		const paths = result.error?.issues.map((issue) => issue.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['primaryOutcomes', 'fieldworkStartsOn']));
	});
});

describe('project stages', () => {
	it('move forwards one at a time, so delivery always follows a published protocol', () => {
		expect(canAdvanceStage('partners-selected', 'protocol-published')).toBe(true);
		expect(canAdvanceStage('partners-selected', 'in-delivery')).toBe(false);
		expect(canAdvanceStage('reported', 'evaluating')).toBe(false);
	});
});

describe('publications', () => {
	it('refuse an unknown type and a missing author', () => {
		const result = publicationSchema.safeParse({
			slug: 'social-workers-in-schools-scoping-review',
			title: 'Social workers in schools: a scoping review',
			type: 'blog-post',
			authors: [],
			publishedOn: '2019-06-20',
			abstract: 'What is known about placing social workers in schools.',
			themes: ['front-door'],
			interventionSlugs: [],
			projectSlugs: []
		});
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['type', 'authors']);
	});
});

import { describe, expect, it } from 'vitest';
import {
	protocolSchema,
	publicationSchema,
	projectStageOn,
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
	const milestones = [
		{ stage: 'call-open', reachedOn: '2019-01-28' },
		{ stage: 'protocol-published', reachedOn: '2019-03-14' },
		{ stage: 'partners-selected', reachedOn: '2019-04-05' },
		{ stage: 'in-delivery', reachedOn: '2019-05-01' },
		{ stage: 'evaluating', reachedOn: '2020-04-01' }
	] as const;

	it('follow the dates: the furthest stage whose day has come', () => {
		expect(projectStageOn(milestones, '2019-01-27')).toBeNull();
		expect(projectStageOn(milestones, '2019-01-28')).toBe('call-open');
		expect(projectStageOn(milestones, '2019-03-20')).toBe('protocol-published');
		expect(projectStageOn(milestones, '2020-03-31')).toBe('in-delivery');
		expect(projectStageOn(milestones, '2026-12-03')).toBe('evaluating');
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

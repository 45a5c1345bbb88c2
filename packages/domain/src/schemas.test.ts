import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
	ageRangeSchema,
	interventionGetInputSchema,
	interventionListInputSchema,
	listSlugsMax
} from './intervention.js';
import { partnerListInputSchema, participationSchema, partnerSummarySchema } from './partner.js';

const firstMessage = (result: { success: boolean; error?: z.ZodError }) =>
	result.error?.issues[0]?.message;

describe('domain schemas', () => {
	it('accept a well-formed local authority partner', () => {
		const lambeth = {
			slug: 'lambeth',
			name: 'Lambeth',
			type: 'london-borough',
			gssCode: 'E09000022',
			dfeCode: '208',
			region: 'E12000007',
			programmes: []
		};
		expect(partnerSummarySchema.parse(lambeth)).toEqual(lambeth);
	});

	it('reject codes that are not English upper-tier authorities, saying what is expected', () => {
		expect(firstMessage(partnerListInputSchema.safeParse({ region: 'W92000004' }))).toMatch(
			/expected one of/i
		);
		const welsh = partnerSummarySchema.shape.gssCode.safeParse('W06000001');
		expect(firstMessage(welsh)).toBe('Expected an ONS GSS code such as E09000022');
		const district = partnerSummarySchema.shape.gssCode.safeParse('E07000223');
		expect(district.success).toBe(false);
	});

	it('reject slugs with spaces or capitals', () => {
		expect(interventionGetInputSchema.safeParse({ slug: 'Signs of Safety' }).success).toBe(false);
		expect(interventionGetInputSchema.safeParse({ slug: 'signs-of-safety' }).success).toBe(true);
	});

	it('list interventions by slug, a few at a time and each a slug', () => {
		const slugs = ['kinship-care', 'family-group-conferencing'];
		expect(interventionListInputSchema.parse({ slugs })).toEqual({ slugs });
		expect(interventionListInputSchema.parse(undefined)).toEqual({});
		expect(interventionListInputSchema.safeParse({ slugs: [] }).success).toBe(false);
		expect(interventionListInputSchema.safeParse({ slugs: ['__proto__'] }).success).toBe(false);
		const tooMany = Array.from({ length: listSlugsMax + 1 }, (_, i) => `entry-${i}`);
		expect(interventionListInputSchema.safeParse({ slugs: tooMany }).success).toBe(false);
	});

	it('reject an age range upside down and a participation ending before it starts', () => {
		expect(firstMessage(ageRangeSchema.safeParse({ min: 9, max: 3 }))).toBe(
			'The youngest age must not be above the oldest'
		);
		const participation = participationSchema.safeParse({
			programme: { slug: 'change-projects', name: 'Change Projects' },
			wave: 1,
			role: 'delivery-partner',
			strand: null,
			startDate: '2020-03-31',
			endDate: '2019-01-25',
			fundingGbp: null
		});
		expect(participation.error?.issues[0]).toMatchObject({
			path: ['endDate'],
			message: 'The end date must not be before the start date'
		});
	});

	it('reject dates that are not calendar dates', () => {
		const participation = participationSchema.safeParse({
			programme: { slug: 'x', name: 'X' },
			wave: null,
			role: 'evaluation-site',
			strand: null,
			startDate: '25/01/2019',
			endDate: null,
			fundingGbp: null
		});
		expect(participation.error?.issues[0]?.path).toEqual(['startDate']);
	});
});

import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.js';

/**
 * Kinds of partner organisation. Local authorities are told apart by type because it shapes
 * which services they run (counties and unitaries differ from London boroughs).
 * @example organisationTypeKeys.includes('london-borough') // true
 */
export const organisationTypeKeys = [
	'county',
	'metropolitan-district',
	'london-borough',
	'unitary',
	'childrens-trust',
	'university',
	'charity'
] as const;

/** One organisation type key. */
export type OrganisationType = z.infer<typeof organisationTypeSchema>;
/** Validates an organisation type key. */
export const organisationTypeSchema = z.enum(organisationTypeKeys).describe('Kind of organisation');

/**
 * Labels of the organisation types for readers.
 * @example organisationTypeLabels.unitary // 'Unitary authority'
 */
export const organisationTypeLabels = {
	county: 'County council',
	'metropolitan-district': 'Metropolitan district',
	'london-borough': 'London borough',
	unitary: 'Unitary authority',
	'childrens-trust': "Children's trust",
	university: 'University',
	charity: 'Charity'
} as const satisfies Record<OrganisationType, string>;

/**
 * The nine English regions, keyed by their ONS GSS codes.
 * @example englishRegions.E12000007 // 'London'
 */
export const englishRegions = {
	E12000001: 'North East',
	E12000002: 'North West',
	E12000003: 'Yorkshire and The Humber',
	E12000004: 'East Midlands',
	E12000005: 'West Midlands',
	E12000006: 'East of England',
	E12000007: 'London',
	E12000008: 'South East',
	E12000009: 'South West'
} as const;

/** The GSS codes of the English regions, north to south-west. */
export const regionCodes = Object.keys(englishRegions) as (keyof typeof englishRegions)[];

/** One English region's GSS code. */
export type RegionCode = z.infer<typeof regionCodeSchema>;
/** Validates an English region's GSS code. */
export const regionCodeSchema = z
	.enum(regionCodes as [keyof typeof englishRegions, ...(keyof typeof englishRegions)[]])
	.describe('ONS GSS code of an English region');

/**
 * The ONS GSS code of an English upper-tier authority with children's services:
 * unitary (E06), county (E10), metropolitan district (E08) or London borough (E09).
 */
export const gssCodeSchema = z
	.string()
	.regex(/^E(06|08|09|10)\d{6}$/, 'Expected an ONS GSS code such as E09000022')
	.describe('ONS GSS code of a local authority');

/** The Department for Education's three-digit local authority code. */
export const dfeCodeSchema = z
	.string()
	.regex(/^\d{3}$/, 'Expected a three-digit DfE code such as 208')
	.describe('DfE local authority code');

/**
 * The parts a partner can play in a programme.
 * @example participationRoleKeys[0] // 'delivery-partner'
 */
export const participationRoleKeys = [
	'delivery-partner',
	'evaluation-site',
	'co-design-partner',
	'research-partner'
] as const;

/** One participation role key. */
export type ParticipationRole = z.infer<typeof participationRoleSchema>;
/** Validates a participation role key. */
export const participationRoleSchema = z.enum(participationRoleKeys).describe('Part played');

/**
 * Labels of the participation roles for readers.
 * @example participationRoleLabels['evaluation-site'] // 'Evaluation site'
 */
export const participationRoleLabels = {
	'delivery-partner': 'Delivery partner',
	'evaluation-site': 'Evaluation site',
	'co-design-partner': 'Co-design partner',
	'research-partner': 'Research partner'
} as const satisfies Record<ParticipationRole, string>;

/** A programme a partner takes part in, as listed beside the partner. */
export type ProgrammeRef = z.infer<typeof programmeRefSchema>;
/** Validates a reference to a programme. */
export const programmeRefSchema = z.object({
	slug: slugSchema,
	name: z.string().min(1).max(200)
});

/** A partner's part in one programme. */
export type Participation = z.infer<typeof participationSchema>;
/** Validates one participation; the end date, when given, is not before the start. */
export const participationSchema = z
	.object({
		programme: programmeRefSchema,
		wave: z.int().min(1).nullable().describe('Wave of the programme, when it runs in waves'),
		role: participationRoleSchema,
		strand: z
			.string()
			.max(200)
			.nullable()
			.describe('Strand of the programme, e.g. "Social workers in schools"'),
		startDate: isoDateSchema.nullable(),
		endDate: isoDateSchema.nullable(),
		fundingGbp: z
			.int()
			.min(0)
			.nullable()
			.describe('Funding to this partner in pounds, when published')
	})
	.refine((p) => !p.startDate || !p.endDate || p.startDate <= p.endDate, {
		message: 'The end date must not be before the start date',
		path: ['endDate']
	});

/** What the partners list shows for each organisation. */
export type PartnerSummary = z.infer<typeof partnerSummarySchema>;
/** Validates a partners list entry. */
export const partnerSummarySchema = z.object({
	slug: slugSchema,
	name: z.string().min(1).max(200).describe('Name of the organisation'),
	type: organisationTypeSchema,
	gssCode: gssCodeSchema.nullable(),
	dfeCode: dfeCodeSchema.nullable(),
	region: regionCodeSchema.nullable(),
	programmes: z.array(programmeRefSchema).describe('Programmes the partner takes part in')
});

/** A partner organisation with its participations. */
export type Partner = z.infer<typeof partnerSchema>;
/** Validates a partner with its participations. */
export const partnerSchema = partnerSummarySchema.extend({
	participations: z.array(participationSchema)
});

/** Parameters of `partners.list`. */
export type PartnerListInput = z.infer<typeof partnerListInputSchema>;
/** Validates the parameters of `partners.list`; every filter is optional. */
export const partnerListInputSchema = z
	.object({
		region: regionCodeSchema.optional(),
		type: organisationTypeSchema.optional(),
		programme: slugSchema.optional(),
		wave: z.int().min(1).max(20).optional().describe('Wave of any programme')
	})
	.default({});

/** Parameters of `partners.get`. */
export type PartnerGetInput = z.infer<typeof partnerGetInputSchema>;
/** Validates the parameters of `partners.get`: trusts and charities have no GSS code, so by slug. */
export const partnerGetInputSchema = z.object({ slug: slugSchema });

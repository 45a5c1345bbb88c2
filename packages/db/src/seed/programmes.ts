import type { LocalAuthority } from '../importers/local-authorities.js';
import type { OrganisationType, Participation, RegionCode, ResearchTheme } from '@whatworks/domain';

/** An organisation without a GSS code of its own, such as a children's trust. */
export interface SeedOrganisation {
	slug: string;
	name: string;
	type: OrganisationType;
	region: RegionCode;
}

/** One seeded programme with the partners taking part. */
export interface SeedProgramme {
	slug: string;
	name: string;
	description: string;
	theme: ResearchTheme | null;
	startDate: string | null;
	endDate: string | null;
	budgetGbp: number | null;
	participants: {
		partner: LocalAuthority | SeedOrganisation;
		participation: Omit<Participation, 'programme'>;
	}[];
}

// The authorities named in the programmes, so the demo works without the data directory.
// Codes as published by ONS (GSS) and DfE.
const la = {
	lambeth: {
		gssCode: 'E09000022',
		dfeCode: '208',
		name: 'Lambeth',
		region: 'E12000007',
		type: 'london-borough'
	},
	southampton: {
		gssCode: 'E06000045',
		dfeCode: '852',
		name: 'Southampton',
		region: 'E12000008',
		type: 'unitary'
	},
	stockport: {
		gssCode: 'E08000007',
		dfeCode: '356',
		name: 'Stockport',
		region: 'E12000002',
		type: 'metropolitan-district'
	},
	darlington: {
		gssCode: 'E06000005',
		dfeCode: '841',
		name: 'Darlington',
		region: 'E12000001',
		type: 'unitary'
	},
	hillingdon: {
		gssCode: 'E09000017',
		dfeCode: '312',
		name: 'Hillingdon',
		region: 'E12000007',
		type: 'london-borough'
	},
	wigan: {
		gssCode: 'E08000010',
		dfeCode: '359',
		name: 'Wigan',
		region: 'E12000002',
		type: 'metropolitan-district'
	},
	haringey: {
		gssCode: 'E09000014',
		dfeCode: '309',
		name: 'Haringey',
		region: 'E12000007',
		type: 'london-borough'
	},
	liverpool: {
		gssCode: 'E08000012',
		dfeCode: '341',
		name: 'Liverpool',
		region: 'E12000002',
		type: 'metropolitan-district'
	},
	nottinghamshire: {
		gssCode: 'E10000024',
		dfeCode: '891',
		name: 'Nottinghamshire',
		region: 'E12000004',
		type: 'county'
	},
	walsall: {
		gssCode: 'E08000030',
		dfeCode: '335',
		name: 'Walsall',
		region: 'E12000005',
		type: 'metropolitan-district'
	},
	warwickshire: {
		gssCode: 'E10000031',
		dfeCode: '937',
		name: 'Warwickshire',
		region: 'E12000005',
		type: 'county'
	},
	westSussex: {
		gssCode: 'E10000032',
		dfeCode: '938',
		name: 'West Sussex',
		region: 'E12000008',
		type: 'county'
	},
	buckinghamshire: {
		gssCode: 'E06000060',
		dfeCode: '825',
		name: 'Buckinghamshire',
		region: 'E12000008',
		type: 'unitary'
	},
	bristol: {
		gssCode: 'E06000023',
		dfeCode: '801',
		name: 'Bristol, City of',
		region: 'E12000009',
		type: 'unitary'
	},
	calderdale: {
		gssCode: 'E08000033',
		dfeCode: '381',
		name: 'Calderdale',
		region: 'E12000003',
		type: 'metropolitan-district'
	},
	greenwich: {
		gssCode: 'E09000011',
		dfeCode: '203',
		name: 'Greenwich',
		region: 'E12000007',
		type: 'london-borough'
	},
	hammersmithAndFulham: {
		gssCode: 'E09000013',
		dfeCode: '205',
		name: 'Hammersmith and Fulham',
		region: 'E12000007',
		type: 'london-borough'
	},
	kensingtonAndChelsea: {
		gssCode: 'E09000020',
		dfeCode: '207',
		name: 'Kensington and Chelsea',
		region: 'E12000007',
		type: 'london-borough'
	},
	westminster: {
		gssCode: 'E09000033',
		dfeCode: '213',
		name: 'Westminster',
		region: 'E12000007',
		type: 'london-borough'
	},
	oxfordshire: {
		gssCode: 'E10000025',
		dfeCode: '931',
		name: 'Oxfordshire',
		region: 'E12000008',
		type: 'county'
	},
	leeds: {
		gssCode: 'E08000035',
		dfeCode: '383',
		name: 'Leeds',
		region: 'E12000003',
		type: 'metropolitan-district'
	}
} as const satisfies Record<string, LocalAuthority>;

/** Children's trusts named as partners; they run an authority's services and have no code of their own. */
const trust = {
	birmingham: {
		slug: 'birmingham-childrens-trust',
		name: 'Birmingham Children’s Trust',
		type: 'childrens-trust',
		region: 'E12000005'
	},
	doncaster: {
		slug: 'doncaster-childrens-services-trust',
		name: 'Doncaster Children’s Services Trust',
		type: 'childrens-trust',
		region: 'E12000003'
	}
} as const satisfies Record<string, SeedOrganisation>;

// "Wave 1" is the Centre's name for its first co-design partners only; the later programmes
// recruited on their own, so their participations have no wave.
const changeProject = (strand: string) => ({
	wave: null,
	role: 'delivery-partner' as const,
	strand,
	startDate: '2019-01-25',
	endDate: '2020-03-31',
	fundingGbp: null
});
const inSchools = changeProject('Social workers in schools');
const devolvedBudgets = changeProject('Devolved budgets for social workers');

const schwartzRounds = {
	wave: null,
	role: 'evaluation-site' as const,
	strand: null,
	startDate: '2019-04-05',
	endDate: '2020-03-31',
	fundingGbp: null
};

// Wave 1 partners were named on 24 July 2018 to work with the Centre until December 2018, each
// for a nominal £5,000. The Centre's news named these, with the tools they were building.
const waveOne = (strand: string) => ({
	wave: 1,
	role: 'co-design-partner' as const,
	strand,
	startDate: '2018-07-24',
	endDate: '2018-12-31',
	fundingGbp: 5_000
});
const masterclasses = waveOne('Masterclasses in using evidence');
const diagnostic = waveOne('Diagnosing how an organisation uses evidence');
const selfEvaluation = waveOne('A self-evaluation tool for practice change');
const waveOnePartners = [
	{ partner: la.buckinghamshire, participation: masterclasses },
	{ partner: la.bristol, participation: masterclasses },
	{ partner: la.calderdale, participation: masterclasses },
	...[
		la.walsall,
		la.greenwich,
		la.hammersmithAndFulham,
		la.kensingtonAndChelsea,
		la.westminster,
		la.oxfordshire,
		la.leeds,
		trust.doncaster
	].map((partner) => ({ partner, participation: diagnostic })),
	{ partner: la.wigan, participation: selfEvaluation },
	{ partner: trust.birmingham, participation: waveOne('Partner in the first wave') }
];

/**
 * The programmes announced in 2018 and 2019, in our own words: the wave 1 co-design partners;
 * six Change Project authorities in two strands (a £2.4m budget, to March 2020, chosen from
 * applications by a third of English authorities); six authorities piloting Schwartz Rounds with
 * more than 3,000 staff to March 2020; Happier, Healthier Professionals; and the re-analysis of
 * Education Endowment Foundation trials.
 */
export const seedProgrammes: SeedProgramme[] = [
	{
		slug: 'wave-1-partners',
		name: 'Wave 1 co-design partners',
		description:
			'The first local authorities and children’s trusts to work with the Centre, named in July 2018 from a large field of applicants. Until December 2018 they helped design and test the tools the Centre might offer to put evidence to use, proposed promising local approaches for closer evaluation, and advised one another. The Centre has named 21 partners in this wave; those listed here are the ones its news described, each paid a nominal £5,000.',
		theme: null,
		startDate: '2018-07-24',
		endDate: '2018-12-31',
		budgetGbp: null,
		participants: waveOnePartners
	},
	{
		slug: 'change-projects',
		name: 'Change Projects',
		description:
			'Pilots testing whether bringing social work decisions closer to children — social workers based in schools, and social workers holding budgets — reduces the need for children to enter care. A third of English local authorities applied; six were chosen in January 2019 to work with the Centre until March 2020.',
		theme: 'reducing-need-for-care',
		startDate: '2019-01-25',
		endDate: '2020-03-31',
		budgetGbp: 2_400_000,
		participants: [
			{ partner: la.lambeth, participation: inSchools },
			{ partner: la.southampton, participation: inSchools },
			{ partner: la.stockport, participation: inSchools },
			{ partner: la.darlington, participation: devolvedBudgets },
			{ partner: la.hillingdon, participation: devolvedBudgets },
			{ partner: la.wigan, participation: devolvedBudgets }
		]
	},
	{
		slug: 'schwartz-rounds',
		name: 'Schwartz Rounds',
		description:
			'An evaluation of Schwartz Rounds — regular forums where staff reflect together on the emotional side of their work — in children’s social care. Six authorities were chosen in April 2019, involving more than 3,000 staff up to March 2020.',
		theme: 'workforce-wellbeing',
		startDate: '2019-04-05',
		endDate: '2020-03-31',
		budgetGbp: null,
		participants: [
			la.haringey,
			la.liverpool,
			la.nottinghamshire,
			la.walsall,
			la.warwickshire,
			la.westSussex
		].map((partner) => ({ partner, participation: schwartzRounds }))
	},
	{
		slug: 'happier-healthier-professionals',
		name: 'Happier, Healthier Professionals',
		description:
			'Behavioural trials to support social workers’ wellbeing and productivity, launched in January 2019. Conversations with more than 25 partners, and research by academics in the field, shaped interventions on work–life balance, burnout, time pressure, room to grow and feeling valued; a second phase would test them over nine months.',
		theme: 'workforce-wellbeing',
		// Announced as launched in January 2019; no day was published.
		startDate: null,
		endDate: null,
		budgetGbp: null,
		participants: []
	},
	{
		slug: 'eef-trials-reanalysis',
		name: 'Re-analysis of Education Endowment Foundation trials',
		description:
			'With the Education Endowment Foundation, the What Works Centre for education, a fresh look at more than 80 school trials it commissioned, asking what they show for children who have been assessed as in need by children’s social care — a group the evidence says little about.',
		theme: null,
		// Announced in December 2018; no day was published.
		startDate: null,
		endDate: null,
		budgetGbp: null,
		participants: []
	}
];

/** Every partner named in a seeded programme: authorities, then organisations without a code. */
export const programmeAuthorities: LocalAuthority[] = Object.values(la);
export const programmeOrganisations: SeedOrganisation[] = Object.values(trust);

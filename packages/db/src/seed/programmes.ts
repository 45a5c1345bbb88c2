import type { LocalAuthority } from '../importers/local-authorities.js';
import type { Participation } from '@whatworks/domain';

/** One seeded programme with the local authorities taking part. */
export interface SeedProgramme {
	slug: string;
	name: string;
	description: string;
	budgetGbp: number | null;
	participants: {
		authority: LocalAuthority;
		participation: Omit<Participation, 'programme'>;
	}[];
}

// The twelve authorities named in the programmes, so the demo works without the data directory.
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
	}
} as const satisfies Record<string, LocalAuthority>;

/** Every authority named in a seeded programme. */
export const programmeAuthorities: LocalAuthority[] = Object.values(la);

const changeProject = (strand: string) => ({
	wave: 1,
	role: 'delivery-partner' as const,
	strand,
	startDate: '2019-01-25',
	endDate: '2020-03-31',
	fundingGbp: null
});
const inSchools = changeProject('Social workers in schools');
const devolvedBudgets = changeProject('Devolved budgets for social workers');

const schwartzRounds = {
	wave: 1,
	role: 'evaluation-site' as const,
	strand: null,
	startDate: '2019-04-05',
	endDate: '2020-03-31',
	fundingGbp: null
};

/**
 * The programmes announced in 2019: six Change Project authorities in two strands (a £2.4m budget,
 * to March 2020, chosen from applications by a third of English authorities), and six authorities
 * piloting Schwartz Rounds with more than 3,000 staff to March 2020.
 */
export const seedProgrammes: SeedProgramme[] = [
	{
		slug: 'change-projects',
		name: 'Change Projects',
		description:
			'Pilots testing whether bringing social work decisions closer to children — social workers based in schools, and social workers holding budgets — reduces the need for children to enter care. A third of English local authorities applied; six were chosen in January 2019 to work with the Centre until March 2020.',
		budgetGbp: 2_400_000,
		participants: [
			{ authority: la.lambeth, participation: inSchools },
			{ authority: la.southampton, participation: inSchools },
			{ authority: la.stockport, participation: inSchools },
			{ authority: la.darlington, participation: devolvedBudgets },
			{ authority: la.hillingdon, participation: devolvedBudgets },
			{ authority: la.wigan, participation: devolvedBudgets }
		]
	},
	{
		slug: 'schwartz-rounds',
		name: 'Schwartz Rounds',
		description:
			'An evaluation of Schwartz Rounds — regular forums where staff reflect together on the emotional side of their work — in children’s social care. Six authorities were chosen in April 2019, involving more than 3,000 staff up to March 2020.',
		budgetGbp: null,
		participants: [
			la.haringey,
			la.liverpool,
			la.nottinghamshire,
			la.walsall,
			la.warwickshire,
			la.westSussex
		].map((authority) => ({ authority, participation: schwartzRounds }))
	}
];

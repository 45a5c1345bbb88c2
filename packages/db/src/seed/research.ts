import type { Milestone, Protocol, PublicationType, ResearchTheme } from '@whatworks/domain';

/** One seeded research project; partners are named by GSS code or slug, interventions by slug. */
export interface SeedProject {
	slug: string;
	name: string;
	summary: string;
	theme: ResearchTheme;
	programme: string | null;
	milestones: Milestone[];
	leadOrganisation: string;
	budgetGbp: number | null;
	partners: string[];
	interventions: string[];
	protocol: Protocol | null;
}

/** One seeded publication; projects and interventions by slug. */
export interface SeedPublication {
	slug: string;
	title: string;
	type: PublicationType;
	authors: string[];
	publishedOn: string;
	abstract: string;
	themes: ResearchTheme[];
	projects: string[];
	interventions: string[];
}

const cascade = 'CASCADE, Cardiff University';

// The first eight protocols were published on 14 March 2019, before the work they describe.
// The Centre did not publish the day fieldwork began, so April 2019 — the new financial year the
// newsletter looked ahead to — stands in for it; the counts of children and families are unknown.
const protocolsPublished = '2019-03-14';
const fieldworkStarts = '2019-04-01';

const changeProjectProtocol = (outcome: string): Protocol => ({
	evaluator: cascade,
	principalInvestigator: 'Not published',
	trialType: 'Pilot evaluation',
	localAuthorityCount: 1,
	childrenAndFamiliesCount: null,
	primaryOutcomes: [outcome],
	secondaryOutcomes: ['Whether a larger evaluation is feasible'],
	publishedOn: protocolsPublished,
	fieldworkStartsOn: fieldworkStarts
});

// The Change Projects and the Schwartz Rounds ran until March 2020; their evaluation followed.
const deliveryEnds = '2020-04-01';

const changeProjectMilestones: Milestone[] = [
	{ stage: 'call-open', reachedOn: '2018-09-27' },
	{ stage: 'partners-selected', reachedOn: '2019-01-25' },
	{ stage: 'protocol-published', reachedOn: protocolsPublished },
	{ stage: 'in-delivery', reachedOn: fieldworkStarts },
	{ stage: 'evaluating', reachedOn: deliveryEnds }
];

const inSchools = (gssCode: string, place: string): SeedProject => ({
	slug: `social-workers-in-schools-${place.toLowerCase()}`,
	name: `Social workers in schools: ${place}`,
	summary: `${place} bases social workers in schools, so that children and families get help earlier and fewer need statutory social work. A pilot evaluation tests how it works in practice and whether a larger trial is possible.`,
	theme: 'reducing-need-for-care',
	programme: 'change-projects',
	milestones: changeProjectMilestones,
	leadOrganisation: cascade,
	budgetGbp: null,
	partners: [gssCode],
	interventions: [],
	protocol: changeProjectProtocol('Referrals to children’s social care')
});

const devolvedBudgets = (gssCode: string, place: string): SeedProject => ({
	slug: `devolved-budgets-${place.toLowerCase()}`,
	name: `Devolved budgets for social workers: ${place}`,
	summary: `Social workers in ${place} hold a budget they can spend quickly and creatively on what a family needs, to help children stay safely at home. A pilot evaluation tests how it works in practice and whether a larger trial is possible.`,
	theme: 'reducing-need-for-care',
	programme: 'change-projects',
	milestones: changeProjectMilestones,
	leadOrganisation: cascade,
	budgetGbp: null,
	partners: [gssCode],
	interventions: [],
	protocol: changeProjectProtocol('Children entering care')
});

/** The wave 1 tools, and the eight projects whose protocols were published in March 2019. */
export const seedProjects: SeedProject[] = [
	inSchools('E09000022', 'Lambeth'),
	inSchools('E06000045', 'Southampton'),
	inSchools('E08000007', 'Stockport'),
	devolvedBudgets('E06000005', 'Darlington'),
	devolvedBudgets('E09000017', 'Hillingdon'),
	devolvedBudgets('E08000010', 'Wigan'),
	{
		slug: 'schwartz-rounds-evaluation',
		name: 'Schwartz Rounds in children’s social care',
		summary:
			'Six authorities run Schwartz Rounds, with more than 3,000 staff, to find out whether a regular space to reflect together on the emotional side of the work helps social workers feel supported and well. Run with the Point of Care Foundation.',
		theme: 'workforce-wellbeing',
		programme: 'schwartz-rounds',
		milestones: [
			{ stage: 'call-open', reachedOn: '2019-01-28' },
			{ stage: 'partners-selected', reachedOn: '2019-04-05' },
			{ stage: 'protocol-published', reachedOn: protocolsPublished },
			{ stage: 'in-delivery', reachedOn: '2019-05-01' },
			{ stage: 'evaluating', reachedOn: deliveryEnds }
		],
		leadOrganisation: cascade,
		budgetGbp: null,
		partners: ['E09000014', 'E08000012', 'E10000024', 'E08000030', 'E10000031', 'E10000032'],
		interventions: [],
		protocol: {
			evaluator: cascade,
			principalInvestigator: 'Dr David Wilkins',
			trialType: 'Pilot trial',
			localAuthorityCount: 6,
			childrenAndFamiliesCount: null,
			primaryOutcomes: ['Staff wellbeing'],
			secondaryOutcomes: ['Empathy and compassion at work', 'Feeling supported in the job'],
			publishedOn: protocolsPublished,
			fieldworkStartsOn: '2019-05-01'
		}
	},
	{
		slug: 'children-in-need-in-eef-trials',
		name: 'Children in need in Education Endowment Foundation trials',
		summary:
			'A re-analysis of more than 80 trials commissioned by the Education Endowment Foundation, to learn what works at school for children who have been assessed as in need.',
		theme: 'reducing-need-for-care',
		programme: 'eef-trials-reanalysis',
		milestones: [
			{ stage: 'protocol-published', reachedOn: protocolsPublished },
			{ stage: 'in-delivery', reachedOn: fieldworkStarts }
		],
		leadOrganisation: 'What Works Centre for Children’s Social Care',
		budgetGbp: null,
		partners: [],
		interventions: [],
		protocol: {
			evaluator:
				'What Works Centre for Children’s Social Care, with the Education Endowment Foundation',
			principalInvestigator: 'Not published',
			trialType: 'Secondary analysis of randomised controlled trials',
			localAuthorityCount: 0,
			childrenAndFamiliesCount: null,
			primaryOutcomes: ['Attainment of children in need'],
			secondaryOutcomes: [],
			publishedOn: protocolsPublished,
			fieldworkStartsOn: fieldworkStarts
		}
	},
	{
		slug: 'evidence-masterclasses',
		name: 'Masterclasses in using evidence',
		summary:
			'Buckinghamshire, Bristol and Calderdale design training for managers on using research and other evidence to plan services and measure their impact, to be shared with a second wave of authorities.',
		theme: 'supervision-and-decision-making',
		programme: 'wave-1-partners',
		milestones: [{ stage: 'partners-selected', reachedOn: '2018-07-24' }],
		leadOrganisation: 'What Works Centre for Children’s Social Care',
		budgetGbp: null,
		partners: ['E06000060', 'E06000023', 'E08000033'],
		interventions: [],
		protocol: null
	},
	{
		slug: 'evidence-use-diagnostic',
		name: 'Diagnosing how an organisation uses evidence',
		summary:
			'Authorities and a children’s trust build tools that show an organisation where it stands in using evidence, strategically and day to day, from interviews, observation, data and a staff survey.',
		theme: 'supervision-and-decision-making',
		programme: 'wave-1-partners',
		milestones: [{ stage: 'partners-selected', reachedOn: '2018-07-24' }],
		leadOrganisation: 'What Works Centre for Children’s Social Care',
		budgetGbp: null,
		partners: [
			'E08000030',
			'E09000011',
			'E09000013',
			'E09000020',
			'E09000033',
			'E10000025',
			'E08000035',
			'doncaster-childrens-services-trust'
		],
		interventions: [],
		protocol: null
	},
	{
		slug: 'practice-self-evaluation-tool',
		name: 'A self-evaluation tool for practice change',
		summary:
			'Wigan designs a tool for authorities to judge what a new practice model changes on the front line, starting with its own introduction of Signs of Safety.',
		theme: 'supervision-and-decision-making',
		programme: 'wave-1-partners',
		milestones: [{ stage: 'partners-selected', reachedOn: '2018-07-24' }],
		leadOrganisation: 'What Works Centre for Children’s Social Care',
		budgetGbp: null,
		partners: ['E08000010'],
		interventions: ['signs-of-safety'],
		protocol: null
	}
];

/** The reports of November 2018, June 2019 and July 2019, described in our own words. */
export const seedPublications: SeedPublication[] = [
	{
		slug: 'reducing-children-in-care-scoping-review',
		title: 'Safely reducing the number of children in care: a scoping review',
		type: 'scoping-review',
		authors: [cascade],
		publishedOn: '2018-11-14',
		abstract:
			'A map of the research on what helps to reduce, safely, the number of children and young people in care: which approaches have been studied, how well, and where the gaps are. It set the ground for the Centre’s first research theme.',
		themes: ['reducing-need-for-care'],
		projects: [],
		interventions: []
	},
	{
		slug: 'looked-after-rates-exploratory-analysis',
		title: 'Rates of children looked after in English local authorities, 2012–2017',
		type: 'exploratory-analysis',
		authors: [cascade],
		publishedOn: '2018-11-14',
		abstract:
			'An exploratory analysis of why the share of children in care differs between English authorities. Both economic conditions and the quality of services appear to matter, so studies of reducing care should take both into account.',
		themes: ['reducing-need-for-care'],
		projects: [],
		interventions: []
	},
	{
		slug: 'signs-of-safety-systematic-review',
		title: 'Signs of Safety: a mixed-methods systematic review',
		type: 'systematic-review',
		authors: [cascade],
		publishedOn: '2018-11-14',
		abstract:
			'A review of 38 publications on Signs of Safety and whether it reduces the need for children to be in care. The studies could not show an effect either way.',
		themes: ['reducing-need-for-care'],
		projects: [],
		interventions: ['signs-of-safety']
	},
	{
		slug: 'signs-of-safety-practice-guide',
		title: 'Signs of Safety: practice and implementation guide',
		type: 'practice-guide',
		authors: [cascade],
		publishedOn: '2018-11-14',
		abstract:
			'What the systematic review means for authorities using or considering Signs of Safety: how it is practised and what to weigh when putting it in place.',
		themes: ['reducing-need-for-care'],
		projects: [],
		interventions: ['signs-of-safety']
	},
	{
		slug: 'local-authority-interviews-and-surveys',
		title: 'What local authorities told us: interviews and surveys',
		type: 'insight-report',
		authors: ['What Works Centre for Children’s Social Care'],
		publishedOn: '2018-11-14',
		abstract:
			'A summary of telephone interviews and surveys with local authorities about the problems they face across the system and the evidence they want.',
		themes: ['front-door', 'reducing-need-for-care', 'supervision-and-decision-making'],
		projects: [],
		interventions: []
	},
	{
		slug: 'intensive-family-preservation-services-review',
		title: 'Intensive Family Preservation Services to prevent out of home placement of children',
		type: 'meta-analysis',
		authors: [cascade],
		publishedOn: '2019-06-10',
		abstract:
			'A systematic review and meta-analysis of 37 papers. Intensive Family Preservation Services prevent out-of-home placement, but how well varies, so the way they are put in place matters. Most of the research comes from the USA.',
		themes: ['reducing-need-for-care'],
		projects: [],
		interventions: ['intensive-family-preservation-services']
	},
	{
		slug: 'shared-decision-making-rapid-realist-review',
		title:
			'Shared Decision-Making: What is good practice in delivering meetings? Involving families meaningfully in decision-making to keep children safely at home: A rapid realist review',
		type: 'rapid-realist-review',
		authors: ['Lorna Stabler', cascade],
		publishedOn: '2019-07-12',
		abstract:
			'A rapid realist review of meetings where professionals and families decide together, and what makes family involvement meaningful enough to help keep children safely at home. The fourth report in the series on safely reducing the need for care.',
		themes: ['reducing-need-for-care', 'supervision-and-decision-making'],
		projects: [],
		interventions: ['family-group-conferencing']
	}
];

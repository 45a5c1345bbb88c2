import type {
	CostBand,
	Effectiveness,
	Emmie,
	OutcomeDomain,
	RatingSource,
	Strength,
	Topic
} from '@whatworks/domain';
import { effectivenessFromPublished, strengthFromScore } from '@whatworks/domain';

/** One outcome of a seeded intervention. */
export interface SeedRating {
	outcome: string;
	domain: OutcomeDomain;
	effectiveness: Effectiveness;
	strength: Strength;
	studyCount: number | null;
	ukStudyCount: number | null;
	source: RatingSource;
}

/** One seeded Evidence Store entry. */
export interface SeedIntervention {
	slug: string;
	name: string;
	/** Other names in use: acronyms, the model's brand, the names of its versions. */
	alsoKnownAs: string[];
	summary: string;
	description: string;
	topics: Topic[];
	ageRange: { min: number; max: number } | null;
	costBand: CostBand;
	emmie: Emmie;
	sourceReview: string | null;
	/** The day the Evidence Store first published the entry and its ratings (YYYY-MM-DD). */
	publishedOn: string;
	evidenceLastReviewed: string | null;
	pageUpdated: string;
	outcomes: SeedRating[];
}

/**
 * The day the Evidence Store opened, with 11 summaries, at the practitioners' event in Birmingham:
 * 30 January 2019 by the research partner's news page, reported in e-newsletter no. 13 of
 * 1 February 2019.
 */
export const evidenceStoreLaunchedOn = '2019-01-30';

/**
 * When a seeded entry's ratings were first published, as a time: midnight UTC of the day, which
 * is that same day in London in winter and summer alike.
 * @example publishedAt({ publishedOn: '2019-01-30' }) // 2019-01-30T00:00:00.000Z
 */
export function publishedAt(item: Pick<SeedIntervention, 'publishedOn'>): Date {
	return new Date(`${item.publishedOn}T00:00:00Z`);
}

const emptyEmmie: Emmie = {
	effect: '',
	mechanisms: '',
	moderators: '',
	implementation: '',
	economics: ''
};

/** Demo ratings that are not real findings; pages label them as illustrative. */
function illustrative(
	outcome: string,
	domain: OutcomeDomain,
	effectiveness: Effectiveness,
	strength: Strength,
	studyCount: number,
	ukStudyCount: number
): SeedRating {
	return {
		outcome,
		domain,
		effectiveness,
		strength,
		studyCount,
		ukStudyCount,
		source: 'illustrative'
	};
}

/** A rating as the original Evidence Store published it (effectiveness 0–2 or mixed, strength 0–3). */
function published(
	outcome: string,
	domain: OutcomeDomain,
	effectiveness: 0 | 1 | 2 | 'mixed',
	strength: 0 | 1 | 2 | 3
): SeedRating {
	return {
		outcome,
		domain,
		effectiveness: effectivenessFromPublished(effectiveness),
		strength: strengthFromScore(strength),
		studyCount: null,
		ukStudyCount: null,
		source: 'published'
	};
}

/**
 * The interventions of the original Evidence Store, described in our own words. Family Drug and
 * Alcohol Courts and Family Group Conferencing carry the ratings the Centre published; every
 * other rating is illustrative demo data until the Evidence Store issue codes real studies.
 */
export const seedInterventions: SeedIntervention[] = [
	{
		slug: 'family-drug-and-alcohol-courts',
		name: 'Family Drug and Alcohol Courts',
		alsoKnownAs: ['FDAC', 'Family treatment drug courts'],
		summary:
			'A problem-solving court for care proceedings where parents misuse drugs or alcohol, backed by a team from several agencies who help parents tackle their substance use.',
		description:
			'A specialist judge sees the family every fortnight or so throughout care proceedings. Beside the court, a team of substance misuse, mental health and social work professionals assesses the parents, agrees a plan with them and supports them through it. The judge reviews progress without lawyers present and can give parents time to change while keeping the child safe.\n\nParental substance misuse is common in children’s social care: in 2017–18, assessments found concerns about alcohol in 18% of cases and about drugs in 21%.',
		topics: ['substance-misuse', 'children-in-care'],
		ageRange: { min: 0, max: 17 },
		costBand: 'not-known',
		emmie: {
			effect:
				'Across the studies, children whose families went through these courts were more likely to go back home to their parents. The studies found no difference in whether children later returned to care or were harmed again.',
			mechanisms:
				'Frequent hearings with the same judge, quick access to treatment and a team that both supports and tests parents are thought to build motivation and trust.',
			moderators:
				'Nearly all of the evidence comes from the United States, where these courts are widespread; one study comes from the UK.',
			implementation:
				'Needs a committed judge, a co-located multi-agency team and agreement between the court, the local authority and treatment services.',
			economics: ''
		},
		sourceReview:
			'Zhang, S., Huang, H., Wu, Q., Li, Y. & Liu, M. (2019). The impacts of family treatment drug court on child welfare core outcomes: a meta-analysis. Child Abuse & Neglect, 88, 1–14.',
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-01-30',
		pageUpdated: '2019-01-30',
		outcomes: [
			published('Family reunification', 'permanence-and-reunification', 1, 3),
			published('Care re-entry and re-abuse', 'child-safety', 0, 3)
		]
	},
	{
		slug: 'family-group-conferencing',
		name: 'Family Group Conferencing',
		alsoKnownAs: ['FGC', 'Family group decision making', 'FGDM'],
		summary:
			'A meeting where the child’s wider family network comes together, with an independent coordinator, to make a plan for meeting the child’s needs.',
		description:
			'An independent coordinator helps the family invite relatives and friends, then professionals share what they know and what worries them. The family then talks in private and proposes a plan, which professionals agree to unless it leaves the child unsafe.',
		topics: ['family-decision-making', 'children-in-care'],
		ageRange: { min: 0, max: 17 },
		costBand: 'not-known',
		emmie: {
			effect:
				'The review found the evidence on shared decision-making meetings inconclusive: results pointed in different directions on every outcome studied.',
			mechanisms:
				'Handing the first say on the plan to the family is meant to draw on its knowledge and resources and make the plan more likely to hold.',
			moderators: '',
			implementation:
				'Depends on independent coordinators, time to prepare the family and professionals willing to accept the family’s plan.',
			economics: ''
		},
		sourceReview:
			'Nurmatov, B.U., Foster, C., Bezeczky, Z., Owen, J., El-Banna, A., Mann, M., Petrou, S., Kemp, A., Scourfield, J., Forrester, D. & Turley, R. (2020). Impact of shared decision-making family meetings on children’s out-of-home care, family empowerment and satisfaction: a systematic review.',
		// Its review was reported on 14 February 2020 (Community Care); not one of the 11 at launch.
		publishedOn: '2020-02-14',
		evidenceLastReviewed: '2020-02-14',
		pageUpdated: '2020-02-14',
		outcomes: [
			published('Children and young people entering out-of-home care', 'entry-to-care', 'mixed', 1),
			published(
				'Children and young people re-entering out-of-home care',
				'entry-to-care',
				'mixed',
				0
			),
			published(
				'Reunification with the family after out-of-home care',
				'permanence-and-reunification',
				'mixed',
				0
			),
			published('Families’ sense of empowerment in parenting', 'parenting-and-family', 'mixed', 1),
			published('Family satisfaction with the meeting', 'parenting-and-family', 'mixed', 0)
		]
	},
	{
		slug: 'parent-child-interaction-therapy',
		name: 'Parent-Child Interaction Therapy',
		alsoKnownAs: ['PCIT'],
		summary:
			'A therapist coaches a parent live, through an earpiece, while the parent plays with their young child, to build a warmer relationship and calmer behaviour.',
		description:
			'Sessions happen in a playroom: the therapist watches from behind a mirror or on camera and coaches the parent moment by moment. The first phase strengthens warmth and attention; the second teaches clear instructions and consistent consequences. Families move on when they reach set skill levels rather than after a fixed number of sessions.',
		topics: ['parenting', 'abuse-and-neglect'],
		ageRange: { min: 2, max: 7 },
		costBand: '3',
		emmie: {
			effect:
				'Trials of the therapy usually report warmer parenting and fewer behaviour problems in young children; the ratings below are demo data until its studies are coded.',
			mechanisms:
				'Live coaching lets parents practise new responses in the moment, with immediate feedback.',
			moderators: '',
			implementation:
				'Requires trained therapists, a playroom with one-way mirror or camera, and an earpiece.',
			economics: ''
		},
		sourceReview: null,
		// Announced as a new entry in e-newsletter no. 16 of 28 March 2019, which gives no earlier day.
		publishedOn: '2019-03-28',
		evidenceLastReviewed: '2019-03-28',
		pageUpdated: '2019-03-28',
		outcomes: [
			illustrative(
				'Recurrence of maltreatment',
				'child-safety',
				'tends-positive',
				'moderate',
				4,
				0
			),
			illustrative('Child behaviour problems', 'behaviour', 'consistently-positive', 'high', 9, 1),
			illustrative('Positive parenting', 'parenting-and-family', 'tends-positive', 'moderate', 6, 1)
		]
	},
	{
		slug: 'intensive-family-preservation-services',
		name: 'Intensive Family Preservation Services',
		alsoKnownAs: ['IFPS', 'Homebuilders'],
		summary:
			'Short, intensive support at home for families whose children are at imminent risk of going into care, with workers available around the clock.',
		description:
			'Workers carry very small caseloads so they can spend many hours a week with each family for four to six weeks, helping with practical problems, parenting and crises as they happen.',
		topics: ['children-in-care', 'parenting'],
		ageRange: { min: 0, max: 17 },
		costBand: '4',
		emmie: emptyEmmie,
		sourceReview: null,
		// One of the 11 at launch; its entry was updated with the review of 10 June 2019.
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-06-10',
		pageUpdated: '2019-06-10',
		outcomes: [
			illustrative('Children entering care', 'entry-to-care', 'mixed', 'moderate', 12, 0),
			illustrative('Family functioning', 'parenting-and-family', 'tends-positive', 'low', 3, 0)
		]
	},
	{
		slug: 'signs-of-safety',
		name: 'Signs of Safety',
		alsoKnownAs: ['SoS'],
		summary:
			'A practice framework for child protection work that maps dangers and strengths with the family and builds a safety plan with them.',
		description:
			'Practitioners use shared tools — such as asking what is working well, what the worries are and what needs to happen — to keep the focus on safety while working in partnership with parents and their network.',
		topics: ['practice-frameworks', 'abuse-and-neglect'],
		ageRange: { min: 0, max: 17 },
		costBand: 'not-known',
		emmie: {
			effect:
				'A 2018 review of 38 publications found no good evidence either way on whether the framework reduces the number of children entering care.',
			mechanisms: '',
			moderators: '',
			implementation:
				'Adopted across whole local authorities, usually with training for every practitioner and manager.',
			economics: ''
		},
		sourceReview: null,
		// Its review was published on 14 November 2018, before the Evidence Store opened.
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2018-11-14',
		pageUpdated: '2019-01-30',
		outcomes: [
			illustrative('Children entering care', 'entry-to-care', 'insufficient', 'very-low', 0, 0)
		]
	},
	{
		slug: 'solution-focused-brief-therapy',
		name: 'Solution-focused brief therapy',
		alsoKnownAs: ['SFBT', 'Solution-focused therapy'],
		summary:
			'A short talking therapy that concentrates on the family’s goals and on what already works, rather than on the history of the problem.',
		description:
			'Over a handful of sessions the practitioner asks questions that help people describe the future they want, notice times the problem is absent and take small steps towards their goals.',
		topics: ['mental-health', 'parenting'],
		ageRange: { min: 5, max: 17 },
		costBand: '2',
		emmie: emptyEmmie,
		sourceReview: null,
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-01-30',
		pageUpdated: '2019-01-30',
		outcomes: [
			illustrative('Child emotional wellbeing', 'child-wellbeing', 'tends-positive', 'low', 5, 0),
			illustrative('Child behaviour problems', 'behaviour', 'no-effect', 'low', 4, 0)
		]
	},
	{
		slug: 'kinship-care',
		name: 'Kinship care',
		alsoKnownAs: ['Family and friends care', 'Relative care'],
		summary:
			'Children who cannot live with their parents are cared for by relatives or family friends instead of unrelated foster carers.',
		description:
			'Placements with grandparents, aunts, uncles, older siblings or close friends can keep children connected to their family, community and identity.',
		topics: ['kinship-and-foster-care', 'children-in-care'],
		ageRange: { min: 0, max: 17 },
		costBand: 'not-known',
		emmie: emptyEmmie,
		sourceReview: null,
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-01-30',
		pageUpdated: '2019-01-30',
		outcomes: [
			illustrative(
				'Placement stability',
				'permanence-and-reunification',
				'tends-positive',
				'moderate',
				14,
				2
			),
			illustrative('Child mental health', 'child-wellbeing', 'tends-positive', 'low', 8, 1)
		]
	},
	{
		slug: 'foster-and-kinship-care-support',
		name: 'Support for foster and kinship carers',
		alsoKnownAs: [],
		summary:
			'Training and support groups that help foster and kinship carers manage children’s behaviour and keep placements going.',
		description:
			'Programmes typically combine group sessions on responding to difficult behaviour with ongoing support from a worker and other carers.',
		topics: ['kinship-and-foster-care', 'parenting'],
		ageRange: { min: 4, max: 17 },
		costBand: '2',
		emmie: emptyEmmie,
		sourceReview: null,
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-01-30',
		pageUpdated: '2019-01-30',
		outcomes: [
			illustrative('Child behaviour problems', 'behaviour', 'tends-positive', 'moderate', 7, 2),
			illustrative('Placement breakdown', 'permanence-and-reunification', 'no-effect', 'low', 4, 1)
		]
	},
	{
		slug: 'treatment-foster-care',
		name: 'Treatment foster care',
		alsoKnownAs: [
			'TFC',
			'MTFC',
			'Multidimensional Treatment Foster Care',
			'TFCO',
			'Treatment Foster Care Oregon'
		],
		summary:
			'Specially trained foster carers, backed by a clinical team, look after young people with serious behaviour problems as an alternative to residential care.',
		description:
			'One young person lives with highly supported foster carers who follow a structured programme with clear rules and rewards, while the birth or long-term family is prepared for the young person’s return.',
		topics: ['kinship-and-foster-care', 'children-in-care'],
		ageRange: { min: 3, max: 17 },
		costBand: '5',
		emmie: emptyEmmie,
		sourceReview: null,
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-01-30',
		pageUpdated: '2019-01-30',
		outcomes: [
			illustrative('Offending', 'behaviour', 'tends-positive', 'moderate', 5, 1),
			illustrative('Placement stability', 'permanence-and-reunification', 'mixed', 'low', 3, 1)
		]
	},
	{
		slug: 'residential-care',
		name: 'Therapeutic residential care',
		alsoKnownAs: ['TRC'],
		summary:
			'Residential homes for children in care built around a therapeutic model, where daily life and relationships are part of the help.',
		description:
			'Staff are trained in a shared therapeutic approach so that routines, relationships and the environment of the home all support children’s recovery.',
		topics: ['children-in-care', 'mental-health'],
		ageRange: { min: 8, max: 17 },
		costBand: '5',
		emmie: emptyEmmie,
		sourceReview: null,
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-01-30',
		pageUpdated: '2019-01-30',
		outcomes: [illustrative('Child wellbeing', 'child-wellbeing', 'insufficient', 'very-low', 2, 1)]
	},
	{
		slug: 'cbt-for-sexual-abuse-recovery',
		name: 'Sexual abuse recovery using cognitive behavioural therapy',
		alsoKnownAs: ['TF-CBT', 'Trauma-focused cognitive behavioural therapy'],
		summary:
			'Trauma-focused cognitive behavioural therapy helps children and young people recover from sexual abuse, with a safe carer involved in the sessions.',
		description:
			'Over around twelve to sixteen sessions the child learns ways to manage feelings, gradually tells and makes sense of what happened, and the carer learns how to support them.',
		topics: ['abuse-and-neglect', 'mental-health'],
		ageRange: { min: 3, max: 18 },
		costBand: '3',
		emmie: emptyEmmie,
		sourceReview: null,
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-01-30',
		pageUpdated: '2019-01-30',
		outcomes: [
			illustrative(
				'Post-traumatic stress symptoms',
				'child-wellbeing',
				'consistently-positive',
				'high',
				10,
				1
			),
			illustrative('Depression', 'child-wellbeing', 'tends-positive', 'moderate', 8, 1)
		]
	},
	{
		slug: 'mellow-parenting',
		name: 'Mellow Parenting',
		alsoKnownAs: ['Mellow Babies', 'Mellow Toddlers'],
		summary:
			'A group programme for parents of babies and young children, mixing discussion of parents’ own experiences with practice of everyday parenting.',
		description:
			'Parents meet weekly for most of a day: in the morning they reflect on their own childhoods and current lives, over lunch they share a meal with their children, and in the afternoon they work on parenting with the help of video.',
		topics: ['parenting'],
		ageRange: { min: 0, max: 5 },
		costBand: '3',
		emmie: emptyEmmie,
		sourceReview: null,
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-01-30',
		pageUpdated: '2019-01-30',
		outcomes: [
			illustrative(
				'Parent–child interaction',
				'parenting-and-family',
				'tends-positive',
				'low',
				3,
				2
			),
			illustrative('Parental depression', 'parenting-and-family', 'insufficient', 'very-low', 1, 1)
		]
	},
	{
		slug: 'child-mental-illness-prevention',
		name: 'Preventing mental illness in children of parents with a mental illness',
		alsoKnownAs: ['COPMI'],
		summary:
			'Family-based programmes that help children whose parents have a mental illness understand it and cope, to lower their own risk of becoming ill.',
		description:
			'Programmes range from a few family talks about the parent’s illness to longer courses for children and parents on coping skills and communication.',
		topics: ['mental-health', 'parenting'],
		ageRange: { min: 4, max: 18 },
		costBand: '2',
		emmie: emptyEmmie,
		sourceReview: null,
		publishedOn: evidenceStoreLaunchedOn,
		evidenceLastReviewed: '2019-01-30',
		pageUpdated: '2019-01-30',
		outcomes: [
			illustrative(
				'Children developing a mental illness',
				'child-wellbeing',
				'tends-positive',
				'moderate',
				11,
				1
			),
			illustrative('Child anxiety and depression symptoms', 'child-wellbeing', 'mixed', 'low', 6, 0)
		]
	}
];

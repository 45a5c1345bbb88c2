import type { SearchJudgement } from './search-judgements.js';

/** The half of the judged set that may be looked at while improving search. */
export const tuningJudgements: readonly SearchJudgement[] = [
	{
		query: 'FDAC',
		slug: 'family-drug-and-alcohol-courts',
		why: 'acronym: the courts’ usual short name; issue 16 says it finds nothing'
	},
	{
		query: 'parental substance misuse',
		slug: 'family-drug-and-alcohol-courts',
		why: 'topic: the label of the topic readers browse by'
	},
	{
		query: 'drugs',
		slug: 'family-drug-and-alcohol-courts',
		why: 'everyday word: how practitioners put parents’ drug use'
	},
	{
		query: 'help addicted parents keep their children at home',
		slug: 'family-drug-and-alcohol-courts',
		why: 'phrase: a manager’s question in plain words'
	},
	{
		query: 'network meeting',
		slug: 'family-group-conferencing',
		why: 'everyday word: social workers’ name for a meeting of the family’s network'
	},
	{
		query: 'famly group conference',
		slug: 'family-group-conferencing',
		why: 'typo: a dropped letter in how practitioners say the meeting'
	},
	{
		query: 'relatives and friends agree a plan for the child with a coordinator',
		slug: 'family-group-conferencing',
		why: 'phrase: what the meeting does, as a commissioner describes it'
	},
	{
		query: 'PCIT',
		slug: 'parent-child-interaction-therapy',
		why: 'acronym: newsletter 16 announced the entry as PCIT; issue 16'
	},
	{
		query: 'neglect',
		slug: 'parent-child-interaction-therapy',
		why: 'topic: filed under Abuse and neglect, adapted for neglect (newsletter 16); issue 16'
	},
	{
		query: '3 year old hitting and not following instructions',
		slug: 'parent-child-interaction-therapy',
		why: 'phrase: a parent describing a young child’s behaviour'
	},
	{
		query: 'edge of care',
		slug: 'intensive-family-preservation-services',
		why: 'everyday word: the sector’s term, used in the wave 1 research themes'
	},
	{
		query: 'crisis suport at home',
		slug: 'intensive-family-preservation-services',
		why: 'typo: a dropped letter in a description of the service'
	},
	{
		query: 'stop a child being taken into care in the next few weeks',
		slug: 'intensive-family-preservation-services',
		why: 'phrase: the imminent risk the service is for, in a social worker’s words'
	},
	{
		query: 'Homebuilders',
		slug: 'intensive-family-preservation-services',
		why: 'other name: the original US model of the service'
	},
	{
		query: 'SoS',
		slug: 'signs-of-safety',
		why: 'acronym: how practitioners shorten the framework'
	},
	{
		query: 'practice framework',
		slug: 'signs-of-safety',
		why: 'topic: the Practice frameworks topic; Wigan was putting one in place (Community Care)'
	},
	{
		query: "what's working well, what are we worried about",
		slug: 'signs-of-safety',
		why: 'phrase: two of the framework’s questions, as practitioners remember them'
	},
	{
		query: 'short counselling',
		slug: 'solution-focused-brief-therapy',
		why: 'everyday word: a near-synonym for a short talking therapy'
	},
	{
		query: 'miricle question',
		slug: 'solution-focused-brief-therapy',
		why: 'typo: the approach’s best-known question, misspelt'
	},
	{
		query: 'talk about the future they want rather than the problem',
		slug: 'solution-focused-brief-therapy',
		why: 'phrase: how a practitioner explains the approach'
	},
	{
		query: 'family and friends care',
		slug: 'kinship-care',
		why: 'other name: the term English guidance uses for care by relatives and friends'
	},
	{
		query: 'placement stability with relatives',
		slug: 'kinship-care',
		why: 'outcome: the rated outcome, with the kind of carer'
	},
	{
		query: "child can't stay with mum so goes to live with her nan",
		slug: 'kinship-care',
		why: 'phrase: a parent’s or social worker’s plain words'
	},
	{
		query: 'foster care',
		slug: 'foster-and-kinship-care-support',
		why: 'everyday word: issue 16 reports it misses this entry'
	},
	{
		query: 'placment breakdown',
		slug: 'foster-and-kinship-care-support',
		why: 'typo: the rated outcome with a dropped letter'
	},
	{
		query: "helping carers manage a looked after child's difficult behaviour",
		slug: 'foster-and-kinship-care-support',
		why: 'phrase: what a fostering team manager looks for'
	},
	{
		query: 'MTFC',
		slug: 'treatment-foster-care',
		why: 'acronym: Multidimensional Treatment Foster Care, the model’s older name'
	},
	{
		query: 'youth offending',
		slug: 'treatment-foster-care',
		why: 'outcome: the rated offending outcome, as youth justice names it'
	},
	{
		query: 'one young person placed with highly trained carers and a clinical team',
		slug: 'treatment-foster-care',
		why: 'phrase: a commissioner describing the placement'
	},
	{
		query: "children's homes",
		slug: 'residential-care',
		why: 'everyday word: what the sector calls residential care'
	},
	{
		query: 'resi placements',
		slug: 'residential-care',
		why: 'prefix: practitioners’ clipped word for residential'
	},
	{
		query: 'older children who need a placement with staff rather than foster carers',
		slug: 'residential-care',
		why: 'phrase: a placements officer describing the need'
	},
	{
		query: 'TF-CBT',
		slug: 'cbt-for-sexual-abuse-recovery',
		why: 'acronym: trauma-focused CBT, the therapy’s usual short name'
	},
	{
		query: 'PTSD',
		slug: 'cbt-for-sexual-abuse-recovery',
		why: 'outcome: the usual acronym for the rated post-traumatic stress outcome'
	},
	{
		query: 'therapy for a child after a sexual assault',
		slug: 'cbt-for-sexual-abuse-recovery',
		why: 'phrase: a social worker’s or parent’s plain words'
	},
	{
		query: 'baby group for mums',
		slug: 'mellow-parenting',
		why: 'everyday word: how a parent describes the group'
	},
	{
		query: 'parentin',
		slug: 'mellow-parenting',
		why: 'prefix: the search box before the word is finished'
	},
	{
		query: 'group where parents and toddlers share lunch and watch videos',
		slug: 'mellow-parenting',
		why: 'phrase: what a parent remembers of the day'
	},
	{
		query: 'COPMI',
		slug: 'child-mental-illness-prevention',
		why: 'acronym: children of parents with a mental illness, the field’s usual term'
	},
	{
		query: 'parental mental health',
		slug: 'child-mental-illness-prevention',
		why: 'topic: how practitioners name the area; news of 2 April 2019'
	},
	{
		query: "talking to children about their mum's depression",
		slug: 'child-mental-illness-prevention',
		why: 'phrase: a worker looking for help explaining a parent’s illness'
	}
];

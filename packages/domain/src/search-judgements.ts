/**
 * The judged search set: what readers type, and the Evidence Store entry a good search puts in
 * its first three results. Written before search was tuned (issue 16). Half is kept aside:
 * `tuning` may be looked at while improving search; `heldOut` never is — it only measures.
 *
 * Each `why` starts with the kind of query: acronym or other name, everyday word, topic or
 * outcome, typo or prefix, phrase. Every entry is the answer three or four times in each half; of
 * each kind, the halves take turns from one entry to the next, so each kind is split evenly to
 * within one and neither half is easier. The queries issue 16 itself names (PCIT, FDAC, neglect,
 * foster care) are in `tuning`: whoever tunes has read them already.
 */
export interface SearchJudgement {
	/** The words as a reader types them. */
	query: string;
	/** The slug of the entry a good search puts in its first three results. */
	slug: string;
	/** The kind of query, and why it is realistic or where its wording comes from. */
	why: string;
}

/** The judged queries: the half search may be tuned on, and the half kept aside to measure it. */
export const searchJudgements: {
	tuning: readonly SearchJudgement[];
	heldOut: readonly SearchJudgement[];
} = {
	tuning: [
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
	],
	heldOut: [
		{
			query: 'drink problems',
			slug: 'family-drug-and-alcohol-courts',
			why: 'everyday word: plain words for parents’ alcohol misuse'
		},
		{
			query: 'parents on methadone',
			slug: 'family-drug-and-alcohol-courts',
			why: 'everyday word: the treatment a social worker sees in case notes'
		},
		{
			query: 'subtance misuse',
			slug: 'family-drug-and-alcohol-courts',
			why: 'typo: a dropped letter in the sector’s term'
		},
		{
			query: 'mum using heroin in care proceedings',
			slug: 'family-drug-and-alcohol-courts',
			why: 'phrase: a case as a social worker describes it'
		},
		{
			query: 'FGC',
			slug: 'family-group-conferencing',
			why: 'acronym: the usual short name in practice'
		},
		{
			query: 'shared decision-making meetings',
			slug: 'family-group-conferencing',
			why: 'topic: what CASCADE’s review of July 2019 calls these meetings'
		},
		{
			query: 'let the extended family decide how to keep the child safe',
			slug: 'family-group-conferencing',
			why: 'phrase: the idea of the meeting in a parent’s words'
		},
		{
			query: 'toddler tantrums',
			slug: 'parent-child-interaction-therapy',
			why: 'everyday word: a parent’s words for the behaviour the therapy targets'
		},
		{
			query: 'earpeice coaching',
			slug: 'parent-child-interaction-therapy',
			why: 'typo: the therapy’s best-known feature, misspelt'
		},
		{
			query: 'stop physical abuse happening again with young children',
			slug: 'parent-child-interaction-therapy',
			why: 'phrase: the finding newsletter 16 reports, in a manager’s words'
		},
		{
			query: 'IFPS',
			slug: 'intensive-family-preservation-services',
			why: 'acronym: the Centre’s review of June 2019 uses it throughout'
		},
		{
			query: 'preventing out of home placement',
			slug: 'intensive-family-preservation-services',
			why: 'outcome: the aim in the title of the review of June 2019'
		},
		{
			query: 'keeping families together',
			slug: 'intensive-family-preservation-services',
			why: 'outcome: the aim as the Centre’s blog of June 2019 put it'
		},
		{
			query: 'workers on call 24 hours for families in crisis',
			slug: 'intensive-family-preservation-services',
			why: 'phrase: the round-the-clock support, as a commissioner asks for it'
		},
		{
			query: 'child protection practice model',
			slug: 'signs-of-safety',
			why: 'topic: the kind of thing the framework is, in a manager’s words'
		},
		{
			query: 'danger and strenghts mapping',
			slug: 'signs-of-safety',
			why: 'typo: the framework’s mapping of worries and strengths, misspelt'
		},
		{
			query: 'whole council training social workers in one practice model',
			slug: 'signs-of-safety',
			why: 'phrase: a director describing an authority-wide rollout'
		},
		{
			query: 'SFBT',
			slug: 'solution-focused-brief-therapy',
			why: 'acronym: the usual short name'
		},
		{
			query: 'goal setting with families',
			slug: 'solution-focused-brief-therapy',
			why: 'topic: the approach’s focus on the family’s goals'
		},
		{
			query: 'scaling questions to help a family see progress',
			slug: 'solution-focused-brief-therapy',
			why: 'phrase: one of the approach’s techniques, as a practitioner knows it'
		},
		{
			query: 'connected persons',
			slug: 'kinship-care',
			why: 'other name: the fostering regulations’ term for relatives and friends as carers'
		},
		{
			query: 'grandparnets raising grandchildren',
			slug: 'kinship-care',
			why: 'typo: swapped letters in a common search'
		},
		{
			query: 'placing children with aunts and uncles instead of strangers',
			slug: 'kinship-care',
			why: 'phrase: a parent’s or manager’s plain words'
		},
		{
			query: 'Fostering Changes programme',
			slug: 'foster-and-kinship-care-support',
			why: 'other name: a UK training programme for foster carers'
		},
		{
			query: 'placement disruption',
			slug: 'foster-and-kinship-care-support',
			why: 'outcome: the sector’s other word for placement breakdown'
		},
		{
			query: 'keeping placements together when behaviour is hard to manage',
			slug: 'foster-and-kinship-care-support',
			why: 'phrase: a supervising social worker’s question'
		},
		{
			query: 'specialist carers for challenging teenagers',
			slug: 'treatment-foster-care',
			why: 'everyday word: near-synonyms a placements team uses'
		},
		{
			query: 'teenagers who ofend',
			slug: 'treatment-foster-care',
			why: 'typo: a dropped letter in the rated offending outcome'
		},
		{
			query: "family placement instead of a children's home for a violent teenager",
			slug: 'treatment-foster-care',
			why: 'phrase: the alternative to residential care, as a placements officer puts it'
		},
		{
			query: 'group homes',
			slug: 'residential-care',
			why: 'other name: the international term for children’s homes'
		},
		{
			query: 'care home for teenagers',
			slug: 'residential-care',
			why: 'everyday word: a parent’s words for a children’s home'
		},
		{
			query: 'home with staff for a 12 year old with complex trauma',
			slug: 'residential-care',
			why: 'phrase: a social worker looking for a placement'
		},
		{
			query: 'trauma therapy for children',
			slug: 'cbt-for-sexual-abuse-recovery',
			why: 'everyday word: plain words for the therapy'
		},
		{
			query: 'cbt for truama',
			slug: 'cbt-for-sexual-abuse-recovery',
			why: 'typo: swapped letters after the acronym'
		},
		{
			query: 'nightmares and flashbacks in a 10 year old',
			slug: 'cbt-for-sexual-abuse-recovery',
			why: 'phrase: signs of the rated post-traumatic stress outcome, as a carer describes them'
		},
		{
			query: 'Mellow Babies',
			slug: 'mellow-parenting',
			why: 'other name: the programme’s version for parents of babies'
		},
		{
			query: 'mums looking back at their own childhood in a weekly group',
			slug: 'mellow-parenting',
			why: 'phrase: the morning session as a parent describes it'
		},
		{
			query: 'group programme for parents of under 5s',
			slug: 'mellow-parenting',
			why: 'phrase: a commissioner’s search for early years groups'
		},
		{
			query: 'parent with bipolar',
			slug: 'child-mental-illness-prevention',
			why: 'everyday word: a particular illness in a worker’s words'
		},
		{
			query: 'mum with pyschosis',
			slug: 'child-mental-illness-prevention',
			why: 'typo: the usual misspelling of psychosis'
		},
		{
			query: 'stop children of depressed parents becoming ill themselves',
			slug: 'child-mental-illness-prevention',
			why: 'phrase: the aim of the programmes in plain words'
		}
	]
};

import type { SearchJudgement } from './search-judgements.js';

/**
 * The judged set's first held-out half. Its score was read after each change while search was
 * tuned, and synonyms added since were influenced by it, so it now measures like a validation set:
 * better than the tuning half at catching over-fitting, not an untouched test.
 */
export const validationJudgements: readonly SearchJudgement[] = [
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
];

import type { SearchJudgement } from './search-judgements.js';

/**
 * The judged set's held-out half, written after search was tuned and measured once: nobody may
 * change search while looking at it. When it has been used to tune, write a new one.
 */
export const heldOutJudgements: readonly SearchJudgement[] = [
	{
		query: 'problem solving court',
		slug: 'family-drug-and-alcohol-courts',
		why: 'other name: how the courts describe themselves'
	},
	{
		query: 'mum using drugs in care proceedings',
		slug: 'family-drug-and-alcohol-courts',
		why: 'phrase: a social worker describing a case'
	},
	{
		query: 'substnce misuse',
		slug: 'family-drug-and-alcohol-courts',
		why: 'typo: a dropped letter'
	},
	{
		query: 'family led decision making',
		slug: 'family-group-conferencing',
		why: 'everyday word: how practitioners put the idea'
	},
	{
		query: 'a plan made by the wider family',
		slug: 'family-group-conferencing',
		why: 'phrase: what the meeting produces'
	},
	{
		query: 'family group conferencng',
		slug: 'family-group-conferencing',
		why: 'typo: a dropped letter in the name'
	},
	{
		query: 'family empowerment',
		slug: 'family-group-conferencing',
		why: 'outcome: one of the outcomes the review looked at'
	},
	{
		query: 'parent child interaction',
		slug: 'parent-child-interaction-therapy',
		why: 'prefix: the start of the name'
	},
	{
		query: 'coaching parents through an earpiece',
		slug: 'parent-child-interaction-therapy',
		why: 'phrase: what the therapist does'
	},
	{
		query: 'fewer re-referrals for physical abuse',
		slug: 'parent-child-interaction-therapy',
		why: 'outcome: what the newsletter says the evidence found'
	},
	{
		query: 'family preservation',
		slug: 'intensive-family-preservation-services',
		why: 'other name: the short form practitioners use'
	},
	{
		query: 'intensive help at home for a few weeks when a family is in crisis',
		slug: 'intensive-family-preservation-services',
		why: 'phrase: a manager describing the service'
	},
	{
		query: 'preventing entry into care',
		slug: 'intensive-family-preservation-services',
		why: 'outcome: the outcome the service aims at'
	},
	{
		query: 'sings of safety',
		slug: 'signs-of-safety',
		why: 'typo: two letters swapped'
	},
	{
		query: 'risk assessment framework for social workers',
		slug: 'signs-of-safety',
		why: 'phrase: what a manager looking for a framework types'
	},
	{
		query: 'safety planning with families',
		slug: 'signs-of-safety',
		why: 'everyday word: the practice the framework supports'
	},
	{
		query: 'solution focused',
		slug: 'solution-focused-brief-therapy',
		why: 'prefix: the start of the name'
	},
	{
		query: 'brief therapy',
		slug: 'solution-focused-brief-therapy',
		why: 'other name: the end of the name'
	},
	{
		query: 'talking about goals rather than problems',
		slug: 'solution-focused-brief-therapy',
		why: 'phrase: how the approach is explained to families'
	},
	{
		query: 'living with relatives',
		slug: 'kinship-care',
		why: 'everyday word: how families describe the arrangement'
	},
	{
		query: 'special guardianship order',
		slug: 'kinship-care',
		why: 'topic: the legal order most kinship carers hold'
	},
	{
		query: 'aunt looking after her niece',
		slug: 'kinship-care',
		why: 'phrase: a family arrangement as a social worker describes it'
	},
	{
		query: 'support groups for carers',
		slug: 'foster-and-kinship-care-support',
		why: 'everyday word: what carers ask for'
	},
	{
		query: 'keeping placements stable',
		slug: 'foster-and-kinship-care-support',
		why: 'outcome: what support for carers aims at'
	},
	{
		query: 'suport for foster carers',
		slug: 'foster-and-kinship-care-support',
		why: 'typo: a dropped letter'
	},
	{
		query: 'Oregon model',
		slug: 'treatment-foster-care',
		why: 'other name: where the model comes from'
	},
	{
		query: 'young offenders placed with foster families',
		slug: 'treatment-foster-care',
		why: 'phrase: a youth justice worker describing a placement'
	},
	{
		query: 'treatment foster',
		slug: 'treatment-foster-care',
		why: 'prefix: the start of the name'
	},
	{
		query: 'therapeutic childrens homes',
		slug: 'residential-care',
		why: 'everyday word: without the apostrophe, as often typed'
	},
	{
		query: 'group care',
		slug: 'residential-care',
		why: 'other name: the American term in the reviews'
	},
	{
		query: 'resedential care',
		slug: 'residential-care',
		why: 'typo: a wrong vowel'
	},
	{
		query: 'trauma focused CBT',
		slug: 'cbt-for-sexual-abuse-recovery',
		why: 'other name: the therapy’s usual name'
	},
	{
		query: 'cognitive behavioral therapy',
		slug: 'cbt-for-sexual-abuse-recovery',
		why: 'everyday word: American spelling'
	},
	{
		query: 'child abused by a relative needs therapy',
		slug: 'cbt-for-sexual-abuse-recovery',
		why: 'phrase: a foster carer’s question'
	},
	{
		query: 'post traumatic stress in children',
		slug: 'cbt-for-sexual-abuse-recovery',
		why: 'outcome: the symptoms the therapy treats'
	},
	{
		query: 'mellow',
		slug: 'mellow-parenting',
		why: 'prefix: the first word of the name'
	},
	{
		query: 'parenting group for mothers of infants',
		slug: 'mellow-parenting',
		why: 'everyday word: how a health visitor might put it'
	},
	{
		query: 'mother and baby relationship',
		slug: 'mellow-parenting',
		why: 'outcome: the relationship the programme works on'
	},
	{
		query: 'children of mentally ill parents',
		slug: 'child-mental-illness-prevention',
		why: 'other name: how the research literature names the group'
	},
	{
		query: 'explaining a parent’s depression to their children',
		slug: 'child-mental-illness-prevention',
		why: 'phrase: what a worker wants to do with a family'
	},
	{
		query: 'parental mental ilness',
		slug: 'child-mental-illness-prevention',
		why: 'typo: a dropped letter'
	}
];

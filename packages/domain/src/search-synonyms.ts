/**
 * Ways of saying the same thing in children's social care, for search: a reader who types any
 * phrase of a group also finds entries that use another. Each group is a fact about how the field
 * talks — everyday words beside the words of research and policy, British beside American usage —
 * never a fix for one query, and it says why. Names of one intervention (acronyms, brand names)
 * belong in that intervention's "also known as" list instead, where editors keep them.
 *
 * Reviewing a change: a group should hold in every context a reader might type it (search expands
 * it everywhere), and its phrases should be what people actually write. Matching ignores case,
 * apostrophes, hyphens and a plural "s" (`searchPhraseKey`).
 */
export interface SynonymGroup {
	phrases: readonly string[];
	why: string;
}

/** The reviewed synonym list search applies on every engine. */
export const searchSynonyms: readonly SynonymGroup[] = [
	{
		phrases: [
			"children's home",
			'residential care',
			'residential placement',
			'resi',
			'residential home'
		],
		why: 'Practitioners say "children’s homes" and "resi"; reviews say "residential care".'
	},
	{
		phrases: [
			'drug',
			'alcohol',
			'substance misuse',
			'substance use',
			'addiction',
			'addicted',
			'drink',
			'heroin',
			'cocaine',
			'cannabis'
		],
		why: 'Assessments record drug and alcohol concerns; services and reviews say "substance misuse".'
	},
	{
		phrases: [
			'edge of care',
			'family preservation',
			'entry to care',
			'taken into care',
			'come into care',
			'keeping families together'
		],
		why: '"Edge of care" services keep children from being taken into care: the outcome "entry to care".'
	},
	{
		phrases: [
			'looked after',
			'children in care',
			'care experienced',
			'lac',
			'cla',
			'child in care'
		],
		why: 'The Children Act’s "looked after", its acronyms LAC and CLA, and the plain "in care".'
	},
	{
		phrases: [
			'foster care',
			'fostering',
			'foster carer',
			'foster placement',
			'foster parent',
			'foster family'
		],
		why: 'The service, the people and the placement are one subject to a reader.'
	},
	{
		phrases: [
			'kinship care',
			'family and friends care',
			'connected person',
			'special guardianship',
			'sgo',
			'connected carer',
			'relative carer',
			'grandparent',
			'nan',
			'gran'
		],
		why: 'England’s statutory terms for care by relatives and friends, and the grandparents who give most of it.'
	},
	{
		phrases: ['domestic abuse', 'domestic violence', 'intimate partner violence', 'dv'],
		why: 'Policy moved from "violence" to "abuse"; research says "intimate partner violence".'
	},
	{
		phrases: ['sexual abuse', 'sexual assault', 'csa', 'sexually abused'],
		why: 'Child sexual abuse, its acronym and how families describe it.'
	},
	{
		phrases: ['trauma', 'ptsd', 'post traumatic stress', 'traumatic stress', 'flashback'],
		why: 'Post-traumatic stress disorder by its acronym, its clinical names and its best-known symptom.'
	},
	{
		phrases: [
			'challenging behaviour',
			'behaviour problem',
			'conduct problem',
			'disruptive behaviour',
			'tantrum',
			'meltdown',
			'aggression'
		],
		why: 'Carers say "challenging behaviour", "tantrums" or "meltdowns"; trials measure "conduct problems".'
	},
	{
		phrases: ['behaviour', 'behavior'],
		why: 'British and American spelling: most trials are reported in American English.'
	},
	{
		phrases: ['youth offending', 'youth justice', 'offending', 'delinquency', 'crime'],
		why: 'England’s "youth justice" and "offending", and the American "delinquency" of the trials.'
	},
	{
		phrases: ['counselling', 'counseling', 'therapy', 'talking therapy'],
		why: 'Families say counselling or talking therapy for what services call therapy.'
	},
	{
		phrases: [
			'mental health',
			'mental illness',
			'mental disorder',
			'depression',
			'anxiety',
			'schizophrenia',
			'psychosis',
			'bipolar',
			'camhs'
		],
		why: 'Readers name the condition or CAMHS, the service; reviews speak of mental health and illness.'
	},
	{
		phrases: ['parent', 'mum', 'mother', 'mom', 'dad', 'father'],
		why: 'Families and practitioners name the parent; entries say "parents".'
	},
	{
		phrases: ['child', 'children'],
		why: 'An irregular plural the stemmer leaves apart.'
	},
	{
		phrases: ['baby', 'infant', 'newborn'],
		why: 'Everyday and clinical words for a child in its first year.'
	},
	{
		phrases: ['toddler', 'preschool', 'pre school', 'under five', 'early years'],
		why: 'Everyday, education and health words for children under five.'
	},
	{
		phrases: ['teenager', 'adolescent', 'teen', 'young person'],
		why: 'Everyday and research words for children of secondary-school age.'
	},
	{
		phrases: ['reunification', 'return home', 'going home', 'back home'],
		why: 'Research says "reunification" where families say a child goes back home.'
	},
	{
		phrases: ['child protection', 'safeguarding', 'child safety', 'cp plan', 'section 47'],
		why: 'England’s "safeguarding", "child protection" (plans, section 47 enquiries) are the outcome "child safety".'
	},
	{
		phrases: ['maltreatment', 'abuse and neglect', 'child abuse'],
		why: 'Research says "maltreatment" for abuse and neglect together.'
	},
	{
		phrases: ['care proceedings', 'public law outline', 'plo', 'care order', 'family court'],
		why: 'The court process by which a child may be taken into care, by its practitioners’ names.'
	},
	{
		phrases: ['attachment', 'bonding', 'parent child relationship'],
		why: 'Practitioners say bonding or attachment for the relationship interventions work on.'
	},
	{
		phrases: ['parenting programme', 'parenting course', 'parenting class', 'parenting group'],
		why: 'Families say class or course for what services call a parenting programme.'
	},
	{
		phrases: ['short term', 'brief'],
		why: 'Interventions of a few sessions call themselves "brief".'
	},
	{
		phrases: [
			'placement breakdown',
			'placement disruption',
			'placement instability',
			'placement stability'
		],
		why: 'One subject named by what goes wrong or by what is wanted.'
	},
	{
		phrases: ['wellbeing', 'well being'],
		why: 'Spelt as one word or two.'
	},
	{
		phrases: ['school', 'education', 'attainment'],
		why: 'Readers say school; outcomes say education and attainment.'
	},
	{
		phrases: ['social worker', 'practitioner', 'caseworker'],
		why: 'English social workers and the American caseworkers of the trials.'
	}
];

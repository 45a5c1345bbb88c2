import type { FavourableDirection, OutcomeDomain, Topic } from '@whatworks/domain';

/** A kind of social-care intervention: the words its synthetic entries are written with. */
export interface Theme {
	/** How often entries are of this kind, relative to the others. */
	weight: number;
	/** The second half of an entry's name, e.g. "Kinship Carer Support". */
	cores: readonly string[];
	topics: readonly Topic[];
	/** The outcome domains entries of this kind are usually rated on, likeliest first. */
	domains: readonly OutcomeDomain[];
	audiences: readonly string[];
	aims: readonly string[];
	/** Sentences of the description and the EMMIE mechanisms. */
	sentences: readonly string[];
	/** The ages served: the youngest and oldest an entry may start and end at. */
	ages: readonly [number, number];
}

// Only the parenting theme uses words stemmed to "parent", so a search for "parenting" finds about
// as large a share of entries as its weight, as in the real Evidence Store.
export const themes = {
	parenting: {
		weight: 4,
		cores: [
			'Parenting Programme',
			'Positive Parenting Group',
			'Parenting Skills Course',
			'Parent and Child Coaching'
		],
		topics: ['parenting'],
		domains: ['parenting-and-family', 'behaviour', 'child-wellbeing'],
		audiences: [
			'parents of children with behaviour problems',
			'parents under stress',
			'parents of young children'
		],
		aims: [
			'that aims to build warm and consistent parenting',
			'that aims to reduce harsh parenting'
		],
		sentences: [
			'Parents practise new skills with their child while a coach gives live feedback.',
			'Group sessions cover praise, play, limit setting and calm discipline.',
			'Parents set their own goals and review them with the practitioner each week.'
		],
		ages: [2, 12]
	},
	fosterCare: {
		weight: 9,
		cores: [
			'Foster Carer Training',
			'Treatment Foster Care',
			'Foster Placement Support',
			'Fostering Network Hub'
		],
		topics: ['kinship-and-foster-care', 'children-in-care'],
		domains: ['permanence-and-reunification', 'behaviour', 'child-wellbeing'],
		audiences: [
			'foster carers',
			'children in foster care',
			'foster carers looking after teenagers'
		],
		aims: [
			'that aims to keep foster placements stable',
			'that aims to help children settle in foster care'
		],
		sentences: [
			'Foster carers meet monthly in a hub led by an experienced carer.',
			'Carers learn to respond to behaviour that stems from early trauma.',
			'A supervising social worker visits the foster home every fortnight.'
		],
		ages: [4, 17]
	},
	kinship: {
		weight: 6,
		cores: ['Kinship Carer Support', 'Kinship Care Network', 'Special Guardianship Support'],
		topics: ['kinship-and-foster-care'],
		domains: ['permanence-and-reunification', 'child-wellbeing', 'behaviour'],
		audiences: ['kinship carers', 'grandparents raising grandchildren', 'special guardians'],
		aims: [
			'that aims to keep children safely with their wider family',
			'that aims to reduce kinship placement breakdown'
		],
		sentences: [
			'Kinship carers get peer support, advice on finances and help with contact arrangements.',
			'A family support worker helps relatives who have taken on a child at short notice.',
			'Special guardians can call a helpline for advice at any time.'
		],
		ages: [0, 17]
	},
	neglect: {
		weight: 8,
		cores: ['Neglect Assessment Tool', 'Neglect Reduction Service', 'Graded Care Profile Service'],
		topics: ['abuse-and-neglect'],
		domains: ['child-safety', 'entry-to-care', 'parenting-and-family'],
		audiences: [
			'families where children are at risk of neglect',
			'children on child protection plans for neglect'
		],
		aims: [
			'that aims to reduce chronic neglect',
			'that aims to prevent repeat referrals for neglect'
		],
		sentences: [
			'Practitioners score the care a child receives across physical care, safety, love and esteem.',
			'A neglect specialist works alongside the allocated social worker for six months.',
			'The service tackles poor home conditions, missed health appointments and school attendance.'
		],
		ages: [0, 15]
	},
	substanceMisuse: {
		weight: 7,
		cores: [
			'Family Drug and Alcohol Court',
			'Recovery Coaching',
			'Substance Misuse Family Service'
		],
		topics: ['substance-misuse', 'family-decision-making'],
		domains: ['permanence-and-reunification', 'entry-to-care', 'child-safety'],
		audiences: [
			'families affected by drug or alcohol misuse',
			'mothers in recovery from substance misuse'
		],
		aims: [
			'that aims to help families stop misusing drugs and alcohol',
			'that aims to keep children safely at home during recovery'
		],
		sentences: [
			'A specialist court team reviews progress every fortnight with the family.',
			'Recovery coaches with lived experience of addiction support each family.',
			'Drug and alcohol testing is combined with treatment and practical help.'
		],
		ages: [0, 17]
	},
	mentalHealth: {
		weight: 9,
		cores: [
			'Trauma-Focused Therapy',
			'Child Mental Health Service',
			'Counselling in Schools',
			'Emotional Wellbeing Service'
		],
		topics: ['mental-health'],
		domains: ['child-wellbeing', 'behaviour', 'education'],
		audiences: [
			'children who have experienced trauma',
			'young people with anxiety or low mood',
			'children in care with mental health needs'
		],
		aims: ['that aims to reduce trauma symptoms', 'that aims to improve emotional wellbeing'],
		sentences: [
			'A trained therapist delivers twelve weekly sessions of cognitive behavioural therapy.',
			'Young people learn to recognise and manage difficult feelings.',
			'Therapists work with the child and a trusted adult together.'
		],
		ages: [5, 18]
	},
	reunification: {
		weight: 5,
		cores: ['Reunification Practice Framework', 'Return Home Support', 'Going Home Service'],
		topics: ['children-in-care', 'family-decision-making'],
		domains: ['permanence-and-reunification', 'child-safety', 'entry-to-care'],
		audiences: ['children in care returning home', 'families working towards reunification'],
		aims: [
			'that aims to make reunification safe and lasting',
			'that aims to prevent children re-entering care after going home'
		],
		sentences: [
			'Social workers assess readiness for reunification against clear written goals.',
			'Support continues for a year after the child returns home.',
			'Contact is planned so that it builds towards the return home.'
		],
		ages: [0, 17]
	},
	familyGroupConference: {
		weight: 5,
		cores: ['Family Group Conference', 'Family Network Meeting', 'Lifelong Links'],
		topics: ['family-decision-making'],
		domains: ['entry-to-care', 'permanence-and-reunification', 'child-safety'],
		audiences: ['families facing care proceedings', 'extended families of children at risk'],
		aims: [
			'that aims to let the wider family make a safe plan',
			'that aims to avoid unnecessary entry to care'
		],
		sentences: [
			'An independent coordinator brings the extended family together to make a plan.',
			'The family has private time to agree a plan, which professionals then review.',
			'Relatives, friends and neighbours are invited as well as close family.'
		],
		ages: [0, 17]
	},
	homeVisiting: {
		weight: 6,
		cores: ['Home Visiting Programme', 'Nurse Home Visiting', 'Early Years Home Support'],
		topics: ['abuse-and-neglect'],
		domains: ['child-safety', 'child-wellbeing', 'parenting-and-family'],
		audiences: ['first-time mothers', 'families with a new baby', 'young mothers and fathers'],
		aims: [
			'that aims to give babies a safe and healthy start',
			'that aims to prevent maltreatment in the early years'
		],
		sentences: [
			'A specially trained nurse makes home visits from pregnancy until the child is two.',
			'Visits cover the baby’s health, attachment, and the family’s own goals.',
			'Home visitors link families with housing, benefits and health services.'
		],
		ages: [0, 3]
	},
	familyTherapy: {
		weight: 7,
		cores: [
			'Multisystemic Therapy',
			'Functional Family Therapy',
			'Family Therapy Service',
			'Systemic Family Therapy'
		],
		topics: ['mental-health', 'children-in-care'],
		domains: ['behaviour', 'entry-to-care', 'parenting-and-family'],
		audiences: ['families of young people at risk of care', 'young people involved in offending'],
		aims: [
			'that aims to reduce offending and keep young people at home',
			'that aims to change how the whole family communicates'
		],
		sentences: [
			'A family therapist works intensively with the whole family in their home.',
			'Therapists are available around the clock for the first months of therapy.',
			'Family therapy sessions focus on communication, boundaries and problem solving.'
		],
		ages: [10, 17]
	},
	court: {
		weight: 5,
		cores: ['Pre-Proceedings Support', 'Court Advocacy Service', 'Family Court Advice Service'],
		topics: ['family-decision-making'],
		domains: ['entry-to-care', 'permanence-and-reunification'],
		audiences: ['families at the pre-proceedings stage', 'families in family court proceedings'],
		aims: [
			'that aims to help families understand and take part in court proceedings',
			'that aims to resolve cases without going to court'
		],
		sentences: [
			'An advocate explains the court process and helps the family prepare.',
			'Lawyers and social workers meet the family before proceedings are issued.',
			'The service works with the local family court to shorten proceedings.'
		],
		ages: [0, 17]
	},
	practice: {
		weight: 8,
		cores: [
			'Strengths-Based Practice Model',
			'Systemic Practice Unit',
			'Social Work Supervision Model',
			'Relationship-Based Practice'
		],
		topics: ['practice-frameworks'],
		domains: ['workforce-wellbeing', 'entry-to-care', 'child-safety'],
		audiences: ['children’s social work teams', 'social workers and their managers'],
		aims: [
			'that aims to improve social work practice with families',
			'that aims to reduce social worker turnover'
		],
		sentences: [
			'Social workers are trained in a shared practice model and coached in using it.',
			'Small units share cases, with a consultant social worker and a clinician.',
			'Group supervision gives social workers regular time to reflect on their cases.'
		],
		ages: [0, 17]
	},
	education: {
		weight: 5,
		cores: [
			'Virtual School Mentoring',
			'Reading Support for Children in Care',
			'Education Champions'
		],
		topics: ['children-in-care'],
		domains: ['education', 'child-wellbeing'],
		audiences: [
			'children in care at primary school',
			'looked after young people at secondary school'
		],
		aims: [
			'that aims to raise the attainment of children in care',
			'that aims to improve school attendance'
		],
		sentences: [
			'Trained volunteers read with children in care for an hour each week.',
			'The virtual school head tracks attendance and attainment of every child in care.',
			'Mentors help young people plan their learning and stay in school.'
		],
		ages: [5, 16]
	},
	domesticAbuse: {
		weight: 6,
		cores: [
			'Domestic Abuse Recovery Group',
			'Safe Relationships Programme',
			'Domestic Abuse Outreach'
		],
		topics: ['abuse-and-neglect', 'mental-health'],
		domains: ['child-safety', 'child-wellbeing'],
		audiences: [
			'children who have lived with domestic abuse',
			'families affected by domestic abuse'
		],
		aims: [
			'that aims to help children recover from domestic abuse',
			'that aims to keep survivors and children safe'
		],
		sentences: [
			'Children and their non-abusive carer attend parallel group sessions.',
			'An outreach worker helps survivors make a safety plan.',
			'The service works with schools, police and health visitors.'
		],
		ages: [4, 16]
	},
	careLeavers: {
		weight: 5,
		cores: ['Care Leaver Mentoring', 'Staying Close Support', 'Leaving Care Hub'],
		topics: ['children-in-care'],
		domains: ['education', 'child-wellbeing'],
		audiences: ['young people leaving care', 'care leavers aged 18 to 25'],
		aims: [
			'that aims to help care leavers into work, education or training',
			'that aims to give care leavers a stable home'
		],
		sentences: [
			'Young people leaving residential care keep a link with staff they trust.',
			'A personal adviser helps with housing, money and finding work.',
			'Care leavers meet peers at a weekly drop-in hub.'
		],
		ages: [16, 25]
	},
	edgeOfCare: {
		weight: 5,
		cores: ['Edge of Care Service', 'Adolescent Outreach Team', 'No Wrong Door'],
		topics: ['children-in-care', 'practice-frameworks'],
		domains: ['entry-to-care', 'behaviour', 'child-safety'],
		audiences: ['adolescents on the edge of care', 'young people at risk of exploitation'],
		aims: [
			'that aims to keep adolescents safely at home',
			'that aims to reduce going missing and exploitation'
		],
		sentences: [
			'A multi-agency team offers intensive support when a young person is at risk of care.',
			'Workers are available in the evenings and at weekends when crises happen.',
			'Each young person has one key worker who stays with them throughout.'
		],
		ages: [11, 17]
	}
} as const satisfies Record<string, Theme>;

/** One kind of intervention. */
export type ThemeKey = keyof typeof themes;

/** The first half of an entry's name: an invented programme brand. */
export const brands = [
	'Anchor',
	'Beacon',
	'Bridges',
	'Compass',
	'Harbour',
	'Hearth',
	'Horizon',
	'Keystone',
	'Kite',
	'Lantern',
	'Meadow',
	'Northstar',
	'Oak',
	'Open Door',
	'Pathways',
	'Roots',
	'Safe Steps',
	'Thrive',
	'Together',
	'Willow',
	'Evergreen',
	'Skylark',
	'Waymark',
	'Riverside'
] as const;

/** How an entry is delivered: the start of its summary. */
export const formats = [
	'A 12-week group programme',
	'An intensive home-based service',
	'A one-to-one coaching course',
	'A multi-agency team',
	'A six-month casework service',
	'A volunteer-led befriending scheme',
	'A short online course with follow-up calls',
	'A residential weekend followed by monthly sessions'
] as const;

/** Sentences any entry's description may use. */
export const genericSentences = [
	'It is delivered by qualified practitioners who receive regular supervision.',
	'Local authorities commission it alongside their early help offer.',
	'Families are referred by children’s social care, schools or health visitors.',
	'Sessions take place in community venues, family centres or at home.',
	'The model has a manual, a fidelity checklist and accredited training.',
	'Practitioners keep caseloads small so they can see families often.',
	'Interpreters are offered so families can take part in their first language.',
	'It was first developed in the United States and adapted for England.'
] as const;

/** EMMIE sections other than the mechanisms, which come from the theme. */
export const emmieSentences = {
	effect: [
		'Synthetic entry for benchmarking: the effects below are generated, not real findings.',
		'Studies are generated for benchmarking and report invented effect sizes.'
	],
	moderators: [
		'Effects look larger for families who complete most sessions.',
		'There is little evidence on whether effects differ by ethnicity or disability.',
		'Effects may be smaller where services are already well resourced.'
	],
	implementation: [
		'Good implementation depends on manageable caseloads and skilled supervision.',
		'Recruiting and keeping trained staff is the main implementation challenge.',
		'Strong links with referrers help families take the offer up.'
	],
	economics: [
		'No economic evaluation has been published.',
		'One cost study suggests savings from fewer days in care.',
		'Costs fall mostly on staff time and training.'
	]
} as const;

/** The outcomes each domain is measured by, with the direction that is good for children. */
export const outcomesByDomain: Record<
	OutcomeDomain,
	readonly { outcome: string; favourable: FavourableDirection }[]
> = {
	'child-safety': [
		{ outcome: 'Repeat maltreatment', favourable: 'lower' },
		{ outcome: 'Re-referral to children’s social care', favourable: 'lower' },
		{ outcome: 'Child protection plans', favourable: 'lower' }
	],
	'entry-to-care': [
		{ outcome: 'Entry to care', favourable: 'lower' },
		{ outcome: 'Days in care', favourable: 'lower' }
	],
	'permanence-and-reunification': [
		{ outcome: 'Family reunification', favourable: 'higher' },
		{ outcome: 'Placement stability', favourable: 'higher' },
		{ outcome: 'Placement breakdown', favourable: 'lower' }
	],
	'child-wellbeing': [
		{ outcome: 'Emotional wellbeing', favourable: 'higher' },
		{ outcome: 'Trauma symptoms', favourable: 'lower' },
		{ outcome: 'Depression and anxiety', favourable: 'lower' }
	],
	behaviour: [
		{ outcome: 'Behaviour problems', favourable: 'lower' },
		{ outcome: 'Offending', favourable: 'lower' },
		{ outcome: 'Going missing', favourable: 'lower' }
	],
	'parenting-and-family': [
		{ outcome: 'Family functioning', favourable: 'higher' },
		{ outcome: 'Caregiver stress', favourable: 'lower' },
		{ outcome: 'Caregiver confidence', favourable: 'higher' }
	],
	education: [
		{ outcome: 'School attendance', favourable: 'higher' },
		{ outcome: 'Attainment', favourable: 'higher' },
		{ outcome: 'Exclusions', favourable: 'lower' }
	],
	'workforce-wellbeing': [
		{ outcome: 'Social worker wellbeing', favourable: 'higher' },
		{ outcome: 'Staff turnover', favourable: 'lower' }
	]
};

/** Invented first authors of the synthetic studies. */
export const authors = [
	'Adeyemi',
	'Bennett',
	'Chowdhury',
	'Davies',
	'Evans',
	'Fernandez',
	'Gallagher',
	'Hussain',
	'Ishikawa',
	'Jensen',
	'Kowalski',
	'Lindqvist',
	'McAllister',
	'Nakamura',
	'Okafor',
	'Patel',
	'Quinn',
	'Rahman',
	'Sørensen',
	'Thompson',
	'Usman',
	'Van Dijk',
	'Williams',
	'Zhang'
] as const;

/** Where the synthetic studies took place, with relative weights: mostly the US, then the UK. */
export const countryWeights = { US: 45, GB: 25, AU: 8, CA: 7, NL: 5, SE: 4, NO: 3, DE: 3 } as const;

/** Where the synthetic studies' interventions were delivered. */
export const settings = [
	'Family homes',
	'Family centres',
	'Schools',
	'Local authority children’s services',
	'Community health services',
	'Family court'
] as const;

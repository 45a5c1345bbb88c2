import {
	decimalPlaces,
	roundTo,
	type DesignRating,
	type Effectiveness,
	type Strength,
	type StudyDesign
} from '@whatworks/domain';
import type { SeedIntervention, SeedRating } from './interventions.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

/** One made-up study behind a demo rating, with its one comparison on the rated outcome. */
export interface IllustrativeStudy {
	/** Invented authors, e.g. "Hartley and Osei"; unique within the intervention. */
	label: string;
	citation: string;
	year: number;
	country: string;
	design: StudyDesign;
	independentOfDeveloper: boolean;
	followUpMonths: number;
	treatmentN: number;
	comparisonN: number;
	designRating: DesignRating;
	/** Hedges' g, to two decimal places as a report gives it; positive values are benefits. */
	effectSize: number;
	variance: number;
}

/** The ranges a study's effect (Hedges' g) and treatment group size are drawn from. */
interface Ranges {
	effect: readonly [min: number, max: number];
	groupSize: readonly [min: number, max: number];
}

/**
 * What a study is for in a plan, with the ranges its effect (Hedges' g) and group size are drawn
 * from. The ranges keep each study on the right side of the rules whatever is drawn: a "clear"
 * study of at least 170 and 153 has a standard error below 0.115, so |g| ≥ 0.32 lies beyond 1.96
 * of them and |g| ≤ 0.1 well within; and each counted trial has over 300 participants when it
 * stands alone, so no rating is marked down as imprecise.
 */
const roles = {
	/** One of several trials that agree on a modest benefit. */
	agreeing: { effect: [0.22, 0.42], groupSize: [80, 200] },
	/** A trial whose benefit is clear on its own. */
	benefit: { effect: [0.32, 0.5], groupSize: [170, 260] },
	/** A trial whose harm is clear on its own. */
	harm: { effect: [-0.5, -0.32], groupSize: [170, 260] },
	/** A trial large enough to count that found no clear effect. */
	null: { effect: [-0.08, 0.1], groupSize: [170, 260] },
	/** A small study rated low for design: listed with the evidence, never counted. */
	weak: { effect: [-0.15, 0.6], groupSize: [15, 60] }
} as const satisfies Record<string, Ranges>;

type Role = keyof typeof roles;

interface PlannedComparison {
	designRating: DesignRating;
	role: Role;
}

/**
 * The counted comparisons that make the rating engine arrive at each demo rating: for example a
 * single well-run trial with a clear benefit "tended to be positive" on "moderate" evidence, and
 * two well-run trials with clear effects in opposite directions are "mixed", one level down.
 */
const eligiblePlans: Partial<
	Record<`${Effectiveness}/${Strength}`, (studyCount: number) => PlannedComparison[]>
> = {
	'consistently-positive/high': (studyCount) =>
		Array.from({ length: studyCount }, () => ({ designRating: 'high', role: 'agreeing' })),
	'tends-positive/moderate': () => [{ designRating: 'high', role: 'benefit' }],
	'tends-positive/low': () => [{ designRating: 'moderate', role: 'benefit' }],
	'mixed/moderate': () => [
		{ designRating: 'high', role: 'benefit' },
		{ designRating: 'high', role: 'harm' }
	],
	'mixed/low': () => [
		{ designRating: 'moderate', role: 'benefit' },
		{ designRating: 'moderate', role: 'harm' }
	],
	'no-effect/low': () => [{ designRating: 'moderate', role: 'null' }],
	'insufficient/very-low': () => []
};

/**
 * The comparisons behind one demo rating: those that produce it, then weak studies up to the
 * number of studies the demo names.
 */
function planComparisons(rating: SeedRating): PlannedComparison[] {
	const plan = eligiblePlans[`${rating.effectiveness}/${rating.strength}`];
	if (!plan) throw new Error(`No demo study plan gives ${rating.effectiveness}/${rating.strength}`);
	const total = rating.studyCount ?? 0;
	const eligible = plan(total);
	const weak = Array.from(
		{ length: Math.max(0, total - eligible.length) },
		(): PlannedComparison => ({ designRating: 'low', role: 'weak' })
	);
	return [...eligible, ...weak];
}

// Made-up surnames; with the note in every citation, nobody mistakes them for real reports.
const surnames = [
	'Hartley',
	'Osei',
	'Lindqvist',
	'Moreau',
	'Okafor',
	'Brennan',
	'Castillo',
	'Nakamura',
	'Fitzgerald',
	'Achterberg',
	'Delaney',
	'Haddad',
	'Kowalczyk',
	'Marsh',
	'Nguyen',
	'Pereira',
	'Sorensen',
	'Whitcombe',
	'Adeyemi',
	'Bergstrom',
	'Calloway',
	'Dhillon',
	'Ellery',
	'Fairbairn',
	'Galloway',
	'Holmgren',
	'Iqbal',
	'Jansen',
	'Kerrigan',
	'Lachance',
	'Mwangi',
	'Nolan',
	'Quinlan',
	'Rasmussen',
	'Tremblay',
	'Underhill',
	'Varga',
	'Whitfield',
	'Yilmaz',
	'Zeller',
	'Abernethy',
	'Bianchi',
	'Drummond',
	'Eriksen',
	'Farrow',
	'Gunnarsson',
	'Ibarra',
	'Lowther',
	'Prentice',
	'Stroud'
] as const;

const initials = 'ABCDEFGHJKLMNPRST';

// Most evaluations in the reviews behind the Evidence Store come from the United States.
const countriesAbroad = ['US', 'US', 'US', 'US', 'US', 'AU', 'CA', 'NL', 'NO', 'SE', 'IE', 'NZ'];

const countryNames: Record<string, string> = {
	GB: 'the UK',
	US: 'the United States',
	AU: 'Australia',
	CA: 'Canada',
	NL: 'the Netherlands',
	NO: 'Norway',
	SE: 'Sweden',
	IE: 'Ireland',
	NZ: 'New Zealand'
};

const designsByRating: Record<DesignRating, readonly StudyDesign[]> = {
	high: ['rct'],
	// A trial that lost many participants, or a comparison study that showed the groups alike.
	moderate: ['rct', 'qed'],
	low: ['qed', 'other']
};

const designPhrases: Record<StudyDesign, string> = {
	rct: 'a randomised controlled trial',
	qed: 'a matched comparison study',
	other: 'a before-and-after study'
};

const followUps = [6, 12, 12, 18, 24];

/**
 * Plans the made-up studies behind every illustrative rating of one seeded intervention, by
 * outcome: invented authors (no two studies of the intervention share them), years before the
 * entry was published, countries (the UK for as many as the demo names), designs, group sizes
 * and effects, drawn from a sequence seeded by the intervention's slug, so every machine seeds
 * the same studies. Each set makes the rating engine arrive at the rating the demo names.
 * @example planIllustrativeStudies(pcit).get('Child behaviour problems')?.length // 9
 */
export function planIllustrativeStudies(item: SeedIntervention): Map<string, IllustrativeStudy[]> {
	const random = seededRandom(item.slug);
	const authors: AuthorsSoFar = { firstAuthors: new Set(), initials: new Map() };
	const lastYear = Number(item.publishedOn.slice(0, 4)) - 1;
	const planned = new Map<string, IllustrativeStudy[]>();
	for (const rating of item.outcomes.filter((o) => o.source === 'illustrative')) {
		const studies = planComparisons(rating).map((comparison, index) => {
			const { label, reference } = drawAuthors(random, authors);
			const year = random.wholeBetween(lastYear - 17, lastYear);
			const country = index < (rating.ukStudyCount ?? 0) ? 'GB' : random.pick(countriesAbroad);
			const design = random.pick(designsByRating[comparison.designRating]);
			const role: Ranges = roles[comparison.role];
			const treatmentN = random.wholeBetween(...role.groupSize);
			const comparisonN = Math.round(treatmentN * random.between(0.9, 1.1));
			const effectSize = roundTo(random.between(...role.effect), 2);
			const title = `${item.name} and ${rating.outcome.toLowerCase()}: ${designPhrases[design]} in ${countryNames[country] ?? country}`;
			return {
				label,
				citation: `${reference} (${year}). ${title}. Illustrative demo study, not a real report.`,
				year,
				country,
				design,
				independentOfDeveloper: random.next() < 0.55,
				followUpMonths: random.pick(followUps),
				treatmentN,
				comparisonN,
				designRating: comparison.designRating,
				effectSize,
				// The large-sample variance of g, as hedgesG gives it.
				variance: roundTo(
					1 / treatmentN + 1 / comparisonN + effectSize ** 2 / (2 * (treatmentN + comparisonN)),
					decimalPlaces.variance
				)
			};
		});
		planned.set(rating.outcome, studies);
	}
	return planned;
}

/** The authors one intervention's studies have named so far. */
interface AuthorsSoFar {
	/** Each study has its own first author, so no two studies share a label. */
	firstAuthors: Set<string>;
	/** An author named again keeps the initial given the first time. */
	initials: Map<string, string>;
}

/** One to three invented authors: the short label ("Hartley and Osei") and the reference list. */
function drawAuthors(random: SeededRandom, so: AuthorsSoFar) {
	const first = random.pick(surnames.filter((name) => !so.firstAuthors.has(name)));
	so.firstAuthors.add(first);
	const count = random.pick([1, 2, 2, 3, 3]);
	const names: string[] = [first];
	while (names.length < count) {
		const next = random.pick(surnames);
		if (!names.includes(next)) names.push(next);
	}
	const cited = names.map((name) => {
		const initial = so.initials.get(name) ?? random.pick([...initials]);
		so.initials.set(name, initial);
		return `${name}, ${initial}.`;
	});
	const last = cited.pop() ?? '';
	return {
		label: count === 1 ? first : count === 2 ? names.join(' and ') : `${first} et al.`,
		reference: cited.length === 0 ? last : `${cited.join(', ')} and ${last}`
	};
}

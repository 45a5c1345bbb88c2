import { snapshotOf } from '@whatworks/db';
import {
	outcomeDomainKeys,
	publishRating,
	rateOutcome,
	studySchema,
	topicKeys,
	type Contrast,
	type CostBand,
	type DesignRating,
	type EffectMetric,
	type OutcomeDomain,
	type StudyDesign,
	type Topic
} from '@whatworks/domain';
import type { Random } from './random.js';
import type { NewRow } from './tables.js';
import {
	authors,
	brands,
	countryWeights,
	emmieSentences,
	formats,
	genericSentences,
	outcomesByDomain,
	settings,
	themes,
	type Theme,
	type ThemeKey
} from './vocabulary.js';

/** One generated intervention with everything that hangs off it, before it has database ids. */
export interface PlannedIntervention {
	row: NewRow<'interventions'>;
	topics: Topic[];
	/** Study rows; each `label` is unique within the intervention, to match inserted ids by. */
	studies: Omit<NewRow<'studies'>, 'interventionId'>[];
	outcomes: PlannedOutcome[];
}

/** One outcome, rated by the Evidence Standards from its contrasts, and the snapshot publishing it wrote. */
export interface PlannedOutcome {
	row: Omit<NewRow<'outcomeRatings'>, 'interventionId'>;
	contrasts: PlannedContrast[];
	snapshot: Omit<NewRow<'ratingSnapshots'>, 'outcomeRatingId'>;
}

/** One contrast and the index of its study in {@link PlannedIntervention.studies}. */
export interface PlannedContrast {
	studyIndex: number;
	row: Omit<NewRow<'contrasts'>, 'outcomeRatingId' | 'studyId'>;
}

type StudyRow = PlannedIntervention['studies'][number];

/** A study and what its contrasts share: how well it was done and its own departure from the true effect. */
interface PlannedStudy {
	row: StudyRow;
	designRating: DesignRating;
	bias: number;
}

const themeWeights = Object.fromEntries(
	Object.entries(themes).map(([key, theme]) => [key, theme.weight])
) as Record<ThemeKey, number>;
const costBandWeights: Record<CostBand, number> = {
	'1': 10,
	'2': 25,
	'3': 25,
	'4': 15,
	'5': 10,
	'not-known': 15
};
const designWeights: Record<StudyDesign, number> = { rct: 45, qed: 35, other: 20 };
const metricWeights: Record<EffectMetric, number> = {
	smd: 70,
	'log-odds-ratio': 20,
	'log-risk-ratio': 10
};
/** Outcomes per intervention: three on average. */
const outcomeCountWeights = { '1': 10, '2': 25, '3': 30, '4': 25, '5': 10 };
/** How a standardised mean difference and its variance scale into each metric (roughly). */
const metricScale: Record<EffectMetric, { effect: number; variance: number }> = {
	smd: { effect: 1, variance: 1 },
	'log-odds-ratio': { effect: Math.PI / Math.sqrt(3), variance: Math.PI ** 2 / 3 },
	'log-risk-ratio': { effect: 1.2, variance: 2 }
};

/**
 * Plans intervention number `index` with exactly `contrastCount` contrasts spread over its
 * outcomes and studies, and rates each outcome with the same engine the API uses.
 */
export function planIntervention(
	random: Random,
	index: number,
	contrastCount: number
): PlannedIntervention {
	const theme: Theme = themes[random.weighted(themeWeights)];
	const second: Theme | null = random.chance(0.3) ? themes[random.weighted(themeWeights)] : null;
	const name = `${random.pick(brands)} ${random.pick(theme.cores)}`;
	const reviewed = random.chance(0.9) ? randomDate(random, 2016, 2024) : null;

	const studies = planStudies(random, name, contrastCount);
	const domains = pickDomains(random, [...theme.domains, ...(second?.domains ?? [])]);
	// Contrast g goes to outcome g mod n, and the first contrasts to distinct studies, so every
	// outcome and every study has at least one when there are enough contrasts.
	const studyIndices: number[][] = domains.map(() => []);
	for (let g = 0; g < contrastCount; g++) {
		studyIndices[g % domains.length]?.push(
			g < studies.length ? g : random.int(0, studies.length - 1)
		);
	}

	return {
		row: {
			slug: `${slugify(name)}-${index + 1}`,
			name,
			summary: `${random.pick(formats)} for ${random.pick(theme.audiences)} ${random.pick(theme.aims)}.`,
			description: [
				'This entry is synthetic, generated for benchmarking.',
				...pickSome(random, theme.sentences, random.int(2, 3)),
				...pickSome(random, genericSentences, random.int(1, 3)),
				...(second ? [random.pick(second.sentences)] : [])
			].join(' '),
			...ageRange(random, theme.ages),
			costBand: random.weighted(costBandWeights),
			emmie: {
				effect: random.pick(emmieSentences.effect),
				mechanisms: random.pick(theme.sentences),
				moderators: random.pick(emmieSentences.moderators),
				implementation: random.pick(emmieSentences.implementation),
				economics: random.pick(emmieSentences.economics)
			},
			sourceReview: random.chance(0.3)
				? `Synthetic evidence review ${random.int(2015, 2024)}`
				: null,
			evidenceLastReviewed: reviewed,
			pageUpdated: reviewed ? addDays(reviewed, random.int(0, 365)) : randomDate(random, 2016, 2024)
		},
		topics: pickTopics(random, [...theme.topics, ...(second?.topics ?? [])]),
		studies: studies.map((study) => study.row),
		outcomes: domains.map((domain, position) =>
			planOutcome(random, {
				domain,
				position,
				studies,
				studyIndices: studyIndices[position] ?? [],
				ratedOn: reviewed
			})
		)
	};
}

function planStudies(random: Random, name: string, contrastCount: number): PlannedStudy[] {
	if (contrastCount === 0) return [];
	// Most studies report on more than one outcome, so there are fewer studies than contrasts.
	const count = Math.min(
		contrastCount,
		Math.max(1, Math.round(contrastCount / (1.5 + 2 * random.next())))
	);
	const labels = new Set<string>();
	return Array.from({ length: count }, () => {
		const author = random.pick(authors);
		const year = random.int(1995, 2024);
		// Reports by one team in one year are told apart as 2011a, 2011b, as citations do.
		let label = `${author} et al. ${year}`;
		for (let letter = 98; labels.has(label); letter++) {
			label = `${author} et al. ${year}${String.fromCharCode(letter)}`;
		}
		labels.add(label);
		const design = random.weighted(designWeights);
		const treatmentN = Math.round(
			Math.min(2000, Math.max(12, Math.exp(random.normal(Math.log(80), 0.7))))
		);
		const row: StudyRow = {
			label,
			citation: `${author}, ${random.pick(['A.', 'J.', 'M.', 'S.'])} et al. (${year}). Evaluation of ${name}. Synthetic report generated for benchmarking, not a real study.`,
			year,
			country: random.weighted(countryWeights),
			design,
			setting: random.pick(settings),
			independentOfDeveloper: random.chance(0.5),
			treatmentN,
			comparisonN: Math.max(10, Math.round(treatmentN * (0.8 + 0.4 * random.next()))),
			followUpMonths: random.chance(0.2) ? null : random.pick([3, 6, 12, 18, 24, 36]),
			source: 'illustrative'
		};
		studySchema.parse(row);
		return {
			row,
			designRating: designRatingOf(random, design),
			// Weaker designs tend to overstate effects.
			bias: random.normal(design === 'other' ? 0.05 : 0, 0.08)
		};
	});
}

function designRatingOf(random: Random, design: StudyDesign): DesignRating {
	switch (design) {
		case 'rct':
			return random.chance(0.7) ? 'high' : 'moderate';
		case 'qed':
			return random.chance(0.7) ? 'moderate' : 'low';
		case 'other':
			return 'low';
	}
}

function planOutcome(
	random: Random,
	plan: {
		domain: OutcomeDomain;
		position: number;
		studies: readonly PlannedStudy[];
		studyIndices: readonly number[];
		ratedOn: string | null;
	}
): PlannedOutcome {
	const { outcome, favourable } = random.pick(outcomesByDomain[plan.domain]);
	const metric = random.weighted(metricWeights);
	const scale = metricScale[metric];
	const trueEffect = random.normal(0.2, 0.2);
	const sign = favourable === 'higher' ? 1 : -1;

	const contrasts = plan.studyIndices.map((studyIndex): PlannedContrast => {
		const study = plan.studies[studyIndex];
		if (!study) throw new RangeError(`No study ${studyIndex}`);
		const { treatmentN, comparisonN } = study.row;
		const n = treatmentN + comparisonN;
		const smdVariance = n / (treatmentN * comparisonN) + trueEffect ** 2 / (2 * n);
		const smd = random.normal(trueEffect + study.bias, Math.sqrt(smdVariance));
		const effectSize = round3(sign * smd * scale.effect);
		const variance = smdVariance * scale.variance;
		// A fifth of reports give a confidence interval instead of the variance.
		const halfWidth = 1.96 * Math.sqrt(variance);
		const byInterval = random.chance(0.2);
		return {
			studyIndex,
			row: {
				sampleId: `sample-${studyIndex + 1}`,
				metric,
				effectSize,
				variance: byInterval ? null : variance,
				ciLower: byInterval ? round3(effectSize - halfWidth) : null,
				ciUpper: byInterval ? round3(effectSize + halfWidth) : null,
				favourableDirection: favourable,
				designRating: study.designRating,
				treatmentN,
				comparisonN
			}
		};
	});

	const result = rateOutcome(
		contrasts.map(({ studyIndex, row }, i): Contrast => ({
			...row,
			id: String(i),
			country: plan.studies[studyIndex]?.row.country ?? '',
			variance: row.variance ?? null,
			ciLower: row.ciLower ?? null,
			ciUpper: row.ciUpper ?? null
		}))
	);
	const published = publishRating(result, null);
	return {
		row: {
			position: plan.position,
			outcome,
			domain: plan.domain,
			effectiveness: published.effectiveness,
			strength: published.strength,
			studyCount: result.eligibleCount,
			ukStudyCount: result.ukCount,
			source: 'illustrative'
		},
		contrasts,
		// As rateAndPublishOutcome records it, dated when the evidence was reviewed.
		snapshot: {
			...snapshotOf(result, published),
			...(plan.ratedOn ? { ratedAt: new Date(plan.ratedOn) } : {})
		}
	};
}

/** Distinct outcome domains, mostly those usual for the kind of intervention. */
function pickDomains(random: Random, usual: readonly OutcomeDomain[]): OutcomeDomain[] {
	const count = Number(random.weighted(outcomeCountWeights));
	const picked = new Set<OutcomeDomain>();
	const preferred = [...new Set(usual)];
	while (picked.size < count) {
		const next = preferred.find((domain) => !picked.has(domain));
		picked.add(next && random.chance(0.8) ? next : random.pick(outcomeDomainKeys));
	}
	return [...picked];
}

/** One to four topics: those of the kind of intervention, sometimes one more. */
function pickTopics(random: Random, usual: readonly Topic[]): Topic[] {
	const topics = new Set(usual);
	if (random.chance(0.15)) topics.add(random.pick(topicKeys));
	return [...topics].slice(0, 4);
}

function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
	const pool = [...items];
	const picked: T[] = [];
	while (picked.length < count && pool.length > 0) {
		picked.push(...pool.splice(random.int(0, pool.length - 1), 1));
	}
	return picked;
}

function ageRange(random: Random, [youngest, oldest]: readonly [number, number]) {
	if (random.chance(0.1)) return { ageMin: null, ageMax: null };
	const ageMin = random.int(youngest, Math.max(youngest, oldest - 3));
	return { ageMin, ageMax: random.int(Math.min(oldest, ageMin + 2), oldest) };
}

function randomDate(random: Random, fromYear: number, toYear: number): string {
	const from = Date.UTC(fromYear, 0, 1);
	const days = Math.floor((Date.UTC(toYear, 11, 31) - from) / 86_400_000);
	return new Date(from + random.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
	return new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);
}

function slugify(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

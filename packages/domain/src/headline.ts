import { effectivenessScale, strengthScale, type Effectiveness, type Strength } from './ratings.js';

/** What the headline sentence of one outcome rating is built from. */
export interface HeadlineParts {
	/** The intervention's name, e.g. "Family Drug and Alcohol Courts". */
	interventionName: string;
	/** The outcome's name, e.g. "Family reunification". */
	outcomeName: string;
	effectiveness: Effectiveness;
	strength: Strength;
	/** Number of studies behind the rating, when known. */
	studyCount: number | null;
	/** Number of those studies carried out in the UK, when known. */
	ukStudyCount: number | null;
}

/**
 * The plain-English headline of an outcome rating, used on cards, pages, exports and by API consumers:
 * "{Intervention} {effectiveness stem} {outcome}. This is based on {strength} strength evidence ({k} studies, {uk} in the UK)."
 * The bracket is left out when the number of studies is not known.
 * @example
 * buildHeadline({ interventionName: 'Family Drug and Alcohol Courts', outcomeName: 'Family reunification',
 *   effectiveness: 'tends-positive', strength: 'high', studyCount: 11, ukStudyCount: 1 })
 * // 'Family Drug and Alcohol Courts tended to show a positive effect on family reunification.
 * //  This is based on high strength evidence (11 studies, 1 in the UK).'
 */
export function buildHeadline(parts: HeadlineParts): string {
	const { stem } = effectivenessScale[parts.effectiveness];
	const strength = strengthScale[parts.strength].label.toLowerCase();
	const counts = describeStudyCounts(parts.studyCount, parts.ukStudyCount);
	return (
		`${parts.interventionName} ${stem} ${lowerFirst(parts.outcomeName)}. ` +
		`This is based on ${strength} strength evidence${counts ? ` (${counts})` : ''}.`
	);
}

function describeStudyCounts(studyCount: number | null, ukStudyCount: number | null): string {
	if (studyCount === null) return '';
	const studies = `${studyCount} ${studyCount === 1 ? 'study' : 'studies'}`;
	return ukStudyCount === null ? studies : `${studies}, ${ukStudyCount} in the UK`;
}

/** Lower-cases the first letter of a sentence fragment, leaving acronyms such as "CBT" alone. */
function lowerFirst(text: string): string {
	if (/^[A-Z]{2}/.test(text)) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** What a pooled-result sentence is built from (positive estimates favour the intervention). */
export interface PooledSentenceParts {
	k: number;
	estimate: number;
	ciLower: number;
	ciUpper: number;
	i2: number;
	metric: 'smd' | 'log-odds-ratio' | 'log-risk-ratio';
}

const two = (value: number) => value.toFixed(2).replace('-', '−');

/**
 * The pooled result in plain English, for the text beside a forest plot.
 * @example
 * buildPooledSentence({ k: 3, estimate: 0.32, ciLower: 0.12, ciUpper: 0.52, i2: 10, metric: 'smd' })
 * // 'Combining 3 comparisons, the average effect was 0.32 standard deviations in favour of the
 * //  intervention (95% confidence interval 0.12 to 0.52). The studies broadly agreed (I² 10%).'
 */
export function buildPooledSentence(parts: PooledSentenceParts): string {
	const side = parts.estimate >= 0 ? 'the intervention' : 'the comparison group';
	const size =
		parts.metric === 'smd'
			? `${two(Math.abs(parts.estimate))} standard deviations`
			: `${parts.metric === 'log-odds-ratio' ? 'an odds' : 'a risk'} ratio of ${two(Math.exp(Math.abs(parts.estimate)))}`;
	const interval =
		parts.metric === 'smd'
			? `${two(parts.ciLower)} to ${two(parts.ciUpper)}`
			: `${two(Math.exp(parts.ciLower))} to ${two(Math.exp(parts.ciUpper))} on the favourable ratio scale`;
	const comparisons = `${parts.k} ${parts.k === 1 ? 'comparison' : 'comparisons'}`;
	const agreement =
		parts.k < 2
			? ''
			: parts.i2 <= 25
				? ` The studies broadly agreed (I² ${parts.i2.toFixed(0)}%).`
				: parts.i2 <= 75
					? ` The studies varied somewhat (I² ${parts.i2.toFixed(0)}%).`
					: ` The studies varied a lot (I² ${parts.i2.toFixed(0)}%).`;
	return (
		`${parts.k === 1 ? 'From' : 'Combining'} ${comparisons}, the average effect was ${size} in favour of ${side} ` +
		`(95% confidence interval ${interval}).${agreement}`
	);
}

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

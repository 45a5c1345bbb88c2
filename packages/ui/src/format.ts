import {
	formatCount,
	formatLongDate,
	londonDate,
	monthNames,
	type AgeRange
} from '@whatworks/domain';

export { formatCount, formatLongDate };

/**
 * Formats an instant as the date it was in London, the GOV.UK way.
 * @example formatLondonDate('2019-03-31T23:30:00Z') // '1 April 2019' (British Summer Time)
 */
export function formatLondonDate(instant: string): string {
	return formatLongDate(londonDate(new Date(instant)));
}

/**
 * Formats a month given as YYYY-MM the GOV.UK way.
 * @example formatMonth('2027-03') // 'March 2027'
 */
export function formatMonth(month: string): string {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	const name = match ? monthNames[Number(match[2]) - 1] : undefined;
	if (!match || name === undefined) {
		throw new RangeError(`Expected a month such as 2027-03, got "${month}"`);
	}
	return `${name} ${match[1]}`;
}

/**
 * Describes the ages an intervention serves in words.
 * @example formatAgeRange({ min: 0, max: 5 }) // '0 to 5 years'
 */
export function formatAgeRange(range: AgeRange | null): string {
	if (range === null) return 'Not stated';
	if (range.min === range.max) return `${range.min} ${range.min === 1 ? 'year' : 'years'}`;
	return `${range.min} to ${range.max} years`;
}

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });

/**
 * A country named from its ISO 3166 code, the UK as people there say it; a code no one knows
 * stays as it is.
 * @example countryName('SE') // 'Sweden'
 * @example countryName('GB') // 'UK'
 */
export function countryName(code: string): string {
	if (code === 'GB') return 'UK';
	try {
		return regionNames.of(code) ?? code;
	} catch {
		return code; // not shaped like a code at all
	}
}

/**
 * An amount in whole pounds, with the thousands marked.
 * @example formatPounds(2_400_000) // '£2,400,000'
 */
export function formatPounds(amount: number): string {
	return `£${formatCount(amount)}`;
}

/**
 * How many decimal places the numbers we publish keep. Effect estimates and their confidence
 * limits keep 4: finer than any reader needs, and the precision the engine is checked against
 * metafor to. Variances keep 6, as squared standard errors they are that much smaller.
 * @example decimalPlaces.estimate // 4
 */
export const decimalPlaces = { estimate: 4, variance: 6 } as const;

/**
 * Writes a number rounded to a number of decimal places as plain decimal text: no float noise,
 * no trailing zeros, no exponent and never "-0". Halves round away from zero, on the value as
 * stored (which for 1.00005 is a hair below the half).
 * @example formatDecimal(0.4000000000000001, 4) // '0.4'
 * @example formatDecimal(-0.123456, 4) // '-0.1235'
 * @example formatDecimal(-0.00004, 4) // '0'
 */
export function formatDecimal(value: number, places: number): string {
	const fixed = value.toFixed(places);
	const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
	return trimmed === '-0' ? '0' : trimmed;
}

/**
 * Rounds a number to a number of decimal places, as {@link formatDecimal} writes it: the result
 * is the double nearest that short decimal, so it prints as one (in JSON too).
 * @example roundTo(0.4000000000000001, 4) // 0.4
 * @example roundTo(0.0123456789, decimalPlaces.variance) // 0.012346
 */
export function roundTo(value: number, places: number): number {
	return Number(formatDecimal(value, places));
}

/**
 * A whole number with the thousands marked, as GOV.UK and en-GB write them. Not
 * `toLocaleString`: its first call loads locale data, which costs a server's start 20–40 ms.
 * @example formatCount(10000) // '10,000'
 */
export function formatCount(count: number): string {
	return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

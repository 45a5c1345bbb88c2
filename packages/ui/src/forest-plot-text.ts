// How the forest plot writes its numbers and measures its text, with no browser to measure in.

/** Average advance of a character in the system sans-serif font, in ems (generous for digits). */
export const averageCharWidth = 0.55;

/** A number as the site shows effect sizes: two decimals and a true minus sign. */
export function formatNumber(value: number): string {
	const text = value.toFixed(2);
	return text.startsWith('-')
		? /^-0\.0+$/.test(text)
			? text.slice(1)
			: `−${text.slice(1)}`
		: text;
}

/** A value in the analysis scale as shown to readers: a ratio for a log ratio. */
export function formatEffect(value: number, logRatio = false): string {
	return formatNumber(logRatio ? Math.exp(value) : value);
}

/** "0.32 to 0.54": an interval as shown to readers ("to", not a dash, as negatives have a minus). */
export function formatInterval(lower: number, upper: number, logRatio = false): string {
	return `${formatEffect(lower, logRatio)} to ${formatEffect(upper, logRatio)}`;
}

/** A weight in percent, to one decimal: "24.3%". */
export function formatWeight(weight: number): string {
	return `${weight.toFixed(1)}%`;
}

/** Rough width of a text in viewBox units: there is no font to measure with on the server. */
export function estimateTextWidth(text: string, fontSize: number): number {
	return text.length * averageCharWidth * fontSize;
}

/** The text, shortened with an ellipsis to fit `width` (the full text is in the data table). */
export function fitText(text: string, width: number, fontSize: number): string {
	if (estimateTextWidth(text, fontSize) <= width) return text;
	const chars = Math.max(1, Math.floor(width / (averageCharWidth * fontSize)) - 1);
	return `${text.slice(0, chars).trimEnd()}…`;
}

/**
 * A coordinate as a drawing writes it: to a hundredth of a unit (drawings are 320–800 units
 * wide), not with a double's seventeen digits, since the page carries every one of them.
 * @example hundredths(424.85833333333335) // 424.86
 */
export function hundredths(value: number): number {
	return Math.round(value * 100) / 100;
}

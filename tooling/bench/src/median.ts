/**
 * The median of a list of numbers (for three runs, the middle one); null when there are none.
 * @example median([90, 100, 95]) // 95
 * @example median([1, 2, 3, 4]) // 2.5
 */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The options of a select: each key with its label. */
export const choicesOf = <K extends string | number>(
	keys: readonly K[],
	label: (key: K) => string
): { value: K; label: string }[] => keys.map((key) => ({ value: key, label: label(key) }));

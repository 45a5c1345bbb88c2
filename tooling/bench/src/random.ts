/** A seeded pseudo-random source, so every run generates the same data and requests. */
export interface Random {
	/** A number in [0, 1). */
	next(): number;
	/** A whole number from `min` to `max`, both included. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** One key of a table of relative weights. */
	weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
	/** A normally distributed number (Box–Muller). */
	normal(mean: number, sd: number): number;
}

/** mulberry32: tiny, fast and good enough for test data; not for anything secret. */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const random: Random = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		pick(items) {
			const item = items[Math.floor(next() * items.length)];
			if (item === undefined) throw new RangeError('Cannot pick from an empty list');
			return item;
		},
		weighted(weights) {
			const entries = Object.entries(weights) as [keyof typeof weights, number][];
			let left = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
			for (const [key, weight] of entries) {
				left -= weight;
				if (left < 0) return key;
			}
			return random.pick(entries)[0];
		},
		normal: (mean, sd) =>
			mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
	};
	return random;
}

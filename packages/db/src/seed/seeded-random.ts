/** Draws from a seeded pseudo-random sequence: the same seed always gives the same draws. */
export interface SeededRandom {
	/** A number in [0, 1). */
	next(): number;
	/** A number in [min, max). */
	between(min: number, max: number): number;
	/** A whole number from min to max, both included. */
	wholeBetween(min: number, max: number): number;
	/** One item of a non-empty list. */
	pick<T>(items: readonly T[]): T;
}

/**
 * A pseudo-random sequence seeded by text, for demo data that must come out the same on every
 * machine and every start: the text is hashed (FNV-1a) into the state of a mulberry32 generator.
 * Not for anything secret.
 * @example seededRandom('parent-child-interaction-therapy').wholeBetween(1, 6) // the same every time
 */
export function seededRandom(seed: string): SeededRandom {
	let state = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) {
		state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
	}
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	return {
		next,
		between: (min, max) => min + (max - min) * next(),
		wholeBetween: (min, max) => min + Math.floor((max - min + 1) * next()),
		pick<T>(items: readonly T[]): T {
			if (items.length === 0) throw new RangeError('Nothing to pick from');
			return items[Math.floor(items.length * next())] as T;
		}
	};
}

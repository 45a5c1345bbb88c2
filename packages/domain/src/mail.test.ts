import { describe, expect, it } from 'vitest';
import { mailRetryDelaysSeconds, retryDelaySeconds } from './mail.js';

describe('retrying mail', () => {
	it('waits longer after each temporary failure, then gives up after the sixth attempt', () => {
		const waits = [1, 2, 3, 4, 5].map(retryDelaySeconds);
		expect(waits).toEqual([...mailRetryDelaysSeconds]);
		expect(waits.every((wait, i) => i === 0 || wait! > waits[i - 1]!)).toBe(true);
		expect(retryDelaySeconds(6)).toBeNull();
	});
});

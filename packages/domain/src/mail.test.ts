import { describe, expect, it } from 'vitest';
import { failureKind, mailRetryDelaysSeconds, retryDelaySeconds } from './mail.js';

describe('retrying mail', () => {
	it('waits longer after each temporary failure, then gives up after the sixth attempt', () => {
		const waits = [1, 2, 3, 4, 5].map(retryDelaySeconds);
		expect(waits).toEqual([...mailRetryDelaysSeconds]);
		expect(waits.every((wait, i) => i === 0 || wait! > waits[i - 1]!)).toBe(true);
		expect(retryDelaySeconds(6)).toBeNull();
	});

	it('takes a 5xx reply as permanent, a 4xx or no reply as temporary', () => {
		expect(failureKind(550)).toBe('permanent');
		expect(failureKind(554)).toBe('permanent');
		expect(failureKind(451)).toBe('temporary');
		expect(failureKind(421)).toBe('temporary');
		expect(failureKind(undefined)).toBe('temporary');
	});
});

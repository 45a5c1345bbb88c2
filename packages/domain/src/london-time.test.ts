import { describe, expect, it } from 'vitest';
import { londonDate, londonMidnight, nextLondonMidnight } from './london-time.js';

describe('londonDate', () => {
	it('is the UTC date in winter and an hour ahead in summer', () => {
		expect(londonDate(new Date('2019-01-31T23:30:00Z'))).toBe('2019-01-31');
		expect(londonDate(new Date('2019-07-31T23:30:00Z'))).toBe('2019-08-01');
	});
});

describe('londonMidnight', () => {
	it('is UTC midnight in winter and 23:00 UTC the day before in summer', () => {
		expect(londonMidnight('2019-02-18').toISOString()).toBe('2019-02-18T00:00:00.000Z');
		expect(londonMidnight('2019-06-01').toISOString()).toBe('2019-05-31T23:00:00.000Z');
	});

	it('is right on the days the clocks change', () => {
		expect(londonMidnight('2019-03-31').toISOString()).toBe('2019-03-31T00:00:00.000Z');
		expect(londonMidnight('2019-04-01').toISOString()).toBe('2019-03-31T23:00:00.000Z');
		expect(londonMidnight('2019-10-27').toISOString()).toBe('2019-10-26T23:00:00.000Z');
		expect(londonMidnight('2019-10-28').toISOString()).toBe('2019-10-28T00:00:00.000Z');
	});
});

describe('nextLondonMidnight', () => {
	it('is the start of the next London day, across both clock changes', () => {
		const cases = [
			['2019-03-30T23:59:59Z', '2019-03-31T00:00:00.000Z'],
			['2019-03-31T12:00:00Z', '2019-03-31T23:00:00.000Z'], // a 23-hour day
			['2019-10-26T23:00:00Z', '2019-10-28T00:00:00.000Z'], // a 25-hour day, from its midnight
			['2019-10-27T23:59:59Z', '2019-10-28T00:00:00.000Z']
		];
		for (const [instant = '', expected] of cases) {
			expect(nextLondonMidnight(new Date(instant)).toISOString()).toBe(expected);
		}
	});
});

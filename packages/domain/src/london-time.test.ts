import { describe, expect, it } from 'vitest';
import {
	londonDate,
	londonInstant,
	londonMidnight,
	nextLondonMidnight,
	spokenLondonTime
} from './london-time.js';

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

describe('londonInstant', () => {
	it('reads Greenwich time in winter and summer time in summer', () => {
		expect(londonInstant('2019-02-18', '12:00')?.toISOString()).toBe('2019-02-18T12:00:00.000Z');
		expect(londonInstant('2019-03-28', '09:30')?.toISOString()).toBe('2019-03-28T09:30:00.000Z');
		expect(londonInstant('2019-04-01', '09:30')?.toISOString()).toBe('2019-04-01T08:30:00.000Z');
	});

	it('has no instant for the hour the clocks skip, and the first of the hour they repeat', () => {
		expect(londonInstant('2019-03-31', '01:30')).toBeNull();
		expect(londonInstant('2019-03-31', '02:00')?.toISOString()).toBe('2019-03-31T01:00:00.000Z');
		expect(londonInstant('2019-10-27', '01:30')?.toISOString()).toBe('2019-10-27T00:30:00.000Z');
	});

	it('finds times just after midnight in summer on the right day', () => {
		expect(londonInstant('2019-07-01', '00:15')?.toISOString()).toBe('2019-06-30T23:15:00.000Z');
	});
});

describe('spokenLondonTime', () => {
	it('says midday, midnight and other times as people say them, in London', () => {
		expect(spokenLondonTime(new Date('2019-02-18T12:00:00Z'))).toBe('midday on 18 February 2019');
		expect(spokenLondonTime(new Date('2019-03-28T09:30:00Z'))).toBe('9:30am on 28 March 2019');
		expect(spokenLondonTime(new Date('2019-04-01T16:00:00Z'))).toBe('5pm on 1 April 2019');
		expect(spokenLondonTime(new Date('2019-06-30T23:00:00Z'))).toBe(
			'midnight at the start of 1 July 2019'
		);
	});
});

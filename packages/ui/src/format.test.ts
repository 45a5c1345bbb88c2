import { describe, expect, it } from 'vitest';
import {
	countryName,
	formatAgeRange,
	formatLondonDate,
	formatLongDate,
	formatMonth,
	formatPounds
} from './format.js';

describe('formatMonth', () => {
	it('names the month and year as people say them', () => {
		expect(formatMonth('2027-03')).toBe('March 2027');
		expect(formatMonth('2026-12')).toBe('December 2026');
	});

	it('refuses anything but a month', () => {
		expect(() => formatMonth('2027-13')).toThrow(RangeError);
		expect(() => formatMonth('2027-03-01')).toThrow(RangeError);
	});
});

describe('formatLongDate', () => {
	it('writes dates the way GOV.UK does', () => {
		expect(formatLongDate('2019-01-30')).toBe('30 January 2019');
		expect(formatLongDate('2024-12-01')).toBe('1 December 2024');
	});

	it('keeps the calendar date of a timestamp whatever the time zone', () => {
		expect(formatLongDate('2023-06-30T23:30:00.000Z')).toBe('30 June 2023');
	});

	it('refuses something that is not a date', () => {
		expect(() => formatLongDate('30/01/2019')).toThrow(RangeError);
		expect(() => formatLongDate('2019-13-01')).toThrow(RangeError);
	});
});

describe('formatAgeRange', () => {
	it('describes a range, a single age and an unknown range', () => {
		expect(formatAgeRange({ min: 0, max: 17 })).toBe('0 to 17 years');
		expect(formatAgeRange({ min: 1, max: 1 })).toBe('1 year');
		expect(formatAgeRange(null)).toBe('Not stated');
	});
});

describe('countryName', () => {
	it('names a country by its code, the UK as the UK, and leaves what it cannot name', () => {
		expect(countryName('SE')).toBe('Sweden');
		expect(countryName('NZ')).toBe('New Zealand');
		expect(countryName('GB')).toBe('UK');
		expect(countryName('not a code')).toBe('not a code');
	});
});

describe('formatPounds', () => {
	it('writes whole pounds with thousands separators', () => {
		expect(formatPounds(2_400_000)).toBe('£2,400,000');
		expect(formatPounds(5_000)).toBe('£5,000');
		expect(formatPounds(999)).toBe('£999');
	});
});

describe('formatLondonDate', () => {
	it('gives the date London’s clocks showed, across the clock changes', () => {
		// 23:30 UTC is already the next day in summer time, and still the same day in winter.
		expect(formatLondonDate('2019-03-31T23:30:00Z')).toBe('1 April 2019');
		expect(formatLondonDate('2019-01-30T23:30:00Z')).toBe('30 January 2019');
		expect(formatLondonDate('2019-07-12T09:00:00+01:00')).toBe('12 July 2019');
	});
});

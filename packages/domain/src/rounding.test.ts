import { describe, expect, it } from 'vitest';
import { decimalPlaces, formatCount, formatDecimal, roundTo } from './rounding.js';

describe('formatDecimal', () => {
	it('writes the short decimal a person would, without float noise or padding', () => {
		expect(formatDecimal(0.4000000000000001, decimalPlaces.estimate)).toBe('0.4');
		expect(formatDecimal(0.1 + 0.2, decimalPlaces.estimate)).toBe('0.3');
		expect(formatDecimal(0.31234567, decimalPlaces.estimate)).toBe('0.3123');
		expect(formatDecimal(-0.123456, decimalPlaces.estimate)).toBe('-0.1235');
		expect(formatDecimal(2, decimalPlaces.estimate)).toBe('2');
		expect(formatDecimal(-1.5, decimalPlaces.estimate)).toBe('-1.5');
	});

	it('never writes an exponent or a negative zero', () => {
		expect(formatDecimal(0.0000001234, decimalPlaces.variance)).toBe('0');
		expect(formatDecimal(0.0000012345, decimalPlaces.variance)).toBe('0.000001');
		expect(formatDecimal(-0.00004, decimalPlaces.estimate)).toBe('0');
		expect(formatDecimal(-0, decimalPlaces.estimate)).toBe('0');
	});

	it('keeps six decimal places of a variance', () => {
		expect(formatDecimal(0.0123456789, decimalPlaces.variance)).toBe('0.012346');
		expect(formatDecimal(0.0125, decimalPlaces.variance)).toBe('0.0125');
	});
});

describe('roundTo', () => {
	it('gives the number that prints as the rounded decimal, in text and in JSON', () => {
		expect(roundTo(0.4000000000000001, 4)).toBe(0.4);
		expect(String(roundTo(0.1 + 0.2, 4))).toBe('0.3');
		expect(JSON.stringify([roundTo(-0.31234567, 4), roundTo(0.0123456789, 6)])).toBe(
			'[-0.3123,0.012346]'
		);
	});

	it('turns a negative zero into zero', () => {
		expect(Object.is(roundTo(-0.00001, 4), 0)).toBe(true);
	});

	it('agrees with formatDecimal on every value', () => {
		for (const value of [Math.PI, -Math.E / 7, 1e-9, 123.456789, 0.00005, -0.99995]) {
			expect(String(roundTo(value, 4))).toBe(formatDecimal(value, 4));
		}
	});
});

describe('formatCount', () => {
	it('marks the thousands of a count, and leaves small ones alone', () => {
		expect(formatCount(10_000)).toBe('10,000');
		expect(formatCount(1_234_567)).toBe('1,234,567');
		expect(formatCount(999)).toBe('999');
		expect(formatCount(0)).toBe('0');
	});
});

import { describe, expect, it } from 'vitest';
import { lockedUntil, staffEmailSchema } from './staff.js';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));
const rule = { limit: 5, windowMs: 15 * 60_000 };

describe('lockedUntil', () => {
	it('locks for fifteen minutes from the fifth failure within fifteen minutes', () => {
		const failures = [0, 1, 2, 3, 4].map(at);
		expect(lockedUntil(failures, { ...rule, now: at(5) })).toEqual(at(19));
		expect(lockedUntil(failures, { ...rule, now: at(18) })).toEqual(at(19));
		expect(lockedUntil(failures, { ...rule, now: at(19) })).toBeNull();
	});

	it('does not lock for failures spread wider than the window, or too few', () => {
		expect(lockedUntil([0, 4, 8, 12, 16].map(at), { ...rule, now: at(17) })).toBeNull();
		expect(lockedUntil([0, 1, 2, 3].map(at), { ...rule, now: at(5) })).toBeNull();
	});
});

describe('staffEmailSchema', () => {
	it('refuses an address longer than any can be, with a sentence', () => {
		const name = 'a'.repeat(242);
		expect(staffEmailSchema.parse(` ${name}@Example.org `)).toBe(`${name}@example.org`);
		expect(staffEmailSchema.safeParse(`${name}a@example.org`).error?.issues[0]?.message).toBe(
			'Email address must be 254 characters or fewer'
		);
	});
});

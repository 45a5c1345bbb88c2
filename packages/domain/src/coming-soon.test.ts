import { describe, expect, it } from 'vitest';
import { announceableMonths, expectedMonthSchema } from './coming-soon.js';

describe('announceableMonths', () => {
	it('starts at this month in London, across the new year', () => {
		const months = announceableMonths(new Date('2027-01-01T00:30:00Z'));
		expect(months).toHaveLength(24);
		expect(months.slice(0, 2)).toEqual(['2027-01', '2027-02']);
		expect(months.at(-1)).toBe('2028-12');
	});

	it('turns over at London’s midnight in summer time, an hour before UTC’s', () => {
		expect(announceableMonths(new Date('2027-06-30T23:30:00Z'))[0]).toBe('2027-07');
	});

	it('offers only months the schema accepts', () => {
		for (const month of announceableMonths(new Date('2026-12-03T12:00:00Z'))) {
			expect(expectedMonthSchema.safeParse(month).success).toBe(true);
		}
	});
});

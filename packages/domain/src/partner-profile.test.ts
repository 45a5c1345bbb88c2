import { describe, expect, it } from 'vitest';
import { describeLookedAfterTrend, type LookedAfterSeries } from './partner-profile.js';

const series = (name: string, rates: [number, number | null][]): LookedAfterSeries => ({
	name,
	rates: rates.map(([year, ratePer10k]) => ({ year, ratePer10k, count: null }))
});
const england = series('England', [
	[2016, 60],
	[2024, 70],
	[2025, 67]
]);

describe('describeLookedAfterTrend', () => {
	it('compares the latest rate with England’s and names the change since the first year', () => {
		expect(
			describeLookedAfterTrend(
				series('Lambeth', [
					[2016, 80],
					[2025, 62]
				]),
				england
			)
		).toBe(
			'At 31 March 2025, 62 in every 10,000 children in Lambeth were looked after, below England’s 67. The rate has fallen from 80 in 2016.'
		);
		expect(
			describeLookedAfterTrend(
				series('Blackpool', [
					[2016, 150],
					[2025, 201.5]
				]),
				england
			)
		).toMatch(
			/201\.5 in every 10,000 .* above England’s 67\. The rate has risen from 150 in 2016\./
		);
	});

	it('uses the last year with a figure and says how many were suppressed', () => {
		const cumbria = series('Cumbria', [
			[2016, 71],
			[2024, null],
			[2025, null]
		]);
		expect(describeLookedAfterTrend(cumbria, england)).toBe(
			'At 31 March 2016, 71 in every 10,000 children in Cumbria were looked after, above England’s 60. 2 years’ figures are suppressed.'
		);
	});

	it('says so when every figure is suppressed', () => {
		expect(describeLookedAfterTrend(series('City of London', [[2025, null]]), england)).toMatch(
			/^No figures .* City of London/
		);
	});
});

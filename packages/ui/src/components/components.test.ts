import type { OutcomeRating } from '@whatworks/domain';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { markCurrent } from '../navigation.js';
import EffectivenessBadge from './EffectivenessBadge.svelte';
import ErrorPage from './ErrorPage.svelte';
import OutcomeRatingsList from './OutcomeRatingsList.svelte';
import OutcomeRatingsTable from './OutcomeRatingsTable.svelte';
import SiteHeader from './SiteHeader.svelte';
import StrengthBadge from './StrengthBadge.svelte';

/** The text a screen reader would read: tags stripped, aria-hidden parts dropped. */
function spokenText(html: string): string {
	return html
		.replace(/<([a-z]+)[^>]*aria-hidden="true"[^>]*>.*?<\/\1>/gs, '')
		.replace(/<!--.*?-->/gs, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const rating: OutcomeRating = {
	outcome: 'Family reunification',
	domain: 'permanence-and-reunification',
	effectiveness: 'tends-positive',
	strength: 'high',
	studyCount: 11,
	ukStudyCount: 1,
	source: 'published',
	headline:
		'Family Drug and Alcohol Courts tended to show a positive effect on family reunification. This is based on high strength evidence (11 studies, 1 in the UK).'
};

describe('EffectivenessBadge', () => {
	it('shows the icon and label, and names the rating for screen readers', () => {
		const { body } = render(EffectivenessBadge, { props: { rating: 'tends-positive' } });
		expect(body).toContain('▲');
		expect(body).toMatch(/aria-hidden="true"[^>]*>▲</);
		expect(spokenText(body)).toBe('Effectiveness: Tended to be positive');
	});
});

describe('StrengthBadge', () => {
	it('shows the pips and label, and names the rating for screen readers', () => {
		const { body } = render(StrengthBadge, { props: { rating: 'moderate' } });
		expect(body).toContain('●●○');
		expect(spokenText(body)).toBe('Strength of evidence: Moderate');
	});
});

describe('OutcomeRatingsTable', () => {
	it('shows the headline sentence and both ratings, without a demo tag on published ratings', () => {
		const { body } = render(OutcomeRatingsTable, {
			props: { outcomes: [rating], caption: 'Outcomes' }
		});
		const text = spokenText(body);
		expect(text).toContain('Outcomes');
		expect(text).toContain(rating.headline);
		expect(text).toContain('Effectiveness: Tended to be positive');
		expect(text).toContain('Strength of evidence: High');
		expect(text).not.toContain('Illustrative demo data');
	});

	it('tags illustrative ratings as demo data', () => {
		const { body } = render(OutcomeRatingsTable, {
			props: { outcomes: [{ ...rating, source: 'illustrative' }], caption: 'Outcomes' }
		});
		expect(spokenText(body)).toContain('Illustrative demo data');
	});
});

describe('OutcomeRatingsList', () => {
	it('tags illustrative ratings as demo data and says when nothing is rated', () => {
		const tagged = render(OutcomeRatingsList, {
			props: { outcomes: [{ ...rating, source: 'illustrative' }] }
		});
		expect(spokenText(tagged.body)).toContain(
			'Family reunification Effectiveness: Tended to be positive Strength of evidence: High Illustrative demo data'
		);
		const empty = render(OutcomeRatingsList, { props: { outcomes: [] } });
		expect(spokenText(empty.body)).toBe('No outcomes have been rated yet.');
	});
});

describe('SiteHeader', () => {
	it('marks the current page and section in the navigation', () => {
		const items = [
			{ href: '/', text: 'Home' },
			{ href: '/evidence-store', text: 'Evidence Store' },
			{ href: '/partners', text: 'Partners' }
		];
		expect(markCurrent(items, '/').map((item) => item.current)).toEqual(['page', false, false]);
		expect(markCurrent(items, '/evidence-store/fdac/').map((item) => item.current)).toEqual([
			false,
			'section',
			false
		]);

		const { body } = render(SiteHeader, {
			props: { navigation: markCurrent(items, '/partners') }
		});
		expect(body).toContain('href="#main-content"');
		expect(body).toMatch(/href="\/partners"[^>]*aria-current="page"/);
		expect(spokenText(body)).toContain("What Works for Children's Social Care");
		expect(body).not.toMatch(/crown/i);
	});
});

describe('ErrorPage', () => {
	const links = createRawSnippet(() => ({ render: () => '<p>Go home</p>' }));

	it('explains a missing page and offers the way on', () => {
		const { body } = render(ErrorPage, {
			props: { status: 404, message: 'There is no intervention at "x".', children: links }
		});
		expect(spokenText(body)).toMatch(
			/^Page not found There is no intervention at "x"\. If you typed the web address/
		);
		expect(spokenText(body)).toMatch(/Go home$/);
	});

	it('passes on what is wrong with an address the API refused', () => {
		const { body } = render(ErrorPage, {
			props: { status: 400, message: 'Choose a year from 2000 to 2100.', children: links }
		});
		expect(spokenText(body)).toBe(
			'There is a problem with that address Choose a year from 2000 to 2100. Check the web address, or go back and try again. Go home'
		);
	});

	it('passes on why the service is unavailable, and never a technical message otherwise', () => {
		const unavailable = render(ErrorPage, {
			props: { status: 503, message: 'The evidence service is not available.', children: links }
		});
		expect(spokenText(unavailable.body)).toContain(
			'Sorry, the service is unavailable The evidence service is not available.'
		);
		const failed = render(ErrorPage, {
			props: { status: 500, message: 'TypeError: x is undefined', children: links }
		});
		expect(spokenText(failed.body)).toBe(
			'Sorry, there is a problem with the service Please try again later. Go home'
		);
	});
});

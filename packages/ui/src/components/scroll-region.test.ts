import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ScrollRegion from './ScrollRegion.svelte';

/** The opening tag of the region that wraps the table. */
function regionOf(html: string): string {
	return /<div[^>]*role="region"[^>]*>/.exec(html)?.[0] ?? '';
}

describe('ScrollRegion', () => {
	const table = createRawSnippet(() => ({ render: () => '<table><tr><td>1</td></tr></table>' }));

	it('is a region a keyboard can reach, named by its heading, around the table', () => {
		const { body } = render(ScrollRegion, {
			props: { labelledby: 'studies', children: table }
		});
		const region = regionOf(body);
		expect(region).toContain('aria-labelledby="studies"');
		expect(region).toContain('tabindex="0"');
		expect(region).not.toContain('aria-label=');
		expect(body).toMatch(/role="region"[^>]*><table>/);
	});

	it('can be named by a label of its own, and carry an id to skip to', () => {
		const { body } = render(ScrollRegion, {
			props: { id: 'results', label: '13 interventions by outcome domain', children: table }
		});
		const region = regionOf(body);
		expect(region).toContain('aria-label="13 interventions by outcome domain"');
		expect(region).toContain('id="results"');
		expect(region).toContain('tabindex="0"');
	});
});

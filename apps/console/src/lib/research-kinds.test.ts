import { describe, expect, it } from 'vitest';
import { navigationPath } from './research-kinds';

describe('the navigation while adding an item', () => {
	it('marks the page that lists the kind being added', () => {
		expect(navigationPath('/research/new/article')).toBe('/news/new');
		expect(navigationPath('/research/new/author')).toBe('/news/new');
		expect(navigationPath('/research/new/partner')).toBe('/partners/new');
		expect(navigationPath('/research/new/newsletter')).toBe('/newsletters/new');
		expect(navigationPath('/research/new/publication')).toBe('/research/new');
	});

	it('leaves every other path as it is', () => {
		for (const path of ['/research', '/research/new/intervention', '/news', '/drafts/3', '/']) {
			expect(navigationPath(path)).toBe(path);
		}
	});
});

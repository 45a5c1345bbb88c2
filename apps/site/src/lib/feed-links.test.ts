import { describe, expect, it } from 'vitest';
import { feedLinks } from './feed-links';

describe('feedLinks', () => {
	it('names the feeds of a filtered list in every format, titled by their filters', () => {
		const links = feedLinks('news', new URLSearchParams('type=blog-post&year=2019&page=2&q=x'));
		expect(links).toEqual([
			{
				title: 'News: Blog posts, 2019',
				type: 'application/atom+xml',
				href: '/feeds/news.atom?type=blog-post&year=2019',
				format: 'Atom'
			},
			{
				title: 'News: Blog posts, 2019',
				type: 'application/feed+json',
				href: '/feeds/news.json?type=blog-post&year=2019',
				format: 'JSON Feed'
			}
		]);
		expect(feedLinks('evidence-store', new URLSearchParams('q=family'))[0]?.href).toBe(
			'/feeds/evidence-store.atom'
		);
		expect(feedLinks('constructor', new URLSearchParams())).toEqual([]);
	});
});

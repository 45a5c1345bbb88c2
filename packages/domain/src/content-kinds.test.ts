import { describe, expect, it } from 'vitest';
import { acceptEdit, contentKinds, oneOfKind, titleOf } from './content-kinds.js';
import { contentKindKeys, contentSchemas, type ContentOf } from './kinded-content.js';
import { diffContent } from './content-diff.js';
import { feedOfName } from './feeds.js';
import { DomainError } from './errors.js';
import { newInterventionContent } from './intervention-content.js';

const programme: ContentOf<'programme'> = {
	slug: 'change-projects',
	name: 'Change Projects',
	description: 'Local authorities try new ways of working.',
	theme: null,
	startDate: '2019-01-01',
	endDate: '2020-03-31',
	budgetGbp: 2_400_000
};

const publication: ContentOf<'publication'> = {
	slug: 'scoping-review',
	title: 'Scoping review',
	type: 'scoping-review',
	authors: ['A. Author'],
	publishedOn: '2018-11-01',
	abstract: 'What the evidence covers.',
	themes: [],
	interventionSlugs: [],
	projectSlugs: [],
	file: { id: 3, name: 'scoping-review.pdf', bytes: 1000 }
};

const override = {
	effectiveness: 'mixed' as const,
	strength: 'low' as const,
	justification: 'The trials disagree about the effect on re-entry to care.'
};

describe('the content kinds', () => {
	it('registers every kind with a schema and labels for each field a diff compares', () => {
		for (const kind of contentKindKeys) {
			expect(contentSchemas[kind]).toBeDefined();
			expect(Object.keys(contentKinds[kind].fieldLabels)).toContain('slug');
		}
	});

	it('names an item by its title or name', () => {
		expect(titleOf({ kind: 'programme', content: programme })).toBe('Change Projects');
		expect(titleOf({ kind: 'publication', content: publication })).toBe('Scoping review');
	});

	it('says one of a kind with "a" or "an" as people do', () => {
		expect(oneOfKind('article')).toBe('an article');
		expect(oneOfKind('intervention')).toBe('an intervention');
		expect(oneOfKind('project')).toBe('a research project');
	});

	it('gives every kind its own page address, and every feed its own name', () => {
		const pages = contentKindKeys.map((kind) => contentKinds[kind].path('a-slug'));
		expect(new Set(pages).size).toBe(contentKindKeys.length);
		expect(pages.every((path) => path.startsWith('/') && path.endsWith('/a-slug'))).toBe(true);
		const feeds = contentKindKeys.flatMap((kind) => contentKinds[kind].feed?.name ?? []);
		expect(new Set(feeds).size).toBe(feeds.length);
		for (const name of feeds)
			expect(contentKinds[feedOfName(name)?.kind ?? 'author'].feed?.name).toBe(name);
		expect(feedOfName('constructor')).toBeUndefined();
	});

	it('names a feed’s filters in its title, and refuses filters the feed does not have', () => {
		const news = feedOfName('news')?.feed;
		const filters = news?.filters.parse({ type: 'blog-post', year: 2019 }) ?? {};
		expect(news?.describe(filters)).toEqual(['Blog posts', '2019']);
		expect(news?.filters.safeParse({ type: 'toString' }).success).toBe(false);
		expect(news?.filters.safeParse({ colour: 'red' }).success).toBe(false);
		const library = feedOfName('publications')?.feed;
		expect(library?.describe(library.filters.parse({ type: 'meta-analysis' }))).toEqual([
			'Meta-analyses'
		]);
	});
});

describe('diffContent', () => {
	it('lists the changed fields of any kind by their labels, in form order', () => {
		const changes = diffContent('programme', programme, {
			...programme,
			name: 'The Change Projects',
			budgetGbp: 2_500_000
		});
		expect(changes.map((change) => change.label)).toEqual(['Name', 'Budget']);
		expect(changes[0]).toMatchObject({ before: 'Change Projects', after: 'The Change Projects' });
	});

	it('sees an object with its keys in another order as unchanged', () => {
		const reordered = { ...publication, file: { bytes: 1000, name: 'scoping-review.pdf', id: 3 } };
		expect(diffContent('publication', publication, reordered)).toEqual([]);
	});
});

describe('acceptEdit', () => {
	it('keeps the attached report when an editor saves a publication', () => {
		const next = { ...publication, title: 'A scoping review', file: null };
		expect(acceptEdit('publication', { base: publication, next, roles: ['editor'] })).toEqual({
			...next,
			file: publication.file
		});
		expect(
			acceptEdit('publication', { base: null, next: publication, roles: ['editor'] }).file
		).toBe(null);
	});

	it('keeps the attached image when an editor saves an article, taking only its new description', () => {
		const image = { id: 4, width: 1600, height: 900, alt: 'Two social workers at a desk' };
		const article: ContentOf<'article'> = {
			slug: 'a-blog-post',
			type: 'blog-post',
			title: 'A blog post',
			summary: 'What it says.',
			body: 'The post.',
			image,
			themes: [],
			topics: [],
			authorSlugs: ['lorna-stabler'],
			interventionSlugs: [],
			projectSlugs: [],
			partnerSlugs: [],
			publicationSlugs: []
		};
		const described = { ...article, image: { ...image, alt: 'Two colleagues' } };
		expect(
			acceptEdit('article', { base: article, next: described, roles: ['editor'] }).image
		).toEqual({ ...image, alt: 'Two colleagues' });
		// Another image's description (an old revision restored, say) is not this one's.
		const swapped = { ...article, image: { id: 9, width: 10, height: 10, alt: 'A chart' } };
		expect(
			acceptEdit('article', { base: article, next: swapped, roles: ['editor'] }).image
		).toEqual(image);
		expect(
			acceptEdit('article', { base: article, next: { ...article, image: null }, roles: ['editor'] })
				.image
		).toEqual(image);
		expect(acceptEdit('article', { base: null, next: article, roles: ['editor'] }).image).toBe(
			null
		);
	});

	it('lets only someone who may override ratings change an override', () => {
		const base = {
			...newInterventionContent({ name: 'Example', summary: 'An example.' }),
			outcomes: [
				{
					key: 'o1',
					outcome: 'Re-entry to care',
					domain: 'permanence-and-reunification' as const,
					source: 'illustrative' as const,
					override: null,
					contrasts: []
				}
			]
		};
		const next = { ...base, outcomes: base.outcomes.map((o) => ({ ...o, override })) };
		expect(() => acceptEdit('intervention', { base, next, roles: ['editor'] })).toThrow(
			DomainError
		);
		expect(acceptEdit('intervention', { base, next, roles: ['reviewer'] })).toEqual(next);
		expect(acceptEdit('intervention', { base, next: base, roles: ['editor'] })).toEqual(base);
		// Nor move a reviewer's rating onto other evidence by editing the outcome it rates.
		const moved = {
			...next,
			outcomes: next.outcomes.map((o) => ({ ...o, outcome: 'Placement moves' }))
		};
		expect(() =>
			acceptEdit('intervention', { base: next, next: moved, roles: ['editor'] })
		).toThrow('change the outcome and evidence it rates');
	});
});

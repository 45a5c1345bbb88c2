import type { ArticleContent } from '@whatworks/domain';

/** A news story with nothing linked and no image, for a test to draft under a slug of its own. */
export function newsStory(slug: string): ArticleContent {
	return {
		slug,
		type: 'news-story',
		title: 'A new story',
		summary: 'What happened.',
		body: 'It happened.',
		image: null,
		themes: [],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: []
	};
}

import { slugSchema } from './common.js';
import { contentKinds } from './content-kinds.js';
import { newsletterSourceKinds, type NewsletterSourceKind } from './newsletters.js';

/**
 * The published item whose page is at a site path, if it is the page of a kind e-newsletter
 * items bring in.
 * @example contentAtPath('/evidence-store/kinship-care') // { kind: 'intervention', slug: 'kinship-care' }
 * @example contentAtPath('/news/authors/lorna-stabler') // null (authors are not brought in)
 */
export function contentAtPath(path: string): { kind: NewsletterSourceKind; slug: string } | null {
	for (const kind of newsletterSourceKinds) {
		const prefix = contentKinds[kind].path('');
		const slug = path.slice(prefix.length);
		if (path.startsWith(prefix) && slugSchema.safeParse(slug).success) return { kind, slug };
	}
	return null;
}

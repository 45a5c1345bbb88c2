import { z } from 'zod';
import { DomainError } from './errors.js';
import {
	interventionFieldLabels,
	interventionFieldText,
	overridesDiffer,
	type InterventionContent,
	type InterventionField
} from './intervention-content.js';
import {
	describePublicationFilters,
	publicationFiltersSchema,
	type PublicationFilters
} from './research.js';
import type { FeedRegistration } from './feeds.js';
import { describeNewsFilters, newsFiltersSchema, type NewsFilters } from './news.js';
import type { ContentKind, ContentOf, KindedContent } from './kinded-content.js';
import { hasPermission, type StaffRole } from './staff.js';

/** What the workflow needs to know of a kind beyond its schema. */
export interface ContentKindRules<Content> {
	/** What one is called in a sentence: "a draft of a new {label}". */
	label: string;
	/** The fields a diff compares, in form order, with their labels. */
	fieldLabels: Readonly<Record<string, string>>;
	/** The field holding the name it goes by in lists. */
	titleField: keyof Content & string;
	/** The address of an item's page on the site, which the sitemap lists. */
	path: (slug: string) => string;
	/** Its feed, if it has one: feeds and the sitemap are written from these registrations. */
	feed?: FeedRegistration;
	/** A field as text for a diff; by default its value, with object keys in a fixed order. */
	fieldText?: (content: Content, field: string) => string;
	/** Whether it can be taken off the site; otherwise only a new draft changes it. */
	unpublishable: boolean;
	/**
	 * An editor's save as the workflow stores it: refuses what the editor may not change, and
	 * keeps what is changed elsewhere. `base` is null for a new item.
	 */
	acceptEdit?: (edit: {
		base: Content | null;
		next: Content;
		roles: readonly StaffRole[];
	}) => Content;
}

const recordFields = {
	slug: 'Web address',
	name: 'Name'
} as const;

/** Each kind's registration. */
export const contentKinds: { [K in ContentKind]: ContentKindRules<ContentOf<K>> } = {
	intervention: {
		label: 'intervention',
		fieldLabels: interventionFieldLabels,
		titleField: 'name',
		path: (slug) => `/evidence-store/${slug}`,
		feed: {
			name: 'evidence-store',
			title: 'Evidence Store changes',
			listPath: '/evidence-store',
			filters: z.object({}).strict(),
			describe: () => []
		},
		fieldText: (content, field) => interventionFieldText(content, field as InterventionField),
		unpublishable: true,
		acceptEdit: ({ base, next, roles }) => {
			const before: InterventionContent = base ?? { ...next, outcomes: [] };
			if (overridesDiffer(before, next) && !hasPermission(roles, 'ratings.override')) {
				throw new DomainError(
					'FORBIDDEN',
					'Only a reviewer may add, change or remove a rating override, or change the outcome and evidence it rates.'
				);
			}
			return next;
		}
	},
	publication: {
		label: 'publication',
		fieldLabels: {
			slug: 'Web address',
			title: 'Title',
			type: 'Type',
			authors: 'Authors',
			publishedOn: 'Date published',
			abstract: 'Abstract',
			themes: 'Themes',
			projectSlugs: 'Projects',
			interventionSlugs: 'Interventions',
			file: 'Report'
		},
		titleField: 'title',
		path: (slug) => `/publications/${slug}`,
		feed: {
			name: 'publications',
			title: 'Publications',
			listPath: '/publications',
			filters: publicationFiltersSchema,
			describe: describePublicationFilters
		} satisfies FeedRegistration<PublicationFilters>,
		unpublishable: false,
		// The report is attached on its own (checking whose upload it is); a save keeps it.
		acceptEdit: ({ base, next }) => ({ ...next, file: base?.file ?? null })
	},
	project: {
		label: 'research project',
		fieldLabels: {
			...recordFields,
			summary: 'Summary',
			theme: 'Theme',
			programmeSlug: 'Programme',
			stage: 'Stage',
			milestones: 'Milestones',
			leadOrganisation: 'Lead organisation',
			budgetGbp: 'Budget',
			partnerSlugs: 'Partners',
			interventionSlugs: 'Interventions',
			protocol: 'Protocol'
		},
		titleField: 'name',
		path: (slug) => `/research/${slug}`,
		unpublishable: false
	},
	programme: {
		label: 'programme',
		fieldLabels: {
			...recordFields,
			description: 'Description',
			theme: 'Theme',
			startDate: 'Start date',
			endDate: 'End date',
			budgetGbp: 'Budget'
		},
		titleField: 'name',
		path: (slug) => `/programmes/${slug}`,
		unpublishable: false
	},
	partner: {
		label: 'partner',
		fieldLabels: {
			...recordFields,
			type: 'Type of organisation',
			region: 'Region',
			gssCode: 'GSS code',
			dfeCode: 'DfE code',
			participations: 'Programmes'
		},
		titleField: 'name',
		path: (slug) => `/partners/${slug}`,
		unpublishable: false
	},
	article: {
		label: 'article',
		fieldLabels: {
			slug: 'Web address',
			type: 'Type',
			title: 'Title',
			summary: 'Summary',
			body: 'Article',
			image: 'Image',
			themes: 'Themes',
			topics: 'Topics',
			authorSlugs: 'Authors',
			interventionSlugs: 'Interventions',
			projectSlugs: 'Projects',
			partnerSlugs: 'Partners',
			publicationSlugs: 'Publications'
		},
		titleField: 'title',
		path: (slug) => `/news/${slug}`,
		feed: {
			name: 'news',
			title: 'News',
			listPath: '/news',
			filters: newsFiltersSchema,
			describe: describeNewsFilters
		} satisfies FeedRegistration<NewsFilters>,
		unpublishable: true,
		// The image is attached on its own (checking whose upload it is); a save may only
		// describe the same image anew.
		acceptEdit: ({ base, next }) => {
			const described = next.image?.id === base?.image?.id ? next.image?.alt : undefined;
			return {
				...next,
				image: base?.image ? { ...base.image, alt: described ?? base.image.alt } : null
			};
		}
	},
	author: {
		label: 'author',
		fieldLabels: { ...recordFields, role: 'Role', bio: 'Biography' },
		titleField: 'name',
		path: (slug) => `/news/authors/${slug}`,
		unpublishable: false
	},
	newsletter: {
		label: 'e-newsletter issue',
		fieldLabels: {
			slug: 'Number',
			title: 'Title',
			issuedOn: 'Date',
			introduction: 'Introduction',
			items: 'Items'
		},
		titleField: 'title',
		path: (slug) => `/newsletters/${slug}`,
		// Once in the archive it is a record of what was sent: a correction is a new revision.
		unpublishable: false
	}
};

/** The rules of a kind, typed loosely enough to call with any kind's content. */
export function rulesOf(kind: ContentKind): ContentKindRules<ContentOf> {
	return contentKinds[kind] as ContentKindRules<ContentOf>;
}

/**
 * One of a kind in a sentence, with "a" or "an" as its label begins.
 * @example oneOfKind('article') // 'an article'
 * @example oneOfKind('project') // 'a research project'
 */
export function oneOfKind(kind: ContentKind): string {
	const { label } = contentKinds[kind];
	return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

/**
 * What an item is called in lists: a publication's title, anything else's name.
 * @example titleOf({ kind: 'programme', content: { name: 'Change Projects', … } }) // 'Change Projects'
 */
export function titleOf(item: KindedContent): string {
	return String((item.content as Record<string, unknown>)[rulesOf(item.kind).titleField]);
}

/**
 * An editor's save as the workflow stores it, by the kind's rule (e.g. only a reviewer changes a
 * rating override; a publication's report is attached on its own).
 */
export function acceptEdit<K extends ContentKind>(
	kind: K,
	edit: { base: ContentOf<K> | null; next: ContentOf<K>; roles: readonly StaffRole[] }
): ContentOf<K> {
	const accept = rulesOf(kind).acceptEdit;
	return (accept ? accept(edit) : edit.next) as ContentOf<K>;
}

import { z } from 'zod';
import { interventionContentSchema } from './intervention-content.js';
import { articleContentSchema, authorContentSchema } from './news.js';
import { newsletterContentSchema } from './newsletters.js';
import {
	partnerContentSchema,
	programmeContentSchema,
	projectContentSchema,
	publicationContentSchema
} from './record-content.js';

/**
 * The kinds of public content, every one drafted, reviewed and published through the same
 * workflow. A new kind is a schema here, a registration in `contentKinds` (content-kinds.ts), a
 * table and a store in `@whatworks/db`, and a fields component in the console.
 * @example contentKindKeys.includes('publication') // true
 */
export const contentKindKeys = [
	'intervention',
	'publication',
	'project',
	'programme',
	'partner',
	'article',
	'author',
	'newsletter'
] as const;

/** One kind of content. */
export type ContentKind = z.infer<typeof contentKindSchema>;
/** Validates a kind of content. */
export const contentKindSchema = z.enum(contentKindKeys).describe('Kind of content');

/** The schema of each kind's content, as every revision stores it. */
export const contentSchemas = {
	intervention: interventionContentSchema,
	publication: publicationContentSchema,
	project: projectContentSchema,
	programme: programmeContentSchema,
	partner: partnerContentSchema,
	article: articleContentSchema,
	author: authorContentSchema,
	newsletter: newsletterContentSchema
} as const satisfies Record<ContentKind, z.ZodType>;

/** The content of one kind. */
export type ContentOf<K extends ContentKind = ContentKind> = z.infer<(typeof contentSchemas)[K]>;

/** A kind with its content. */
export type KindedContent = z.infer<typeof kindedContentSchema>;
/** Validates a kind and its content together. */
export const kindedContentSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('intervention'), content: interventionContentSchema }),
	z.object({ kind: z.literal('publication'), content: publicationContentSchema }),
	z.object({ kind: z.literal('project'), content: projectContentSchema }),
	z.object({ kind: z.literal('programme'), content: programmeContentSchema }),
	z.object({ kind: z.literal('partner'), content: partnerContentSchema }),
	z.object({ kind: z.literal('article'), content: articleContentSchema }),
	z.object({ kind: z.literal('author'), content: authorContentSchema }),
	z.object({ kind: z.literal('newsletter'), content: newsletterContentSchema })
]);

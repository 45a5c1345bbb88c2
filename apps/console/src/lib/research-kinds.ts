import { contentKindSchema } from '@whatworks/domain';

/** The kinds of content the console's research and partner pages list and add: all but interventions. */
export const researchKindSchema = contentKindSchema.exclude(['intervention']);

/** One kind those pages handle. */
export type ResearchKind = (typeof researchKindSchema.options)[number];

import { z } from 'zod';
import { articleSummarySchema } from './news.js';

/** How many of the latest articles the home page shows. */
export const latestNewsCount = 3;

/**
 * What the home page shows beside its own words, read together: one question to the API, one
 * statement to the database, however many interventions there are.
 */
export type HomePage = z.infer<typeof homePageSchema>;
/** Validates the home page's data. */
export const homePageSchema = z.object({
	interventionCount: z.int().min(0).describe('How many interventions the Evidence Store publishes'),
	partnerCount: z.int().min(0).describe('How many partners work with the Centre'),
	latestNews: z
		.array(articleSummarySchema)
		.max(latestNewsCount)
		.describe(`The ${latestNewsCount} latest published articles, newest first`)
});

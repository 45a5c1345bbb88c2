import { relations } from 'drizzle-orm';
import { contrasts } from './contrasts.js';
import { drafts } from './drafts.js';
import { interventions } from './interventions.js';
import { outcomeRatings } from './outcome-ratings.js';
import { ratingOverrides } from './rating-overrides.js';
import { ratingSnapshots } from './rating-snapshots.js';
import { studies } from './studies.js';
import { interventionTopics } from './topics.js';

// Relations let Drizzle read an intervention's whole page in one statement (`db.query`), which
// matters on PGlite, where every round trip costs the single database thread.

export const interventionRelations = relations(interventions, ({ many }) => ({
	topics: many(interventionTopics),
	studies: many(studies),
	outcomeRatings: many(outcomeRatings),
	drafts: many(drafts)
}));

export const interventionTopicRelations = relations(interventionTopics, ({ one }) => ({
	intervention: one(interventions, {
		fields: [interventionTopics.interventionId],
		references: [interventions.id]
	})
}));

export const studyRelations = relations(studies, ({ one }) => ({
	intervention: one(interventions, {
		fields: [studies.interventionId],
		references: [interventions.id]
	})
}));

// Only a draft of kind 'intervention' belongs to one: queries through this relation say the kind.
export const draftRelations = relations(drafts, ({ one }) => ({
	intervention: one(interventions, {
		fields: [drafts.targetSlug],
		references: [interventions.slug]
	})
}));

export const outcomeRatingRelations = relations(outcomeRatings, ({ one, many }) => ({
	intervention: one(interventions, {
		fields: [outcomeRatings.interventionId],
		references: [interventions.id]
	}),
	contrasts: many(contrasts),
	override: one(ratingOverrides),
	snapshots: many(ratingSnapshots)
}));

export const contrastRelations = relations(contrasts, ({ one }) => ({
	outcomeRating: one(outcomeRatings, {
		fields: [contrasts.outcomeRatingId],
		references: [outcomeRatings.id]
	}),
	study: one(studies, { fields: [contrasts.studyId], references: [studies.id] })
}));

export const ratingOverrideRelations = relations(ratingOverrides, ({ one }) => ({
	outcomeRating: one(outcomeRatings, {
		fields: [ratingOverrides.outcomeRatingId],
		references: [outcomeRatings.id]
	})
}));

export const ratingSnapshotRelations = relations(ratingSnapshots, ({ one }) => ({
	outcomeRating: one(outcomeRatings, {
		fields: [ratingSnapshots.outcomeRatingId],
		references: [outcomeRatings.id]
	})
}));

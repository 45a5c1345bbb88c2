-- Each outcome keeps the analysis its page shows, worked out when its rating is published. Outcomes
-- rated before are analysed by the step that follows migrating (analyseUnanalysedOutcomes).
ALTER TABLE "outcome_ratings" ADD COLUMN "analysis" jsonb;--> statement-breakpoint
CREATE INDEX "outcome_ratings_unanalysed_index" ON "outcome_ratings" USING btree ("id") WHERE analysis is null;
DROP INDEX "interventions_name_id_index";--> statement-breakpoint
DROP INDEX "interventions_best_strength_name_id_index";--> statement-breakpoint
DROP INDEX "interventions_evidence_last_reviewed_name_id_index";--> statement-breakpoint
CREATE INDEX "interventions_live_name_index" ON "interventions" USING btree ("name","id") WHERE live;--> statement-breakpoint
CREATE INDEX "interventions_live_strength_index" ON "interventions" USING btree ("best_strength" DESC NULLS LAST,"name","id") WHERE live;--> statement-breakpoint
CREATE INDEX "interventions_live_reviewed_index" ON "interventions" USING btree ("evidence_last_reviewed" DESC NULLS LAST,"name","id") WHERE live;--> statement-breakpoint
CREATE INDEX "outcome_ratings_uk_evaluated_index" ON "outcome_ratings" USING btree ("intervention_id") WHERE uk_study_count > 0;
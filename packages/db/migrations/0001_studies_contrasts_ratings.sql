CREATE TABLE "contrasts" (
	"id" serial PRIMARY KEY NOT NULL,
	"outcome_rating_id" integer NOT NULL,
	"study_id" integer NOT NULL,
	"sample_id" text NOT NULL,
	"metric" text NOT NULL,
	"effect_size" double precision NOT NULL,
	"variance" double precision,
	"ci_lower" double precision,
	"ci_upper" double precision,
	"favourable_direction" text NOT NULL,
	"design_rating" text NOT NULL,
	"treatment_n" integer NOT NULL,
	"comparison_n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_overrides" (
	"id" serial PRIMARY KEY NOT NULL,
	"outcome_rating_id" integer NOT NULL,
	"effectiveness" text NOT NULL,
	"strength" text NOT NULL,
	"justification" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_overrides_outcomeRatingId_unique" UNIQUE("outcome_rating_id")
);
--> statement-breakpoint
CREATE TABLE "rating_snapshots" (
	"id" serial PRIMARY KEY NOT NULL,
	"outcome_rating_id" integer NOT NULL,
	"standards_version" text NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"computed_effectiveness" text NOT NULL,
	"computed_strength" text NOT NULL,
	"effectiveness" text NOT NULL,
	"strength" text NOT NULL,
	"source" text NOT NULL,
	"eligible_count" integer NOT NULL,
	"uk_count" integer NOT NULL,
	"pooled" jsonb,
	"reasons" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "studies" (
	"id" serial PRIMARY KEY NOT NULL,
	"intervention_id" integer NOT NULL,
	"citation" text NOT NULL,
	"year" integer NOT NULL,
	"country" text NOT NULL,
	"design" text NOT NULL,
	"setting" text DEFAULT '' NOT NULL,
	"independent_of_developer" boolean NOT NULL,
	"treatment_n" integer NOT NULL,
	"comparison_n" integer NOT NULL,
	"follow_up_months" double precision,
	"source" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contrasts" ADD CONSTRAINT "contrasts_outcome_rating_id_outcome_ratings_id_fk" FOREIGN KEY ("outcome_rating_id") REFERENCES "public"."outcome_ratings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contrasts" ADD CONSTRAINT "contrasts_study_id_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_overrides" ADD CONSTRAINT "rating_overrides_outcome_rating_id_outcome_ratings_id_fk" FOREIGN KEY ("outcome_rating_id") REFERENCES "public"."outcome_ratings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_snapshots" ADD CONSTRAINT "rating_snapshots_outcome_rating_id_outcome_ratings_id_fk" FOREIGN KEY ("outcome_rating_id") REFERENCES "public"."outcome_ratings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studies" ADD CONSTRAINT "studies_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contrasts_outcome_rating_id_index" ON "contrasts" USING btree ("outcome_rating_id");--> statement-breakpoint
CREATE INDEX "contrasts_study_id_index" ON "contrasts" USING btree ("study_id");--> statement-breakpoint
CREATE INDEX "rating_snapshots_outcome_rating_id_rated_at_index" ON "rating_snapshots" USING btree ("outcome_rating_id","rated_at");--> statement-breakpoint
CREATE INDEX "studies_intervention_id_index" ON "studies" USING btree ("intervention_id");
CREATE TABLE "app_events" (
	"key" text PRIMARY KEY NOT NULL,
	"happened_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interventions" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"age_min" integer,
	"age_max" integer,
	"cost_band" text DEFAULT 'not-known' NOT NULL,
	"emmie" jsonb NOT NULL,
	"source_review" text,
	"evidence_last_reviewed" date,
	"page_updated" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interventions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "outcome_ratings" (
	"id" serial PRIMARY KEY NOT NULL,
	"intervention_id" integer NOT NULL,
	"position" integer NOT NULL,
	"outcome" text NOT NULL,
	"domain" text NOT NULL,
	"effectiveness" text NOT NULL,
	"strength" text NOT NULL,
	"study_count" integer,
	"uk_study_count" integer,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" serial PRIMARY KEY NOT NULL,
	"partner_id" integer NOT NULL,
	"programme_id" integer NOT NULL,
	"wave" integer,
	"role" text NOT NULL,
	"strand" text,
	"start_date" date,
	"end_date" date,
	"funding_gbp" integer,
	CONSTRAINT "participations_partnerId_programmeId_wave_unique" UNIQUE NULLS NOT DISTINCT("partner_id","programme_id","wave")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"gss_code" text,
	"dfe_code" text,
	"region" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_slug_unique" UNIQUE("slug"),
	CONSTRAINT "partners_gssCode_unique" UNIQUE("gss_code")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"budget_gbp" integer,
	CONSTRAINT "programmes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "outcome_ratings" ADD CONSTRAINT "outcome_ratings_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_ratings_intervention_id_position_index" ON "outcome_ratings" USING btree ("intervention_id","position");
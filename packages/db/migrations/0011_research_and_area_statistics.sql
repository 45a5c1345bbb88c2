CREATE TABLE "area_boundaries" (
	"gss_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"path" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "looked_after_rates" (
	"dfe_code" text NOT NULL,
	"gss_code" text,
	"area_name" text NOT NULL,
	"year" integer NOT NULL,
	"rate_per10k" real,
	"count" integer,
	CONSTRAINT "looked_after_rates_dfe_code_year_pk" PRIMARY KEY("dfe_code","year")
);
--> statement-breakpoint
CREATE TABLE "ofsted_inspections" (
	"gss_code" text PRIMARY KEY NOT NULL,
	"dfe_code" text NOT NULL,
	"urn" text NOT NULL,
	"framework" text,
	"started_on" date,
	"overall_effectiveness" text,
	"impact_of_leaders" text,
	"help_and_protection" text,
	"in_care" text,
	"care_leavers" text,
	"report_url" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_interventions" (
	"project_id" integer NOT NULL,
	"intervention_id" integer NOT NULL,
	CONSTRAINT "project_interventions_project_id_intervention_id_pk" PRIMARY KEY("project_id","intervention_id")
);
--> statement-breakpoint
CREATE TABLE "project_partners" (
	"project_id" integer NOT NULL,
	"partner_id" integer NOT NULL,
	CONSTRAINT "project_partners_project_id_partner_id_pk" PRIMARY KEY("project_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "protocols" (
	"project_id" integer PRIMARY KEY NOT NULL,
	"evaluator" text NOT NULL,
	"principal_investigator" text NOT NULL,
	"trial_type" text NOT NULL,
	"local_authority_count" integer NOT NULL,
	"children_and_families_count" integer,
	"primary_outcomes" jsonb NOT NULL,
	"secondary_outcomes" jsonb NOT NULL,
	"published_on" date NOT NULL,
	"fieldwork_starts_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publication_interventions" (
	"publication_id" integer NOT NULL,
	"intervention_id" integer NOT NULL,
	CONSTRAINT "publication_interventions_publication_id_intervention_id_pk" PRIMARY KEY("publication_id","intervention_id")
);
--> statement-breakpoint
CREATE TABLE "publication_projects" (
	"publication_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	CONSTRAINT "publication_projects_publication_id_project_id_pk" PRIMARY KEY("publication_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"authors" jsonb NOT NULL,
	"published_on" date NOT NULL,
	"abstract" text NOT NULL,
	"themes" jsonb NOT NULL,
	CONSTRAINT "publications_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "research_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"theme" text NOT NULL,
	"programme_id" integer,
	"stage" text NOT NULL,
	"milestones" jsonb NOT NULL,
	"lead_organisation" text NOT NULL,
	"budget_gbp" integer,
	CONSTRAINT "research_projects_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "theme" text;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "start_date" date;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "end_date" date;--> statement-breakpoint
ALTER TABLE "project_interventions" ADD CONSTRAINT "project_interventions_project_id_research_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_interventions" ADD CONSTRAINT "project_interventions_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_project_id_research_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocols" ADD CONSTRAINT "protocols_project_id_research_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_interventions" ADD CONSTRAINT "publication_interventions_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_interventions" ADD CONSTRAINT "publication_interventions_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_projects" ADD CONSTRAINT "publication_projects_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_projects" ADD CONSTRAINT "publication_projects_project_id_research_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."research_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_projects" ADD CONSTRAINT "research_projects_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_partners_partner_id_index" ON "project_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "publication_projects_project_id_index" ON "publication_projects" USING btree ("project_id");
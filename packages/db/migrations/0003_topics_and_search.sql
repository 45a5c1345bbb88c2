CREATE TABLE "intervention_topics" (
	"intervention_id" integer NOT NULL,
	"topic" text NOT NULL,
	CONSTRAINT "intervention_topics_intervention_id_topic_pk" PRIMARY KEY("intervention_id","topic")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"key" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', description || ' ' || coalesce(emmie->>'effect', '') || ' ' || coalesce(emmie->>'mechanisms', '') || ' ' || coalesce(emmie->>'moderators', '') || ' ' || coalesce(emmie->>'implementation', '') || ' ' || coalesce(emmie->>'economics', '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "intervention_topics" ADD CONSTRAINT "intervention_topics_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_topics" ADD CONSTRAINT "intervention_topics_topic_topics_key_fk" FOREIGN KEY ("topic") REFERENCES "public"."topics"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intervention_topics_topic_index" ON "intervention_topics" USING btree ("topic");--> statement-breakpoint
CREATE INDEX "interventions_search_vector_index" ON "interventions" USING gin ("search_vector");--> statement-breakpoint
-- The topics of @whatworks/domain topicKeys, then each intervention's topics out of the old array column.
INSERT INTO "topics" ("key", "label") VALUES
	('parenting', 'Parenting'),
	('mental-health', 'Mental health'),
	('substance-misuse', 'Parental substance misuse'),
	('abuse-and-neglect', 'Abuse and neglect'),
	('children-in-care', 'Children in care'),
	('kinship-and-foster-care', 'Kinship and foster care'),
	('family-decision-making', 'Family decision-making'),
	('practice-frameworks', 'Practice frameworks');--> statement-breakpoint
INSERT INTO "intervention_topics" ("intervention_id", "topic")
	SELECT "id", unnest("topics") FROM "interventions";

-- Search reads an intervention's other names and the words of its topics and outcomes, and looks up
-- a word it does not know among the words entries use, by trigram similarity (pg_trgm).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_trigram_index" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN "also_known_as" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN "filed_under_words" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- An array's text is not immutable, so a generated column cannot read the other names: a trigger
-- keeps the search vector from now on (it keeps its values).
ALTER TABLE "interventions" ALTER COLUMN "search_vector" DROP EXPRESSION;--> statement-breakpoint
ALTER TABLE "interventions" ALTER COLUMN "search_vector" SET DEFAULT ''::tsvector;--> statement-breakpoint
ALTER TABLE "interventions" ALTER COLUMN "search_vector" SET NOT NULL;--> statement-breakpoint
CREATE FUNCTION "interventions_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	names text := NEW.name || ' ' || array_to_string(NEW.also_known_as, ' ');
	filed text := NEW.summary || ' ' || NEW.filed_under_words;
	body text := NEW.description || ' ' || coalesce(NEW.emmie->>'effect', '') || ' '
		|| coalesce(NEW.emmie->>'mechanisms', '') || ' ' || coalesce(NEW.emmie->>'moderators', '') || ' '
		|| coalesce(NEW.emmie->>'implementation', '') || ' ' || coalesce(NEW.emmie->>'economics', '');
BEGIN
	NEW.search_vector := setweight(to_tsvector('english', names), 'A')
		|| setweight(to_tsvector('english', filed), 'B')
		|| setweight(to_tsvector('english', body), 'C');
	INSERT INTO "search_words" ("word")
		SELECT unnest(tsvector_to_array(to_tsvector('simple', names || ' ' || filed || ' ' || body)))
		ON CONFLICT DO NOTHING;
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "interventions_search_document"
	BEFORE INSERT OR UPDATE OF "name", "also_known_as", "summary", "filed_under_words", "description", "emmie"
	ON "interventions" FOR EACH ROW EXECUTE FUNCTION "interventions_search_document"();--> statement-breakpoint
-- Entries published before: the words they are filed under as `filedUnderWords` writes them (the
-- domain labels as they stand in this release), which also fills the search words through the trigger.
UPDATE "interventions" SET "filed_under_words" = coalesce((
	SELECT string_agg("label", '. ' ORDER BY "first") FROM (
		SELECT "label", min("position") AS "first" FROM (
			SELECT "t"."label", -1 AS "position" FROM "intervention_topics" "it"
				JOIN "topics" "t" ON "t"."key" = "it"."topic" WHERE "it"."intervention_id" = "interventions"."id"
			UNION ALL
			SELECT "labels"."label", "o"."position" * 2 + "labels"."part" FROM "outcome_ratings" "o",
				LATERAL (VALUES ("o"."outcome", 0), ((SELECT "label" FROM (VALUES
					('child-safety', 'Child safety'),
					('entry-to-care', 'Entry to care'),
					('permanence-and-reunification', 'Permanence and reunification'),
					('child-wellbeing', 'Child wellbeing and mental health'),
					('behaviour', 'Behaviour'),
					('parenting-and-family', 'Parenting and family functioning'),
					('education', 'Education'),
					('workforce-wellbeing', 'Workforce wellbeing')
				) AS "domains" ("key", "label") WHERE "key" = "o"."domain"), 1)) AS "labels" ("label", "part")
				WHERE "o"."intervention_id" = "interventions"."id"
		) AS "all_labels" WHERE "label" IS NOT NULL GROUP BY "label"
	) AS "labels"
), '');

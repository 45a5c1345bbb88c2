-- Ranking asks of every match whether each term matched in its names (weight A), its summary and
-- what it is filed under (B) or elsewhere. The trigger now keeps those two parts of the search
-- vector beside it, small enough to ask directly, as `ts_filter` would give them.
ALTER TABLE "interventions" ADD COLUMN "search_vector_names" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN "search_vector_summary" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
-- A search reads each match's vectors several times. Postgres had moved the vectors of wide rows
-- out of line (TOAST), so each read fetched and reassembled them again: at 10,000 entries a broad
-- search read ten times the table's pages. MAIN keeps them in the row (compressed if need be), and
-- the row's prose goes out of line first.
ALTER TABLE "interventions" ALTER COLUMN "search_vector" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "interventions" ALTER COLUMN "search_vector_names" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "interventions" ALTER COLUMN "search_vector_summary" SET STORAGE MAIN;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "interventions_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
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
	NEW.search_vector_names := ts_filter(NEW.search_vector, '{a}');
	NEW.search_vector_summary := ts_filter(NEW.search_vector, '{b}');
	INSERT INTO "search_words" ("word")
		SELECT unnest(tsvector_to_array(to_tsvector('simple', names || ' ' || filed || ' ' || body)))
		ON CONFLICT DO NOTHING;
	RETURN NEW;
END $$;--> statement-breakpoint
-- Every entry indexed again: the parts filled in, and the vectors written anew, in the row.
UPDATE "interventions" SET "name" = "name";

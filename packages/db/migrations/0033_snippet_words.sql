-- A search hit shows a snippet of the entry's summary and description with what search matched
-- marked. Postgres cut snippets for each search (ts_headline): a statement per search, and
-- PostgreSQL 15 and PGlite's 18 cut some differently. The application now cuts them itself, alike
-- on every engine, from the words of that text as the search vector reads them, which a trigger
-- keeps: each word the parser finds that the configuration indexes (a stop word too, as it takes a
-- position), in order, with the lexemes `to_tsvector` gives its position. A hyphenated word or a
-- web address is followed by its parts as words of their own; its own token is written as null, so
-- its text is shown once, as its parts. (`to_tsvector` keeps 256 positions of a lexeme, the last
-- at word 16,383: occurrences past those are not marked.)
ALTER TABLE "interventions" ADD COLUMN "snippet_words" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE FUNCTION "interventions_snippet_words"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	snippet_text text := NEW.summary || ' ' || NEW.description;
BEGIN
	NEW.snippet_words := coalesce((
		SELECT jsonb_agg(to_jsonb(array_prepend(
			CASE WHEN "word"."whole" THEN NULL ELSE "word"."token" END,
			coalesce("read"."lexemes", '{}'))) ORDER BY "word"."position")
		FROM (
			SELECT "token", "whole", row_number() OVER (ORDER BY "n") AS "position"
			FROM (
				SELECT "parsed"."token", "parsed"."n", "parsed"."tokid" IN (
					SELECT "tokid" FROM ts_token_type('default')
					WHERE "alias" IN ('asciihword', 'hword', 'numhword', 'url')) AS "whole"
				FROM ts_parse('default', snippet_text) WITH ORDINALITY AS "parsed" ("tokid", "token", "n")
				-- As to_tsvector: a token of 2047 bytes or more takes no position.
				WHERE "parsed"."tokid" IN (
					SELECT "maptokentype" FROM pg_ts_config_map WHERE "mapcfg" = 'english'::regconfig)
					AND octet_length("parsed"."token") < 2047
			) AS "indexed"
		) AS "word"
		LEFT JOIN (
			SELECT "position", array_agg("lexeme" ORDER BY "lexeme") AS "lexemes"
			FROM unnest(to_tsvector('english', snippet_text)) AS "vector",
				unnest("vector"."positions") AS "position"
			GROUP BY "position"
		) AS "read" ON "read"."position" = "word"."position"
	), '[]'::jsonb);
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "interventions_snippet_words"
	BEFORE INSERT OR UPDATE OF "summary", "description"
	ON "interventions" FOR EACH ROW EXECUTE FUNCTION "interventions_snippet_words"();--> statement-breakpoint
-- Every entry's words written (the search vector is written anew too: its trigger reads the summary).
UPDATE "interventions" SET "summary" = "summary";

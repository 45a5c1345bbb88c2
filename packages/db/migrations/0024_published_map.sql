CREATE TABLE "published_map" (
	"only_row" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"areas" json NOT NULL,
	CONSTRAINT "published_map_one_row" CHECK ("published_map"."only_row")
);
--> statement-breakpoint
-- Every authority with a boundary, by name, with its partner and that partner's programmes (each
-- once, by programme name, as `programmesByPartner` in queries/partners.ts lists them), as
-- `partners.map` answers: what `published_map` keeps.
CREATE FUNCTION "public"."map_areas"() RETURNS json
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
	SELECT coalesce(json_agg(json_build_object(
		'gssCode', "area"."gss_code",
		'name', "area"."name",
		'path', "area"."path",
		'partnerSlug', "partner"."slug",
		'programmes', coalesce("taking"."programmes", '[]'::json)
	) ORDER BY "area"."name"), '[]'::json)
	FROM "public"."area_boundaries" AS "area"
	LEFT JOIN "public"."partners" AS "partner" ON "partner"."gss_code" = "area"."gss_code"
	LEFT JOIN (
		SELECT "taken"."partner_id", json_agg("taken"."slug" ORDER BY "taken"."name") AS "programmes"
		FROM (
			SELECT DISTINCT "participation"."partner_id", "programme"."slug", "programme"."name"
			FROM "public"."participations" AS "participation"
			JOIN "public"."programmes" AS "programme" ON "programme"."id" = "participation"."programme_id"
		) AS "taken"
		GROUP BY "taken"."partner_id"
	) AS "taking" ON "taking"."partner_id" = "partner"."id"
$$;--> statement-breakpoint
-- Written again after any change to what the map shows. The row is locked first, in a statement of
-- its own, so that a transaction that waited there for another to commit works the map out from a
-- snapshot that includes that commit. (Today the content version's row, which every change to
-- these tables updates first, already makes such transactions wait for each other.)
CREATE FUNCTION "public"."publish_map"() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	PERFORM FROM "public"."published_map" FOR UPDATE;
	INSERT INTO "public"."published_map" ("areas") VALUES ("public"."map_areas"())
		ON CONFLICT ("only_row") DO UPDATE SET "areas" = excluded."areas";
	RETURN NULL;
END $$;--> statement-breakpoint
INSERT INTO "published_map" ("areas") VALUES ("public"."map_areas"());--> statement-breakpoint
DO $$
DECLARE
	"name" text;
BEGIN
	FOREACH "name" IN ARRAY ARRAY['area_boundaries', 'partners', 'participations', 'programmes'] LOOP
		EXECUTE format(
			'CREATE TRIGGER "map_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
			'FOR EACH STATEMENT EXECUTE FUNCTION "public"."publish_map"()',
			"name"
		);
	END LOOP;
END $$;--> statement-breakpoint
-- Readers see it: its changes change the content version too (within the same transaction as the
-- change it follows, so with no second announcement).
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "published_map"
	FOR EACH STATEMENT EXECUTE FUNCTION "public"."change_content_version"();

DROP INDEX "interventions_search_vector_index";--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN "best_strength" integer;--> statement-breakpoint
CREATE INDEX "interventions_name_id_index" ON "interventions" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "interventions_best_strength_name_id_index" ON "interventions" USING btree ("best_strength" DESC NULLS LAST,"name","id");--> statement-breakpoint
CREATE INDEX "interventions_evidence_last_reviewed_name_id_index" ON "interventions" USING btree ("evidence_last_reviewed" DESC NULLS LAST,"name","id");--> statement-breakpoint
CREATE INDEX "interventions_search_vector_index" ON "interventions" USING gin ("search_vector") WITH (fastupdate=false);--> statement-breakpoint
-- interventions.best_strength follows the ratings of its outcomes. Scores are the positions in
-- @whatworks/domain strengthKeys. One UPDATE per statement, touching only rows whose score changes.
CREATE FUNCTION "set_best_strength"("ids" integer[]) RETURNS void LANGUAGE sql AS $$
	UPDATE "interventions" SET "best_strength" = "scores"."score"
	FROM (
		SELECT "id", (
			SELECT max(CASE "strength" WHEN 'very-low' THEN 0 WHEN 'low' THEN 1 WHEN 'moderate' THEN 2 WHEN 'high' THEN 3 END)
			FROM "outcome_ratings" WHERE "outcome_ratings"."intervention_id" = "ids"."id"
		) AS "score"
		FROM unnest("ids") AS "ids"("id")
	) AS "scores"
	WHERE "interventions"."id" = "scores"."id"
		AND "interventions"."best_strength" IS DISTINCT FROM "scores"."score";
$$;
--> statement-breakpoint
-- Each branch names only the transition tables its event has.
CREATE FUNCTION "refresh_best_strength"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "set_best_strength"(ARRAY(SELECT DISTINCT "intervention_id" FROM "changed_new"));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "set_best_strength"(ARRAY(SELECT DISTINCT "intervention_id" FROM "changed_old"));
	ELSE
		PERFORM "set_best_strength"(ARRAY(
			SELECT "intervention_id" FROM "changed_new" UNION SELECT "intervention_id" FROM "changed_old"
		));
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "outcome_ratings_best_strength_insert" AFTER INSERT ON "outcome_ratings"
	REFERENCING NEW TABLE AS "changed_new"
	FOR EACH STATEMENT EXECUTE FUNCTION "refresh_best_strength"();
--> statement-breakpoint
CREATE TRIGGER "outcome_ratings_best_strength_update" AFTER UPDATE ON "outcome_ratings"
	REFERENCING OLD TABLE AS "changed_old" NEW TABLE AS "changed_new"
	FOR EACH STATEMENT EXECUTE FUNCTION "refresh_best_strength"();
--> statement-breakpoint
CREATE TRIGGER "outcome_ratings_best_strength_delete" AFTER DELETE ON "outcome_ratings"
	REFERENCING OLD TABLE AS "changed_old"
	FOR EACH STATEMENT EXECUTE FUNCTION "refresh_best_strength"();
--> statement-breakpoint
SELECT "set_best_strength"(ARRAY(SELECT "id" FROM "interventions"));

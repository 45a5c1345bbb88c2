-- Revisions now carry the study data too. Until now study data could not be edited, so every
-- earlier revision had the study data that is live today: write it into them, once.
ALTER TABLE "revisions" DISABLE TRIGGER "revisions_immutable";--> statement-breakpoint
UPDATE "revisions" AS r SET "content" = r."content" || jsonb_build_object(
	'studies', coalesce((
		SELECT jsonb_agg(jsonb_build_object(
			'key', 's' || s."id", 'label', s."label", 'citation', s."citation", 'year', s."year",
			'country', s."country", 'design', s."design", 'setting', s."setting",
			'independentOfDeveloper', s."independent_of_developer", 'treatmentN', s."treatment_n",
			'comparisonN', s."comparison_n", 'followUpMonths', s."follow_up_months", 'source', s."source"
		) ORDER BY s."id")
		FROM "studies" AS s WHERE s."intervention_id" = e."intervention_id"
	), '[]'::jsonb),
	'outcomes', coalesce((
		SELECT jsonb_agg(jsonb_build_object(
			'key', 'o' || o."id", 'outcome', o."outcome", 'domain', o."domain", 'source', o."source",
			'override', (
				SELECT jsonb_build_object(
					'effectiveness', v."effectiveness", 'strength', v."strength",
					'justification', v."justification"
				)
				FROM "rating_overrides" AS v WHERE v."outcome_rating_id" = o."id"
			),
			'contrasts', coalesce((
				SELECT jsonb_agg(jsonb_build_object(
					'studyKey', 's' || c."study_id", 'sampleId', c."sample_id", 'metric', c."metric",
					'effectSize', c."effect_size", 'variance', c."variance", 'ciLower', c."ci_lower",
					'ciUpper', c."ci_upper", 'favourableDirection', c."favourable_direction",
					'designRating', c."design_rating", 'treatmentN', c."treatment_n",
					'comparisonN', c."comparison_n"
				) ORDER BY c."id")
				FROM "contrasts" AS c WHERE c."outcome_rating_id" = o."id"
			), '[]'::jsonb)
		) ORDER BY o."position")
		FROM "outcome_ratings" AS o WHERE o."intervention_id" = e."intervention_id"
	), '[]'::jsonb)
)
FROM "editions" AS e
WHERE e."id" = r."edition_id" AND NOT (r."content" ? 'studies');--> statement-breakpoint
ALTER TABLE "revisions" ENABLE TRIGGER "revisions_immutable";

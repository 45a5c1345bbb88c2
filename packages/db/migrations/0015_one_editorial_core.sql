-- One editorial core: interventions' editions and the research records' record_drafts become one
-- table of drafts for every kind, whose content is always in immutable revisions. Nothing is
-- lost: every edition keeps its id, revisions and comments; every record draft becomes a draft
-- with one revision for each person who saved it, so the rule that someone else publishes holds.

-- 1. Editions become drafts of kind 'intervention', naming the intervention by its web address
-- when readers have seen it (live, or published by an edition) or a published project or
-- publication links to it (its row must stay for that link); otherwise it is a new item.
ALTER TABLE "editions" RENAME TO "drafts";--> statement-breakpoint
ALTER TABLE "drafts" RENAME CONSTRAINT "editions_pkey" TO "drafts_pkey";--> statement-breakpoint
ALTER SEQUENCE "editions_id_seq" RENAME TO "drafts_id_seq";--> statement-breakpoint
ALTER TABLE "drafts" RENAME CONSTRAINT "editions_author_id_users_id_fk" TO "drafts_author_id_users_id_fk";--> statement-breakpoint
ALTER TABLE "drafts" RENAME CONSTRAINT "editions_last_editor_id_users_id_fk" TO "drafts_last_editor_id_users_id_fk";--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "kind" text DEFAULT 'intervention' NOT NULL;--> statement-breakpoint
ALTER TABLE "drafts" ALTER COLUMN "kind" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "target_slug" text;--> statement-breakpoint
UPDATE "drafts" AS d SET "target_slug" = i."slug"
FROM "interventions" AS i
WHERE i."id" = d."intervention_id" AND (
	i."live"
	OR EXISTS (SELECT 1 FROM "drafts" AS p WHERE p."intervention_id" = i."id" AND p."published_at" IS NOT NULL)
	OR EXISTS (SELECT 1 FROM "publication_interventions" AS l WHERE l."intervention_id" = i."id")
	OR EXISTS (SELECT 1 FROM "project_interventions" AS l WHERE l."intervention_id" = i."id")
);--> statement-breakpoint

-- 2. An intervention's content now carries its web address, as every kind's does. Revisions
-- never change, except here, once, to add it.
ALTER TABLE "revisions" DISABLE TRIGGER "revisions_immutable";--> statement-breakpoint
UPDATE "revisions" AS r SET "content" = jsonb_build_object('slug', i."slug") || r."content"
FROM "drafts" AS d JOIN "interventions" AS i ON i."id" = d."intervention_id"
WHERE d."id" = r."edition_id" AND NOT (r."content" ? 'slug');--> statement-breakpoint
ALTER TABLE "revisions" ENABLE TRIGGER "revisions_immutable";--> statement-breakpoint
ALTER TABLE "revisions" RENAME COLUMN "edition_id" TO "draft_id";--> statement-breakpoint
ALTER TABLE "revisions" RENAME CONSTRAINT "revisions_edition_id_editions_id_fk" TO "revisions_draft_id_drafts_id_fk";--> statement-breakpoint
ALTER TABLE "revisions" RENAME CONSTRAINT "revisions_editionId_number_unique" TO "revisions_draftId_number_unique";--> statement-breakpoint

-- 3. Comments follow their drafts.
ALTER TABLE "edition_comments" RENAME TO "draft_comments";--> statement-breakpoint
ALTER TABLE "draft_comments" RENAME CONSTRAINT "edition_comments_pkey" TO "draft_comments_pkey";--> statement-breakpoint
ALTER SEQUENCE "edition_comments_id_seq" RENAME TO "draft_comments_id_seq";--> statement-breakpoint
ALTER TABLE "draft_comments" RENAME COLUMN "edition_id" TO "draft_id";--> statement-breakpoint
ALTER TABLE "draft_comments" RENAME CONSTRAINT "edition_comments_edition_id_editions_id_fk" TO "draft_comments_draft_id_drafts_id_fk";--> statement-breakpoint
ALTER TABLE "draft_comments" RENAME CONSTRAINT "edition_comments_author_id_users_id_fk" TO "draft_comments_author_id_users_id_fk";--> statement-breakpoint
ALTER INDEX "edition_comments_edition_id_index" RENAME TO "draft_comments_draft_id_index";--> statement-breakpoint

-- 4. Drafts name their item by kind and address, not by an intervention's row. A new item has no
-- row until it is published, so the hidden rows of interventions never published and linked
-- from nothing go (each one's name and summary are in its draft's revisions).
DROP INDEX "editions_one_open_per_intervention";--> statement-breakpoint
DROP INDEX "editions_intervention_id_published_at_index";--> statement-breakpoint
ALTER TABLE "drafts" DROP CONSTRAINT "editions_intervention_id_interventions_id_fk";--> statement-breakpoint
ALTER TABLE "drafts" DROP COLUMN "intervention_id";--> statement-breakpoint
DELETE FROM "interventions" AS i
WHERE NOT i."live" AND NOT EXISTS (
	SELECT 1 FROM "drafts" AS d WHERE d."kind" = 'intervention' AND d."target_slug" = i."slug"
);--> statement-breakpoint

-- 5. Record drafts become drafts, each with a revision per person who saved it (the content as it
-- was last saved; earlier contents were not kept), the last editor's last.
ALTER TABLE "drafts" ADD COLUMN "record_draft_id" integer;--> statement-breakpoint
INSERT INTO "drafts" ("kind", "target_slug", "state", "author_id", "last_editor_id", "created_at", "updated_at", "published_at", "change_note", "record_draft_id")
SELECT "kind", "target_slug", "state", "author_id", "last_editor_id", "created_at", "updated_at", "published_at", "change_note", "id"
FROM "record_drafts" ORDER BY "id";--> statement-breakpoint
INSERT INTO "revisions" ("draft_id", "number", "content", "saved_by", "saved_at")
SELECT d."id", savers."number", rd."content", savers."saved_by",
	CASE WHEN savers."saved_by" = rd."last_editor_id" THEN rd."updated_at" ELSE rd."created_at" END
FROM "record_drafts" AS rd
JOIN "drafts" AS d ON d."record_draft_id" = rd."id"
CROSS JOIN LATERAL (
	SELECT row_number() OVER (ORDER BY c."saver" = rd."last_editor_id", c."position") AS "number",
		c."saver" AS "saved_by"
	FROM (
		SELECT DISTINCT ON (e."saver") e."saver", e."position"
		FROM (
			SELECT value::integer AS "saver", position
			FROM jsonb_array_elements_text(rd."contributor_ids" || to_jsonb(rd."last_editor_id"))
				WITH ORDINALITY AS t(value, position)
		) AS e
		ORDER BY e."saver", e."position"
	) AS c
) AS savers;--> statement-breakpoint
ALTER TABLE "drafts" DROP COLUMN "record_draft_id";--> statement-breakpoint
DROP TABLE "record_drafts";--> statement-breakpoint

-- 6. Record drafts were never superseded: of the published drafts of one item, the newest is live.
UPDATE "drafts" AS d SET "state" = 'superseded'
WHERE d."state" = 'published' AND EXISTS (
	SELECT 1 FROM "drafts" AS newer
	WHERE newer."kind" = d."kind" AND newer."target_slug" = d."target_slug" AND newer."state" = 'published'
		AND (newer."published_at", newer."id") > (d."published_at", d."id")
);--> statement-breakpoint

CREATE INDEX "drafts_kind_target_slug_published_at_index" ON "drafts" USING btree ("kind","target_slug","published_at");--> statement-breakpoint
CREATE INDEX "drafts_state_updated_at_index" ON "drafts" USING btree ("state","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_one_open_per_item" ON "drafts" USING btree ("kind","target_slug") WHERE state in ('draft', 'in-review');

ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_chain_seq_index" ON "audit_events" USING btree ("chain_seq");--> statement-breakpoint
-- A hash chain over the audit log: each entry's hash covers its fields and the hash of the entry
-- before it, so changing or removing any entry breaks every hash after it, and removing the
-- newest ones shows against a head recorded elsewhere (`pnpm audit:verify` prints it). The time
-- is hashed in UTC, so the session's time zone cannot change a hash.
CREATE FUNCTION "public"."audit_entry_hash"("previous" text, "entry" "public"."audit_events") RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
	SELECT encode(sha256(convert_to(coalesce("previous", '') || jsonb_build_object(
		'seq', "entry"."chain_seq",
		'id', "entry"."id",
		'at', "entry"."at" AT TIME ZONE 'UTC',
		'actorId', "entry"."actor_id",
		'action', "entry"."action",
		'subjectType', "entry"."subject_type",
		'subjectId', "entry"."subject_id",
		'revisionIds', "entry"."revision_ids",
		'detail', "entry"."detail"
	)::text, 'UTF8')), 'hex')
$$;--> statement-breakpoint
-- Entries are chained in the database, under a lock held until the writing transaction ends, so
-- servers writing at once take turns and the chain never forks. The time is the database's, so a
-- server cannot backdate an entry. The search path is fixed and every name qualified, so nobody
-- can slip in a table or function of the same name (a temporary one, say) for these to use.
CREATE FUNCTION "public"."chain_audit_entry"() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	"last_seq" bigint;
	"last_hash" text;
BEGIN
	PERFORM pg_advisory_xact_lock(hashtext('whatworks:audit-chain'));
	SELECT "chain_seq", "chain_hash" INTO "last_seq", "last_hash"
		FROM "public"."audit_events" WHERE "chain_seq" IS NOT NULL ORDER BY "chain_seq" DESC LIMIT 1;
	NEW."at" := clock_timestamp();
	NEW."chain_seq" := coalesce("last_seq", 0) + 1;
	NEW."chain_hash" := "public"."audit_entry_hash"("last_hash", NEW);
	RETURN NEW;
END $$;--> statement-breakpoint
-- The entries written before the chain existed are chained now, oldest first.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_append_only";--> statement-breakpoint
DO $$
DECLARE
	"entry" "audit_events";
	"seq" bigint := 0;
	"hash" text;
BEGIN
	FOR "entry" IN SELECT * FROM "audit_events" ORDER BY "id" LOOP
		"seq" := "seq" + 1;
		"entry"."chain_seq" := "seq";
		"hash" := "public"."audit_entry_hash"("hash", "entry");
		UPDATE "audit_events" SET "chain_seq" = "seq", "chain_hash" = "hash" WHERE "id" = "entry"."id";
	END LOOP;
END $$;--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_append_only";--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "chain_seq" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "chain_hash" SET NOT NULL;--> statement-breakpoint
CREATE TRIGGER "audit_events_chain" BEFORE INSERT ON "audit_events"
	FOR EACH ROW EXECUTE FUNCTION "public"."chain_audit_entry"();

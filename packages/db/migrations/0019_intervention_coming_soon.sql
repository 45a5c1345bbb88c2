-- A new intervention can be shown as coming soon while its draft is open: the month its review is
-- expected and the revision whose name and summary readers see meanwhile.
ALTER TABLE "drafts" ADD COLUMN "coming_soon_month" text;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "coming_soon_revision_id" integer;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_coming_soon_revision_id_revisions_id_fk" FOREIGN KEY ("coming_soon_revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_coming_soon_whole" CHECK (("drafts"."coming_soon_month" is null) = ("drafts"."coming_soon_revision_id" is null));
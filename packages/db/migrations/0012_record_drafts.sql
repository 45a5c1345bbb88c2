CREATE TABLE "record_drafts" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"target_slug" text,
	"state" text NOT NULL,
	"content" jsonb NOT NULL,
	"author_id" integer NOT NULL,
	"last_editor_id" integer NOT NULL,
	"contributor_ids" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"change_note" text
);
--> statement-breakpoint
ALTER TABLE "record_drafts" ADD CONSTRAINT "record_drafts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_drafts" ADD CONSTRAINT "record_drafts_last_editor_id_users_id_fk" FOREIGN KEY ("last_editor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_drafts_kind_state_index" ON "record_drafts" USING btree ("kind","state");--> statement-breakpoint
CREATE UNIQUE INDEX "record_drafts_one_open_per_record" ON "record_drafts" USING btree ("kind","target_slug") WHERE state in ('draft', 'in-review');
CREATE TABLE "mailings" (
	"id" serial PRIMARY KEY NOT NULL,
	"newsletter_id" integer NOT NULL,
	"message" jsonb NOT NULL,
	"topics" text[],
	"send_at" timestamp with time zone NOT NULL,
	"queued_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"sent_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "newsletters" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"issued_on" date NOT NULL,
	"introduction" text NOT NULL,
	"items" jsonb NOT NULL,
	"entries" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "newsletters_slug_unique" UNIQUE("slug"),
	CONSTRAINT "newsletters_number_unique" UNIQUE("number")
);
--> statement-breakpoint
DROP INDEX "outbox_mailing_status_index";--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "subject" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "html" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "headers" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "mailing_id" integer;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "subscriber_id" integer;--> statement-breakpoint
ALTER TABLE "mailings" ADD CONSTRAINT "mailings_newsletter_id_newsletters_id_fk" FOREIGN KEY ("newsletter_id") REFERENCES "public"."newsletters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailings" ADD CONSTRAINT "mailings_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mailings_queued_at_send_at_index" ON "mailings" USING btree ("queued_at","send_at");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_mailing_id_mailings_id_fk" FOREIGN KEY ("mailing_id") REFERENCES "public"."mailings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_mailing_id_status_index" ON "outbox" USING btree ("mailing_id","status");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_words_somewhere" CHECK (("outbox"."mailing_id" is null) = ("outbox"."subject" is not null and "outbox"."html" is not null and "outbox"."text" is not null and "outbox"."headers" is not null));--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_mailing_recipient" CHECK (("outbox"."mailing_id" is null) = ("outbox"."subscriber_id" is null));--> statement-breakpoint
-- Readers see the archive, so publishing an issue gives a new content version (see 0021).
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "newsletters"
	FOR EACH STATEMENT EXECUTE FUNCTION "public"."change_content_version"();

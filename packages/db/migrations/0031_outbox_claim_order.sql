DROP INDEX "outbox_status_not_before_index";--> statement-breakpoint
CREATE INDEX "outbox_claim_index" ON "outbox" USING btree ("status",("mailing_id" is not null),"not_before","id");
DROP INDEX "outbox_status_not_before_index";--> statement-breakpoint
CREATE INDEX "outbox_status_not_before_id_index" ON "outbox" USING btree ("status","not_before","id");
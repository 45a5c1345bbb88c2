-- A rating republished under new Evidence Standards carries the reviewer's public note, for its change log.
ALTER TABLE "rating_snapshots" ADD COLUMN "change_note" text;
CREATE TABLE "image_renditions" (
	"image_id" integer NOT NULL,
	"width" integer NOT NULL,
	"format" text NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "image_renditions_image_id_format_width_pk" PRIMARY KEY("image_id","format","width")
);
--> statement-breakpoint
CREATE TABLE "images" (
	"id" serial PRIMARY KEY NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"uploaded_by" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "image_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "image_alt" text;--> statement-breakpoint
ALTER TABLE "image_renditions" ADD CONSTRAINT "image_renditions_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "images" ADD CONSTRAINT "images_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_image_id_index" ON "articles" USING btree ("image_id");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_image_described" CHECK (("articles"."image_id" is null) = ("articles"."image_alt" is null));--> statement-breakpoint
-- Articles drafted before images were added have none: said in their revisions, which only a
-- migration may change.
ALTER TABLE "revisions" DISABLE TRIGGER "revisions_immutable";--> statement-breakpoint
UPDATE "revisions" SET "content" = "content" || '{"image": null}'::jsonb
	WHERE NOT "content" ? 'image'
	AND "draft_id" IN (SELECT "id" FROM "drafts" WHERE "kind" = 'article');--> statement-breakpoint
ALTER TABLE "revisions" ENABLE TRIGGER "revisions_immutable";

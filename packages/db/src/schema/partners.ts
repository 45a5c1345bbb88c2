import type { OrganisationType, RegionCode } from '@whatworks/domain';
import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** Organisations the Centre works with; local authorities are keyed by their ONS GSS code. */
export const partners = pgTable('partners', {
	id: serial().primaryKey(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	type: text().$type<OrganisationType>().notNull(),
	gssCode: text().unique(),
	dfeCode: text(),
	region: text().$type<RegionCode>(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

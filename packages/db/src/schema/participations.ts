import type { ParticipationRole } from '@whatworks/domain';
import { date, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { partners } from './partners.js';
import { programmes } from './programmes.js';

/** A partner's part in a programme: one row per partner, programme and wave. */
export const participations = pgTable(
	'participations',
	{
		id: serial().primaryKey(),
		partnerId: integer()
			.notNull()
			.references(() => partners.id, { onDelete: 'cascade' }),
		programmeId: integer()
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		wave: integer(),
		role: text().$type<ParticipationRole>().notNull(),
		strand: text(),
		startDate: date({ mode: 'string' }),
		endDate: date({ mode: 'string' }),
		fundingGbp: integer()
	},
	(table) => [unique().on(table.partnerId, table.programmeId, table.wave).nullsNotDistinct()]
);

import type { StaffRole } from '@whatworks/domain';
import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** The roles each member of staff holds; several are allowed. */
export const userRoles = pgTable(
	'user_roles',
	{
		userId: integer()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text().$type<StaffRole>().notNull()
	},
	(table) => [primaryKey({ columns: [table.userId, table.role] })]
);

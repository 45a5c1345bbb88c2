import type { Topic } from '@whatworks/domain';
import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { interventions } from './interventions.js';

/** Topics readers browse the Evidence Store by; the keys are the domain's `topicKeys`. */
export const topics = pgTable('topics', {
	key: text().$type<Topic>().primaryKey(),
	label: text().notNull()
});

/** Which topics each intervention is filed under. */
export const interventionTopics = pgTable(
	'intervention_topics',
	{
		interventionId: integer()
			.notNull()
			.references(() => interventions.id, { onDelete: 'cascade' }),
		topic: text()
			.$type<Topic>()
			.notNull()
			.references(() => topics.key)
	},
	(table) => [primaryKey({ columns: [table.interventionId, table.topic] }), index().on(table.topic)]
);

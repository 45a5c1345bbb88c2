import type { Milestone, PublicationType, ResearchTheme } from '@whatworks/domain';
import {
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text
} from 'drizzle-orm/pg-core';
import { files } from './files.js';
import { interventions } from './interventions.js';
import { partners } from './partners.js';
import { programmes } from './programmes.js';

/** A research project, from its call for partners to its report; its stage follows its milestones' dates. */
export const researchProjects = pgTable('research_projects', {
	id: serial().primaryKey(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	summary: text().notNull(),
	theme: text().$type<ResearchTheme>().notNull(),
	programmeId: integer().references(() => programmes.id, { onDelete: 'set null' }),
	milestones: jsonb().$type<Milestone[]>().notNull(),
	leadOrganisation: text().notNull(),
	budgetGbp: integer()
});

/** The partners working on a project. */
export const projectPartners = pgTable(
	'project_partners',
	{
		projectId: integer()
			.notNull()
			.references(() => researchProjects.id, { onDelete: 'cascade' }),
		partnerId: integer()
			.notNull()
			.references(() => partners.id, { onDelete: 'cascade' })
	},
	(table) => [
		primaryKey({ columns: [table.projectId, table.partnerId] }),
		index().on(table.partnerId)
	]
);

/** Evidence Store interventions a project tests or informs. */
export const projectInterventions = pgTable(
	'project_interventions',
	{
		projectId: integer()
			.notNull()
			.references(() => researchProjects.id, { onDelete: 'cascade' }),
		interventionId: integer()
			.notNull()
			.references(() => interventions.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.projectId, table.interventionId] })]
);

/** A project's protocol front sheet; at most one per project. */
export const protocols = pgTable('protocols', {
	projectId: integer()
		.primaryKey()
		.references(() => researchProjects.id, { onDelete: 'cascade' }),
	evaluator: text().notNull(),
	principalInvestigator: text().notNull(),
	trialType: text().notNull(),
	localAuthorityCount: integer().notNull(),
	childrenAndFamiliesCount: integer(),
	primaryOutcomes: jsonb().$type<string[]>().notNull(),
	secondaryOutcomes: jsonb().$type<string[]>().notNull(),
	publishedOn: date({ mode: 'string' }).notNull(),
	fieldworkStartsOn: date({ mode: 'string' }).notNull()
});

/** Reports, reviews and guides in the publications library. */
export const publications = pgTable('publications', {
	id: serial().primaryKey(),
	slug: text().notNull().unique(),
	title: text().notNull(),
	type: text().$type<PublicationType>().notNull(),
	authors: jsonb().$type<string[]>().notNull(),
	publishedOn: date({ mode: 'string' }).notNull(),
	abstract: text().notNull(),
	themes: jsonb().$type<ResearchTheme[]>().notNull(),
	/** The report to download, when one is attached. */
	fileId: integer().references(() => files.id)
});

/** Projects a publication comes from. */
export const publicationProjects = pgTable(
	'publication_projects',
	{
		publicationId: integer()
			.notNull()
			.references(() => publications.id, { onDelete: 'cascade' }),
		projectId: integer()
			.notNull()
			.references(() => researchProjects.id, { onDelete: 'cascade' })
	},
	(table) => [
		primaryKey({ columns: [table.publicationId, table.projectId] }),
		index().on(table.projectId)
	]
);

/** Evidence Store interventions a publication informs. */
export const publicationInterventions = pgTable(
	'publication_interventions',
	{
		publicationId: integer()
			.notNull()
			.references(() => publications.id, { onDelete: 'cascade' }),
		interventionId: integer()
			.notNull()
			.references(() => interventions.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.publicationId, table.interventionId] })]
);

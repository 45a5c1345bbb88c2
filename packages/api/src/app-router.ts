import { auditRouter } from './routers/audit.js';
import { authRouter } from './routers/auth.js';
import { comingSoonRouter } from './routers/coming-soon.js';
import { draftsRouter } from './routers/drafts.js';
import { homeRouter } from './routers/home.js';
import { importsRouter } from './routers/imports.js';
import { interventionsRouter } from './routers/interventions.js';
import { feedsRouter, sitemapRouter } from './routers/feeds.js';
import { newsRouter } from './routers/news.js';
import { newslettersRouter } from './routers/newsletters.js';
import { partnersRouter } from './routers/partners.js';
import { ratingsRouter } from './routers/ratings.js';
import { programmesRouter, projectsRouter, publicationsRouter } from './routers/research.js';
import { sessionsRouter, usersRouter } from './routers/users.js';
import { mailRouter } from './routers/mail.js';
import { peopleRouter } from './routers/people.js';
import { subscriptionsRouter } from './routers/subscriptions.js';
import { createCallerFactory, router, type ProcedureMeta } from './trpc.js';

/** The whole API: one plain object of procedures per resource. */
export const appRouter = router({
	home: homeRouter,
	interventions: interventionsRouter,
	comingSoon: comingSoonRouter,
	partners: partnersRouter,
	ratings: ratingsRouter,
	programmes: programmesRouter,
	projects: projectsRouter,
	publications: publicationsRouter,
	news: newsRouter,
	newsletters: newslettersRouter,
	feeds: feedsRouter,
	sitemap: sitemapRouter,
	auth: authRouter,
	users: usersRouter,
	sessions: sessionsRouter,
	audit: auditRouter,
	drafts: draftsRouter,
	imports: importsRouter,
	subscriptions: subscriptionsRouter,
	mail: mailRouter,
	people: peopleRouter
});

/** The API's type, the only thing the SvelteKit apps import from this package. */
export type AppRouter = typeof appRouter;

/** Calls procedures in-process, e.g. `createCaller(createContext(db)).interventions.list()`. */
export const createCaller = createCallerFactory(appRouter);

/** A procedure as the router keeps it at run time, keyed by dotted path. */
interface ProcedureAtRunTime {
	_def: { type: 'query' | 'mutation' | 'subscription'; meta?: ProcedureMeta };
}

/**
 * Every procedure anyone may call without a session — those naming no permission — by dotted
 * path (`interventions.search`), with its type.
 */
export const publicProcedures: ReadonlyMap<string, ProcedureAtRunTime['_def']['type']> = new Map(
	// Keyed by dotted path at run time, whatever the nested type says.
	Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureAtRunTime>)
		.filter(([, { _def }]) => _def.meta?.permission === undefined)
		.map(([path, { _def }]) => [path, _def.type])
);

/** Every public query: its answer is the same for every caller. */
const publicQueries = new Set(
	[...publicProcedures].filter(([, type]) => type === 'query').map(([path]) => path)
);

/**
 * Whether every procedure called is a public query: its answer is the same for every caller and
 * changes only when staff publish, so copies of it may be kept and shared.
 */
export function isPublicQuery(paths: readonly string[]): boolean {
	return paths.length > 0 && paths.every((path) => publicQueries.has(path));
}

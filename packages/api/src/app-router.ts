import { auditRouter } from './routers/audit.js';
import { authRouter } from './routers/auth.js';
import { draftsRouter } from './routers/drafts.js';
import { importsRouter } from './routers/imports.js';
import { interventionsRouter } from './routers/interventions.js';
import { partnersRouter } from './routers/partners.js';
import { ratingsRouter } from './routers/ratings.js';
import { programmesRouter, projectsRouter, publicationsRouter } from './routers/research.js';
import { sessionsRouter, usersRouter } from './routers/users.js';
import { createCallerFactory, router, type ProcedureMeta } from './trpc.js';

/** The whole API: one plain object of procedures per resource. */
export const appRouter = router({
	interventions: interventionsRouter,
	partners: partnersRouter,
	ratings: ratingsRouter,
	programmes: programmesRouter,
	projects: projectsRouter,
	publications: publicationsRouter,
	auth: authRouter,
	users: usersRouter,
	sessions: sessionsRouter,
	audit: auditRouter,
	drafts: draftsRouter,
	imports: importsRouter
});

/** The API's type, the only thing the SvelteKit apps import from this package. */
export type AppRouter = typeof appRouter;

/** Calls procedures in-process, e.g. `createCaller(createContext(db)).interventions.list()`. */
export const createCaller = createCallerFactory(appRouter);

/** Every query without a permission: its answer is the same for every caller. */
const publicQueries = new Set(
	Object.entries(
		// Keyed by dotted path at run time, whatever the nested type says.
		appRouter._def.procedures as unknown as Record<
			string,
			{ _def: { type: string; meta?: ProcedureMeta } }
		>
	)
		.filter(([, { _def }]) => _def.type === 'query' && _def.meta?.permission === undefined)
		.map(([path]) => path)
);

/**
 * Whether every procedure called is a public query: its answer is the same for every caller and
 * changes only when staff publish, so copies of it may be kept and shared.
 */
export function isPublicQuery(paths: readonly string[]): boolean {
	return paths.length > 0 && paths.every((path) => publicQueries.has(path));
}

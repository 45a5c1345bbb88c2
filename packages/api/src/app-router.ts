import { auditRouter } from './routers/audit.js';
import { authRouter } from './routers/auth.js';
import { editorialRouter } from './routers/editorial.js';
import { importsRouter } from './routers/imports.js';
import { interventionsRouter } from './routers/interventions.js';
import { partnersRouter } from './routers/partners.js';
import { ratingsRouter } from './routers/ratings.js';
import { recordsRouter } from './routers/records.js';
import { programmesRouter, projectsRouter, publicationsRouter } from './routers/research.js';
import { sessionsRouter, usersRouter } from './routers/users.js';
import { createCallerFactory, router } from './trpc.js';

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
	editorial: editorialRouter,
	imports: importsRouter,
	records: recordsRouter
});

/** The API's type, the only thing the SvelteKit apps import from this package. */
export type AppRouter = typeof appRouter;

/** Calls procedures in-process, e.g. `createCaller(createContext(db)).interventions.list()`. */
export const createCaller = createCallerFactory(appRouter);

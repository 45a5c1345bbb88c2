import { interventionsRouter } from './routers/interventions.js';
import { partnersRouter } from './routers/partners.js';
import { ratingsRouter } from './routers/ratings.js';
import { createCallerFactory, router } from './trpc.js';

/** The whole API: one plain object of procedures per resource. */
export const appRouter = router({
	interventions: interventionsRouter,
	partners: partnersRouter,
	ratings: ratingsRouter
});

/** The API's type, the only thing the SvelteKit apps import from this package. */
export type AppRouter = typeof appRouter;

/** Calls procedures in-process, e.g. `createCaller(createContext(db)).interventions.list()`. */
export const createCaller = createCallerFactory(appRouter);

/** The database engine a run measures. */
export type Engine = 'pglite' | 'postgres';

/** The engine as the report names it. */
export const engineName = (engine: Engine) => (engine === 'pglite' ? 'PGlite' : 'Postgres');

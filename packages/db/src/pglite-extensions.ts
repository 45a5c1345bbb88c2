import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The extensions the schema uses, which PGlite ships but loads only when asked: every PGlite
 * opened on our data — by the server, a backup or a restore — must pass them.
 */
export const pgliteExtensions = { pg_trgm };

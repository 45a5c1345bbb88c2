import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * This package's own folder, found by the package's name rather than from this file: bundled into
 * the API server's `dist/main.js`, this code no longer sits in `packages/db/src`, but Node still
 * finds `@whatworks/db` where it is installed.
 */
export const packageRoot = dirname(
	fileURLToPath(import.meta.resolve('@whatworks/db/package.json'))
);

/** The repository root, for defaults that should not depend on the working directory. */
const repoRoot = join(packageRoot, '..', '..');

/** The repository's own data: the embedded database and backups, never committed. */
export const repoDataDir = join(repoRoot, '.data');

/** Where the embedded database lives unless PGLITE_DIR says otherwise. */
export const defaultPgliteDir = join(repoRoot, '.data', 'pglite');

/** Where the shared official data files are looked for unless WHATWORKS_DATA_DIR says otherwise. */
export const defaultDataDir = join(repoRoot, '..', 'shared', 'data');

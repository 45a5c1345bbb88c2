import { fileURLToPath } from 'node:url';

/** The repository root, for defaults that should not depend on the working directory. */
const repoRoot = new URL('../../../', import.meta.url);

/** The repository's own data: the embedded database and backups, never committed. */
export const repoDataDir = fileURLToPath(new URL('.data', repoRoot));

/** Where the embedded database lives unless PGLITE_DIR says otherwise. */
export const defaultPgliteDir = fileURLToPath(new URL('.data/pglite', repoRoot));

/** Where the shared official data files are looked for unless WHATWORKS_DATA_DIR says otherwise. */
export const defaultDataDir = fileURLToPath(new URL('../shared/data', repoRoot));

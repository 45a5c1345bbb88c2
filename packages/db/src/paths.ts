import { fileURLToPath } from 'node:url';

/** The repository root, for defaults that should not depend on the working directory. */
const repoRoot = new URL('../../../', import.meta.url);

/** Where the embedded database lives unless PGLITE_DIR says otherwise. */
export const defaultPgliteDir = fileURLToPath(new URL('.data/pglite', repoRoot));

/** Where the shared official data files are looked for unless WHATWORKS_DATA_DIR says otherwise. */
export const defaultDataDir = fileURLToPath(new URL('../shared/data', repoRoot));

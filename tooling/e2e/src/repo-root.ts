import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The monorepo's root: the nearest folder above this file holding `pnpm-workspace.yaml`.
 * Found from `import.meta.url` so tests work from any working directory.
 */
export function findRepoRoot(from: string = import.meta.url): string {
	let directory = dirname(fileURLToPath(from));
	for (;;) {
		if (existsSync(join(directory, 'pnpm-workspace.yaml'))) return directory;
		const parent = dirname(directory);
		if (parent === directory) {
			throw new Error(`No pnpm-workspace.yaml above ${fileURLToPath(from)}`);
		}
		directory = parent;
	}
}

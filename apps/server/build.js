// `pnpm build`: bundles the API server and the create-admin command into dist/, so they start with
// plain `node` instead of transpiling TypeScript at every start. Our workspace packages
// (@whatworks/*), which export TypeScript source, are bundled in; npm packages stay external and
// are loaded from node_modules as usual (PGlite's WebAssembly, argon2's native binding, pino's
// worker files and postgres.js must stay where they are installed).
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { relative } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const { dependencies } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
const builtins = new Set(builtinModules);

/** `@scope/name/sub/path` → `@scope/name`, `name/sub` → `name`. */
const packageName = (specifier) =>
	specifier
		.split('/')
		.slice(0, specifier.startsWith('@') ? 2 : 1)
		.join('/');

/** @type {import('esbuild').Plugin} */
const externalNpmPackages = {
	name: 'external-npm-packages',
	setup(build) {
		build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
			if (path.startsWith('node:') || builtins.has(path)) return { external: true };
			if (path.startsWith('@whatworks/')) return undefined; // ours: bundled from source
			const name = packageName(path);
			// Node looks for an external package from dist/, so in this package's node_modules.
			if (!(name in dependencies)) {
				return {
					errors: [
						{
							text:
								`${name}, imported by ${relative(here, importer)}, stays outside the bundle, so ` +
								'@whatworks/server must list it in its dependencies for Node to find it from dist/.'
						}
					]
				};
			}
			return { external: true };
		});
	}
};

/**
 * A bundled file no longer sits where its source did, so `import.meta.url` (and `dirname`,
 * `filename`) would point into dist/ or dist/chunks/. Code finds its package's files by the
 * package's name instead (`import.meta.resolve('@whatworks/db/package.json')`); this refuses
 * the rest.
 */
/** @type {import('esbuild').Plugin} */
const noFileRelativePaths = {
	name: 'no-file-relative-paths',
	setup(build) {
		build.onLoad({ filter: /\.ts$/ }, ({ path }) => {
			const source = readFileSync(path, 'utf8');
			const use = /import\.meta\.(url|dirname|filename)\b/.exec(source);
			if (use) {
				const line = source.slice(0, use.index).split('\n').length;
				return {
					errors: [
						{
							text:
								`${relative(here, path)}:${line} uses ${use[0]}, which in the bundle is dist/'s location, ` +
								"not the source file's: find the file from the package instead " +
								"(import.meta.resolve('@whatworks/<package>/package.json'))."
						}
					]
				};
			}
			return { contents: source, loader: 'ts' };
		});
	}
};

await rm(new URL('dist', import.meta.url), { recursive: true, force: true });
await build({
	absWorkingDir: here,
	entryPoints: { main: 'src/main.ts', 'create-admin': 'src/cli/create-admin.ts' },
	outdir: 'dist',
	bundle: true,
	// Code both entries use, and what main.ts imports later (the API), goes in chunks of its own.
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	format: 'esm',
	platform: 'node',
	target: 'node20.19',
	sourcemap: 'linked', // `node --enable-source-maps` names the TypeScript source in stack traces
	logLevel: 'warning',
	plugins: [externalNpmPackages, noFileRelativePaths]
});

// `pnpm build`: bundles the API server and the create-admin command into dist/, so they start with
// plain `node`, with nothing transpiled and few files to find and read: our workspace packages
// (@whatworks/*, which export TypeScript source) and most npm packages are bundled in. Only the
// packages that need their own installed files stay in node_modules (`staysInstalled`).
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

/**
 * npm packages loaded from node_modules rather than bundled, because they find files of their own
 * beside their code: PGlite its WebAssembly and data, argon2 and sharp their native bindings, pino
 * the worker files of its transports.
 */
const staysInstalled = new Set(['@electric-sql/pglite', '@node-rs/argon2', 'pino', 'sharp']);

/** @type {import('esbuild').Plugin} */
const installedPackages = {
	name: 'installed-packages',
	setup(build) {
		build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
			if (path.startsWith('node:') || builtins.has(path)) return { external: true };
			const name = packageName(path);
			if (!staysInstalled.has(name)) return undefined; // bundled
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
 * `filename`, and CommonJS's `__dirname`, `__filename`) would point into dist/ or dist/chunks/.
 * Our code finds its package's files by the package's name instead
 * (`import.meta.resolve('@whatworks/db/package.json')`); this refuses the rest, in our
 * TypeScript and in the npm packages bundled alike (one that needs its files goes in
 * `staysInstalled`).
 */
/** @type {import('esbuild').Plugin} */
const noFileRelativePaths = {
	name: 'no-file-relative-paths',
	setup(build) {
		build.onLoad({ filter: /\.([cm]?js|ts)$/ }, ({ path }) => {
			const source = readFileSync(path, 'utf8');
			const use = /\bimport\.meta\.(url|dirname|filename)\b|\b__(dirname|filename)\b/.exec(source);
			if (use) {
				const line = source.slice(0, use.index).split('\n').length;
				return {
					errors: [
						{
							text:
								`${relative(here, path)}:${line} uses ${use[0]}, which in the bundle is dist/'s location, ` +
								"not the source file's: find the file from the package instead " +
								"(import.meta.resolve('<package>/package.json')), or keep the package installed."
						}
					]
				};
			}
			// Handed over as read, so esbuild need not read the file again.
			return { contents: source, loader: path.endsWith('.ts') ? 'ts' : 'js' };
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
	sourcesContent: false,
	logLevel: 'warning',
	plugins: [installedPackages, noFileRelativePaths]
});

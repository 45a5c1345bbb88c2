import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
// The paths alone, not the package: the primary of several processes reads this and forks.
import { defaultDataDir, defaultPgliteDir } from '@whatworks/db/paths';
import { z } from 'zod';

/** Every setting of the API server, read from the environment. */
export type Config = z.infer<typeof configSchema>;

const booleanText = z
	.enum(['true', 'false'], { error: 'expected true or false' })
	.transform((value) => value === 'true');

/**
 * Relative paths mean the directory the person ran the command in: pnpm runs each package's
 * script in the package's own folder, but records where it was started as INIT_CWD.
 */
const fromWhereRun = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const directory = z.string().min(1, { error: 'expected a directory path' }).transform(fromWhereRun);
const file = z.string().min(1, { error: 'expected a file path' }).transform(fromWhereRun);

const processCount = 'expected a whole number of processes, at least 1';

/** The environment the server accepts; each variable says what it expects when it is wrong. */
export const configSchema = z
	.object({
		PORT: z.coerce
			.number({ error: 'expected a port number from 1 to 65535' })
			.int({ error: 'expected a port number from 1 to 65535' })
			.min(1, { error: 'expected a port number from 1 to 65535' })
			.max(65535, { error: 'expected a port number from 1 to 65535' })
			.default(3002),
		HOST: z.string().min(1, { error: 'expected a host name or address' }).default('127.0.0.1'),
		DATABASE_URL: z
			.url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// connection URL' })
			.optional(),
		PGLITE_DIR: directory.default(defaultPgliteDir),
		WHATWORKS_DATA_DIR: directory.default(defaultDataDir),
		WHATWORKS_SEED_DEMO: booleanText.optional(),
		LOG_LEVEL: z
			.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
				error: 'expected one of fatal, error, warn, info, debug, trace, silent'
			})
			.default('info'),
		// Unset, the JSON logs go to stdout, as production wants; `pnpm start` sends them to a file.
		LOG_FILE: file.optional(),
		TRUSTED_PROXIES: z
			.string()
			.default('127.0.0.1,::1,::ffff:127.0.0.1')
			.transform((list) =>
				list
					.split(',')
					.map((address) => address.trim())
					.filter(Boolean)
			)
			.pipe(
				z.array(
					z.union([z.ipv4(), z.ipv6()], { error: 'expected IP addresses separated by commas' })
				)
			),
		PUBLIC_CACHE_SECONDS: z.coerce
			.number({ error: 'expected a whole number of seconds' })
			.int({ error: 'expected a whole number of seconds' })
			.min(0, { error: 'expected a whole number of seconds' })
			.default(60),
		// Mail: without SMTP_URL, messages are caught in the database for admins to read.
		SMTP_URL: z
			.url({ protocol: /^smtps?$/, error: 'expected an smtp:// or smtps:// URL' })
			.optional(),
		MAIL_FROM: z
			.string()
			.min(3, { error: 'expected an address such as "Name" <newsletter@example.org>' })
			.default(`"What Works for Children's Social Care" <newsletter@whatworks.localhost>`),
		MAIL_RATE: z.coerce
			.number({ error: 'expected a number of messages a second' })
			.positive({ error: 'expected a number of messages a second' })
			.default(50),
		DKIM_DOMAIN: z.string().min(1).optional(),
		DKIM_SELECTOR: z.string().min(1).optional(),
		DKIM_PRIVATE_KEY_FILE: file.optional(),
		// The public site's address, which links in messages lead to (the site reads it too).
		SITE_ORIGIN: z
			.url({ protocol: /^https?$/, error: 'expected the site’s address, like https://example.org' })
			.transform((url) => new URL(url).origin)
			.default('http://localhost:3000'),
		// Unset: one process per core on Postgres; the embedded database is one process's.
		API_WORKERS: z.coerce
			.number({ error: processCount })
			.int({ error: processCount })
			.min(1, { error: processCount })
			.optional(),
		SHUTDOWN_TIMEOUT_MS: z.coerce
			.number({ error: 'expected a number of milliseconds' })
			.int({ error: 'expected a whole number of milliseconds' })
			.min(0, { error: 'expected a whole number of milliseconds' })
			.default(10_000)
	})
	.refine(
		({ DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY_FILE }) =>
			[DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY_FILE].every((each) => each === undefined) ||
			[DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY_FILE].every((each) => each !== undefined),
		{
			path: ['DKIM_DOMAIN'],
			error: 'set DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY_FILE together, or none'
		}
	)
	.refine(
		({ API_WORKERS, DATABASE_URL }) => DATABASE_URL !== undefined || (API_WORKERS ?? 1) === 1,
		{
			path: ['API_WORKERS'],
			error: 'the embedded database is one process’s: set DATABASE_URL to run more than 1'
		}
	)
	// Demo content goes into the embedded database unless told otherwise; never by default into Postgres.
	.transform(({ WHATWORKS_SEED_DEMO, API_WORKERS, ...config }) => ({
		...config,
		seedDemo: WHATWORKS_SEED_DEMO ?? config.DATABASE_URL === undefined,
		workers: API_WORKERS ?? (config.DATABASE_URL === undefined ? 1 : availableParallelism())
	}));

/** Raised for a bad environment: one line per variable, naming it and what it expects. */
export class ConfigError extends Error {
	override readonly name = 'ConfigError';
}

/** Reads the configuration; empty variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
	const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
	const result = configSchema.safeParse(present);
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => {
		const name = String(issue.path[0]);
		const value = present[name];
		const shown = name === 'DATABASE_URL' || name === 'SMTP_URL' ? '' : ` (got "${value}")`;
		return `${name}: ${issue.message}${value === undefined ? '' : shown}`;
	});
	throw new ConfigError(lines.join('\n'));
}

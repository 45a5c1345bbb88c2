import { formatDemoAccounts, type DemoAccounts } from './demo-accounts.js';

/** What the banner tells: where everything answers, the demo accounts, where the logs go. */
export interface BannerFacts {
	urls: { site: string; console: string; api: string };
	/** How requests reach the instances behind those addresses, when there are several. */
	topology?: string;
	demoAccounts: DemoAccounts;
	/** Where the API's mail goes, as the API said at start (`{ mail: … }` on its IPC channel). */
	mail?: string | undefined;
	/** Where the API's JSON logs go, as the person should read it; undefined: on this terminal. */
	logFile: string | undefined;
}

/** What the API said of its mail on its IPC channel, if the message is about that. */
export function readMail(message: unknown): string | undefined {
	const mail = (message as { mail?: unknown } | null)?.mail;
	return typeof mail === 'string' ? mail : undefined;
}

/** The addresses a person opens, on this machine, for the site, console and API ports. */
export function localUrls(ports: {
	site: number | string;
	console: number | string;
	api: number | string;
}) {
	return {
		site: `http://localhost:${ports.site}`,
		console: `http://localhost:${ports.console}`,
		api: `http://localhost:${ports.api}`
	};
}

/** The lines `pnpm start` ends with once the site, console and API all answer. */
export function formatBanner({ urls, topology, demoAccounts, mail, logFile }: BannerFacts): string {
	const lines = [
		'',
		'What Works is running:',
		`  public site    ${urls.site}`,
		`  staff console  ${urls.console}`,
		`  API            ${urls.api}/trpc (health: ${urls.api}/healthz)`,
		...(topology ? [`  ${topology}`] : []),
		...(mail ? [`  mail           ${mail}`] : []),
		''
	];
	if (Array.isArray(demoAccounts)) {
		lines.push(
			'Demo staff accounts for the console, shown this once (note the passwords):',
			formatDemoAccounts(demoAccounts).trimEnd(),
			''
		);
	} else if (demoAccounts === 'existing') {
		lines.push(
			'The demo staff accounts exist: their passwords were shown on the first start. For new',
			'ones, stop, delete .data/ (the demo content starts afresh too) and start again.'
		);
	}
	lines.push(`${logFile ? `API logs: ${logFile}. ` : ''}Ctrl-C stops everything.`);
	return `${lines.join('\n')}\n`;
}

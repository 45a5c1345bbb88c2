import { request } from 'node:http';
import { publishEdit, type StaffLogin } from '@whatworks/e2e';
import { formatTimings, type Timings } from './timings.js';

/** How soon every reader should see a change once the API has answered its publish. */
const targetMs = 1000;
/** How long to wait before asking again for a page that does not show the change yet. */
const pollMs = 5;
const timeoutMs = 30_000;

/** A page as one site process answered it. */
interface Answer {
	status: number;
	/** Whether it came from the process's copy (`X-Cache: HIT`). */
	kept: boolean;
	text: string;
}

/** One page, asked for on a connection of its own (a kept-alive one stays with one process). */
function pageText(url: string): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = request(
			url,
			{ agent: false, headers: { 'accept-encoding': 'identity' } },
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (text += chunk));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, kept: res.headers['x-cache'] === 'HIT', text })
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

/**
 * Asks for the page, each time on a new connection, until `streak` answers in a row are 200s
 * that `accept` accepts, and returns when the last came. The site's primary hands connections
 * to its processes in turn (Node's default outside Windows), so a streak of twice or more the
 * processes asks each of them at least twice.
 */
async function untilEvery(
	url: string,
	streak: number,
	accept: (answer: Answer) => boolean,
	what: string
): Promise<number> {
	const started = performance.now();
	let inRow = 0;
	while (performance.now() - started < timeoutMs) {
		const answer = await pageText(url);
		if (answer.status === 200 && accept(answer)) {
			if (++inRow === streak) return performance.now();
		} else {
			inRow = 0;
			await new Promise((resolve) => setTimeout(resolve, pollMs));
		}
	}
	throw new Error(`${url} was not ${what} within ${timeoutMs / 1000} s`);
}

/**
 * Publishes a new summary of an intervention `runs` times, one page each, as staff do (the
 * editor drafts, the reviewer publishes), and times each from the API's answer to the publish
 * to the moment every site process serves the new summary. Each page is first answered from a
 * copy by every process, so what is timed is a kept copy giving way to the change.
 */
export async function measurePublishToVisible(options: {
	apiUrl: string;
	siteUrl: string;
	/** How many processes the site runs (`SITE_WORKERS`). */
	siteProcesses: number;
	staff: { editor: StaffLogin; reviewer: StaffLogin };
	slugs: readonly string[];
	runs?: number;
}): Promise<Timings> {
	const runs: number[] = [];
	const streak = 3 * options.siteProcesses;
	try {
		for (const slug of options.slugs.slice(0, options.runs ?? 5)) {
			const url = `${options.siteUrl}/evidence-store/${slug}`;
			const summary = `A summary published by the benchmark at ${Date.now()}.`;
			await untilEvery(url, streak, (answer) => answer.kept, 'kept by every site process');
			await publishEdit(options.apiUrl, options.staff, {
				kind: 'intervention',
				slug,
				change: (content) => ({ ...content, summary })
			});
			const published = performance.now();
			const shown = await untilEvery(
				url,
				streak,
				(answer) => answer.text.includes(summary),
				'showing the change from every site process'
			);
			runs.push(shown - published);
		}
		return { runs };
	} catch (error) {
		return { runs, failure: error instanceof Error ? error.message : String(error) };
	}
}

/** The report's section on publishing, as markdown lines. */
export function formatPublishToVisible(result: Timings, siteProcesses: number): string[] {
	const publishes = result.runs.length;
	return formatTimings(result, {
		title: 'From a publish to its readers',
		what:
			'From the API answering a reviewer’s publish of a new summary until the site has served the ' +
			`page with it ${3 * siteProcesses} times in a row, each on a new connection (so from each of ` +
			`its ${siteProcesses} processes), every process having answered from its copy of the page ` +
			`before; ${publishes} publish${publishes === 1 ? '' : 'es'}.`,
		column: 'Publishes',
		targetMs,
		judgedBy: 'max',
		failed: 'A publish failed'
	});
}

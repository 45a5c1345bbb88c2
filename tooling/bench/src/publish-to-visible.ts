import { request } from 'node:http';
import { publishEdit, type StaffLogin } from '@whatworks/e2e';
import { formatTimings, type Timings } from './timings.js';

/** How soon every reader should see a change once the API has answered its publish. */
const targetMs = 1000;
/** How often the page is asked for while the change travels: the figures are this precise. */
const pollMs = 5;
const timeoutMs = 30_000;
/**
 * Answers in a row that must show the change: each on a new connection, which the site's
 * primary hands to its processes in turn, so every process is asked more than once.
 */
const streak = 6;

/** One page, asked for on a connection of its own (a kept-alive one stays with one process). */
function pageText(url: string): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = request(
			url,
			{ agent: false, headers: { 'accept-encoding': 'identity' } },
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (text += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

/** Asks for the page until `streak` answers in a row are 200s that `show` accepts; returns when. */
async function untilShown(url: string, show: (text: string) => boolean): Promise<number> {
	const started = performance.now();
	let inRow = 0;
	while (performance.now() - started < timeoutMs) {
		const { status, text } = await pageText(url);
		if (status === 200 && show(text)) {
			if (++inRow === streak) return performance.now();
		} else {
			inRow = 0;
			await new Promise((resolve) => setTimeout(resolve, pollMs));
		}
	}
	throw new Error(`${url} did not show the change within ${timeoutMs / 1000} s`);
}

/**
 * Publishes a new summary of an intervention `runs` times, one page each, as staff do (the
 * editor drafts, the reviewer publishes), and times each from the API's answer to the publish
 * to the moment every site process serves the new summary. Each page is first kept by every
 * process, so what is timed is a kept copy giving way to the change.
 */
export async function measurePublishToVisible(options: {
	apiUrl: string;
	siteUrl: string;
	staff: { editor: StaffLogin; reviewer: StaffLogin };
	slugs: readonly string[];
	runs?: number;
}): Promise<Timings> {
	const runs: number[] = [];
	try {
		for (const slug of options.slugs.slice(0, options.runs ?? 5)) {
			const url = `${options.siteUrl}/evidence-store/${slug}`;
			const summary = `A summary published by the benchmark at ${Date.now()}.`;
			await untilShown(url, (text) => !text.includes(summary));
			await publishEdit(options.apiUrl, options.staff, {
				kind: 'intervention',
				slug,
				change: (content) => ({ ...content, summary })
			});
			const published = performance.now();
			runs.push((await untilShown(url, (text) => text.includes(summary))) - published);
		}
		return { runs };
	} catch (error) {
		return { runs, failure: error instanceof Error ? error.message : String(error) };
	}
}

/** The report's section on publishing, as markdown lines. */
export function formatPublishToVisible(result: Timings): string[] {
	const publishes = result.runs.length;
	return formatTimings(result, {
		title: 'From a publish to its readers',
		what:
			'From the API answering a reviewer’s publish of a new summary until the site has served the ' +
			`page with it ${streak} times in a row, each on a new connection (so from every process), ` +
			`the page having been kept by each before; ${publishes} publish${publishes === 1 ? '' : 'es'}.`,
		column: 'Publishes',
		targetMs,
		judgedBy: 'max',
		failed: 'A publish failed'
	});
}

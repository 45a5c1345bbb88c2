import type { BrowserContextOptions, Page } from 'playwright-core';
import { withSnapshot } from './snapshot.js';

/** A layout viewport 320 CSS px wide, the width WCAG 2.2 1.4.10 (Reflow) asks content to fit. */
export interface ReflowSize {
	/** How messages name it, e.g. "a 320 px phone". */
	readonly name: string;
	readonly context: BrowserContextOptions;
}

/** The two ways a reader meets a 320 CSS px layout viewport. */
export const reflowSizes: readonly ReflowSize[] = [
	{
		name: 'a 320 px phone',
		context: {
			viewport: { width: 320, height: 640 },
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true
		}
	},
	{
		// Browser zoom divides the window's CSS pixels by the zoom and multiplies the device pixels
		// per CSS pixel by it: a 1280 × 1024 window at 400% lays out 320 × 256 CSS px, 4 device
		// pixels each. Media queries and layout see exactly this.
		name: 'a 1280 px window zoomed to 400%',
		context: { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 }
	}
];

/** What the page measured in the browser: its width, and what sticks out or scrolls. */
interface Measurement {
	width: number;
	limit: number;
	/** The outermost elements reaching past the right edge, widest first. */
	beyond: { element: string; width: number }[];
	/** Elements that scroll sideways on their own. */
	scrollers: {
		element: string;
		region: boolean;
		named: boolean;
		focusable: boolean;
		table: boolean;
	}[];
}

/**
 * Checks the page as it is now at each of {@link reflowSizes}, every `<details>` opened (what a
 * reader can reveal must fit too), and returns what is wrong, one sentence each, or nothing.
 * Wrong is: the page wider than the viewport, an element reaching past its right edge (cut off
 * or scrolled to), or a part that scrolls sideways on its own unless it is a table in a named,
 * keyboard-focusable region (a `ScrollRegion`). Text describes the offending element.
 * @example expect(await reflowProblems(page)).toEqual([])
 */
export async function reflowProblems(page: Page): Promise<string[]> {
	const where = new URL(page.url());
	const path = `${where.pathname}${where.search}`;
	const problems: string[] = [];
	// One twin for both sizes: a new browser context costs a second, switching metrics nothing.
	await withSnapshot(page, { openDisclosures: true }, async (twin) => {
		const devtools = await twin.context().newCDPSession(twin);
		for (const size of reflowSizes) {
			const { viewport, deviceScaleFactor = 1, isMobile = false } = size.context;
			if (!viewport) throw new Error(`${size.name} needs a viewport`);
			await devtools.send('Emulation.setDeviceMetricsOverride', {
				...viewport,
				deviceScaleFactor,
				mobile: isMobile
			});
			problems.push(...describeProblems(await measureReflow(twin), `${path} at ${size.name}`));
		}
	});
	return problems;
}

/** Says what is wrong with one measurement, if anything; `where` names the page and the size. */
function describeProblems(found: Measurement, where: string): string[] {
	const problems: string[] = [];
	if (found.width > found.limit || found.beyond.length > 0) {
		const widest = found.beyond[0];
		problems.push(
			`${where}: the page is ${found.width} px wide, not ${found.limit}` +
				(widest ? `; widest element past the edge: ${widest.element}, ${widest.width} px` : '')
		);
	}
	for (const scroller of found.scrollers) {
		const missing = [
			!scroller.table && 'a table',
			!scroller.region && 'role="region"',
			!scroller.named && 'a name',
			!scroller.focusable && 'tabindex="0"'
		].filter(Boolean);
		if (missing.length > 0) {
			problems.push(`${where}: ${scroller.element} scrolls sideways without ${missing.join(', ')}`);
		}
	}
	return problems;
}

/**
 * Runs in the browser, so it names no functions of its own: bundlers may wrap named functions in
 * helpers that do not exist in the page.
 */
function measureReflow(twin: Page): Promise<Measurement> {
	return twin.evaluate(() => {
		const root = document.documentElement;
		const limit = root.clientWidth;
		const beyond: Element[] = [];
		const scrollers: Element[] = [];
		const queue = [...document.body.children];
		for (let element = queue.pop(); element !== undefined; element = queue.pop()) {
			if (element.getBoundingClientRect().right > limit + 0.5) {
				beyond.push(element);
				continue;
			}
			const overflow = getComputedStyle(element).overflowX;
			if (
				(overflow === 'auto' || overflow === 'scroll') &&
				element.scrollWidth > element.clientWidth + 1
			) {
				scrollers.push(element);
				continue;
			}
			// Inside a drawing, shapes may lie outside it and be clipped, as drawings are.
			if (!(element instanceof SVGSVGElement)) queue.push(...element.children);
		}
		const described = [...beyond, ...scrollers].map((element) => {
			const classes = [...element.classList].map((name) => `.${name}`).join('');
			const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
			const labelledby = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/);
			return {
				element: `<${element.localName}${element.id ? `#${element.id}` : ''}${classes}> “${text}”`,
				width: Math.round(element.getBoundingClientRect().width),
				region: element.getAttribute('role') === 'region',
				named:
					(element.getAttribute('aria-label') ?? '').trim() !== '' ||
					labelledby.some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== ''),
				focusable: element.getAttribute('tabindex') === '0',
				table: element.querySelector('table') !== null
			};
		});
		return {
			width: root.scrollWidth,
			limit,
			beyond: described.slice(0, beyond.length).sort((a, b) => b.width - a.width),
			scrollers: described.slice(beyond.length)
		};
	});
}

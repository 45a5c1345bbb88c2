import type { BrowserContextOptions, Page } from 'playwright-core';

/** Options of {@link withSnapshot}. */
export interface SnapshotOptions {
	/** How the twin's browser context is set up; by default with the page's viewport. */
	context?: BrowserContextOptions;
	/** Opens every `<details>` first, so what a reader could reveal is measured too. */
	openDisclosures?: boolean;
}

/**
 * Runs `use` on a twin of the page as it is now: its current DOM, scripts removed, served at the
 * same URL (so its stylesheets load and relative links resolve) in a new context of the same
 * browser, where every script request fails and so nothing changes the copy. The twin can be
 * checked in ways that the page itself cannot: with scripting on when the page has it off (Chromium
 * will not turn it back on for one page), or at another viewport and device scale factor.
 * What differs from the original: `<noscript>` content is not rendered, and form values typed
 * into the page since it loaded are not carried over.
 */
export async function withSnapshot<T>(
	page: Page,
	options: SnapshotOptions,
	use: (twin: Page) => Promise<T>
): Promise<T> {
	const html = await page.evaluate((openDisclosures) => {
		const root = document.documentElement.cloneNode(true) as HTMLElement;
		for (const script of root.querySelectorAll('script')) script.remove();
		if (openDisclosures)
			for (const details of root.querySelectorAll('details')) details.open = true;
		return `<!DOCTYPE html>\n${root.outerHTML}`;
	}, options.openDisclosures ?? false);
	const url = page.url();
	// A navigation request never carries the address's fragment (`#results`).
	const address = url.split('#')[0];
	const browser = page.context().browser();
	if (browser === null) throw new Error('withSnapshot needs a page from launchBrowser()');
	const twinContext = await browser.newContext(
		options.context ?? { viewport: page.viewportSize() }
	);
	try {
		const twin = await twinContext.newPage();
		await twin.route('**/*', async (route) => {
			const request = route.request();
			if (request.isNavigationRequest() && request.url() === address) {
				await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
			} else if (request.resourceType() === 'script') {
				await route.abort();
			} else {
				await route.continue();
			}
		});
		if (url.startsWith('http')) await twin.goto(url);
		else await twin.setContent(html);
		return await use(twin);
	} finally {
		await twinContext.close();
	}
}

import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; `playwright install` is never used (it downloads, and fails offline). */
const defaultChromiumPath = '/usr/bin/chromium';

/** Flags that keep a headless Chromium quiet and self-contained in containers and CI. */
const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * Launches headless Chromium through playwright-core: `/usr/bin/chromium` unless `CHROMIUM_PATH` says otherwise.
 * Test pages with JavaScript off: `browser.newContext({ javaScriptEnabled: false })`.
 */
export async function launchBrowser(): Promise<Browser> {
	const executablePath = process.env.CHROMIUM_PATH ?? defaultChromiumPath;
	try {
		return await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(
			`Could not launch Chromium at ${executablePath} (install it with \`apt-get install -y chromium\` ` +
				`or set CHROMIUM_PATH).\n${reason}`,
			{ cause: error }
		);
	}
}

export { axeViolations } from './axe.js';
export { launchBrowser } from './browser.js';
export { startStack, type Stack, type StackApp, type StackOptions } from './stack.js';
// Apps' browser tests type their pages with these, without a dependency of their own on playwright-core.
export type { Browser, BrowserContext, Page } from 'playwright-core';

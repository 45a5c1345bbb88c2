export { axeViolations } from './axe.js';
export { launchBrowser } from './browser.js';
export { spawnManaged, type ManagedProcess } from './child-process.js';
export { findFreePort } from './free-port.js';
export { publishEdit, type Edit, type StaffLogin } from './publish.js';
export { reflowProblems, reflowSizes, type ReflowSize } from './reflow.js';
export { startScaledStack, type ScaledStack } from './scaled-stack.js';
export { withSnapshot, type SnapshotOptions } from './snapshot.js';
export { databaseEnv, startStack, type Stack, type StackApp, type StackOptions } from './stack.js';
export { waitForHttp } from './wait-for.js';
// Apps' browser tests type their pages with these, without a dependency of their own on playwright-core.
export type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

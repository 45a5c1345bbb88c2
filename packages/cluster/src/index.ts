export { runPrimary, workerIndex, type PrimaryOptions } from './primary.js';

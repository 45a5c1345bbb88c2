export * from './app-events.js';
export * from './interventions.js';
export * from './outcome-ratings.js';
export * from './participations.js';
export * from './partners.js';
export * from './programmes.js';

export * from './common.js';
export * from './cost-band.js';
export * from './errors.js';
export * from './headline.js';
export * from './intervention.js';
export * from './outcome.js';
export * from './partner.js';
export * from './ratings.js';

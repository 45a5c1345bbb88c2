// Starts the built site (`pnpm build` first): the defaults of the contract, then the front
// server (src/front), which runs adapter-node's handler behind its kept pages.
process.env.SITE_PORT ??= '3000';
process.env.SITE_HOST ??= '127.0.0.1';
// Without an origin adapter-node assumes https, and SvelteKit would refuse form POSTs from
// http://localhost as cross-site. Behind a proxy, set SITE_ORIGIN to the public address.
process.env.SITE_ORIGIN ??= `http://localhost:${process.env.SITE_PORT}`;

await import('./build/front.js');

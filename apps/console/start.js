// Starts the built console (`pnpm build` first): the defaults of the contract, then adapter-node's server.
process.env.CONSOLE_PORT ??= '3001';
process.env.CONSOLE_HOST ??= '127.0.0.1';
// Without an origin adapter-node assumes https, and SvelteKit would refuse the sign-in form's POST
// from http://localhost as cross-site. Behind a proxy, set CONSOLE_ORIGIN to the public address.
process.env.CONSOLE_ORIGIN ??= `http://localhost:${process.env.CONSOLE_PORT}`;

// Editors attach reports of up to 20 MB (admins' data files are smaller); room for the form too.
process.env.CONSOLE_BODY_SIZE_LIMIT ??= '21M';

const { server } = await import('./build/index.js');

const announce = () =>
	console.log(`Evidence Store console: http://localhost:${process.env.CONSOLE_PORT}`);
if (server.server.listening) announce();
else server.server.once('listening', announce);

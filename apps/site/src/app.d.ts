// See https://svelte.dev/docs/kit/types#app.d.ts
import type { IncomingMessage } from 'node:http';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/**
			 * The address asks for a page past the last of its list: the page says so and leads back
			 * to the first, and is sent as a 404 (`hooks.server.ts`), since there is no such page.
			 */
			pastTheLastPage?: boolean;
		}
		/** adapter-node's: the Node request, whose address the front server keys its copies by. */
		interface Platform {
			req: IncomingMessage;
		}
	}
}

export {};

// See https://svelte.dev/docs/kit/types#app.d.ts
import type { IncomingMessage } from 'node:http';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		/** adapter-node's: the Node request, whose address the front server keys its copies by. */
		interface Platform {
			req: IncomingMessage;
		}
	}
}

export {};

// See https://svelte.dev/docs/kit/types#app.d.ts
import type { StaffUser } from '@whatworks/domain';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** Who is signed in; null on the pages open to anyone. */
			staff: StaffUser | null;
		}
	}
}

export {};

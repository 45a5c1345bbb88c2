import type * as Argon2 from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB of memory, two passes, one lane.
const argon2Options = {
	algorithm: 2, // Algorithm.Argon2id, a const enum that isolated modules cannot read
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1
} as const;

/**
 * The 10,000 most common passwords (the zxcvbn list is ordered by frequency), loaded when first
 * asked for: the list is 380 kB to parse and unpack, which the server's start does not need.
 */
let commonPasswords: Promise<Set<string>> | undefined;

/** Whether a password is one of the 10,000 most common, ignoring case. */
export async function isCommonPassword(password: string): Promise<boolean> {
	// A CommonJS package, whose exports are its `default` both in Node and in the server's bundle
	// (esbuild names no other export of a CommonJS chunk loaded later).
	commonPasswords ??= import('@zxcvbn-ts/language-common').then(
		({ default: { dictionary } }) => new Set(dictionary['passwords-common'].slice(0, 10_000))
	);
	return (await commonPasswords).has(password.toLowerCase());
}

/** argon2's native binding, loaded at the first hash: a start that nobody signs in to needs none. */
let argon2: Promise<typeof Argon2> | undefined;
const loadArgon2 = () => (argon2 ??= import('@node-rs/argon2'));

// Each hash holds 19 MiB: a few at a time keep a flood of sign-ins from exhausting memory.
const maxConcurrentHashes = 4;
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
	if (running >= maxConcurrentHashes) await new Promise<void>((resolve) => waiting.push(resolve));
	running++;
	try {
		return await work();
	} finally {
		running--;
		waiting.shift()?.();
	}
}

/** The argon2id hash of a password, as a PHC string with its parameters. */
export function hashPassword(password: string): Promise<string> {
	return limited(async () => (await loadArgon2()).hash(password, argon2Options));
}

// Verified against when the account does not exist, so both answers take as long. Made at the
// first check, for either answer alike, rather than while the server starts.
let decoyHash: Promise<string> | undefined;

/** Whether the password matches the hash; a null hash (no account, no password) never matches. */
export async function verifyPassword(
	passwordHash: string | null,
	password: string
): Promise<boolean> {
	const decoy = await (decoyHash ??= hashPassword(
		'not a real password, only here to take the same time'
	));
	const matches = await limited(async () =>
		(await loadArgon2()).verify(passwordHash ?? decoy, password)
	);
	return passwordHash !== null && matches;
}

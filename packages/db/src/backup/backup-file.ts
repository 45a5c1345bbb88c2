import { rename, writeFile } from 'node:fs/promises';

/** Raised for a backup or restore that cannot be done, with a sentence saying why. */
export class BackupError extends Error {
	override readonly name = 'BackupError';
}

/** Where a long backup or restore reports what it is doing. */
export type Progress = (step: string) => void;

/** Writes a file whole or not at all: a crash half-way leaves no half backup under its name. */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
	const partial = `${file}.partial`;
	await writeFile(partial, bytes);
	await rename(partial, file);
}

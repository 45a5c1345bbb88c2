import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds an embedded database directory. */
interface LockOwner {
	pid: number;
	hostname: string;
	startedAt: string;
}

/** Raised when another live process has the embedded database open. */
export class DatabaseLockedError extends Error {
	override readonly name = 'DatabaseLockedError';
}

/**
 * Takes the lock file beside a PGlite data directory. PGlite is single-process: a second process
 * opening the same files would corrupt them, so it must fail fast and say who holds the directory.
 * A lock left behind by a process that no longer runs is taken over.
 * @returns a function that releases the lock
 */
export function acquirePgliteLock(dataDir: string): () => void {
	const lockPath = `${dataDir}.lock`;
	const me: LockOwner = {
		pid: process.pid,
		hostname: hostname(),
		startedAt: new Date().toISOString()
	};

	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lockPath, 'wx');
			writeSync(fd, JSON.stringify(me));
			closeSync(fd);
			return () => releaseIfOurs(lockPath, me);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const owner = readOwner(lockPath);
		if (owner && isAlive(owner)) {
			throw new DatabaseLockedError(
				`The embedded database ${dataDir} is in use by process ${owner.pid} on ${owner.hostname} ` +
					`(since ${owner.startedAt}); stop that process or set PGLITE_DIR to another directory.`
			);
		}
		rmSync(lockPath, { force: true });
	}
	throw new DatabaseLockedError(
		`Could not take the lock ${lockPath}; another process keeps taking it.`
	);
}

function readOwner(lockPath: string): LockOwner | null {
	try {
		return JSON.parse(readFileSync(lockPath, 'utf8')) as LockOwner;
	} catch {
		return null; // unreadable or half-written: treat as stale
	}
}

function isAlive(owner: LockOwner): boolean {
	// A lock from another machine (a shared disk) cannot be checked: assume it is held.
	if (owner.hostname !== hostname()) return true;
	try {
		process.kill(owner.pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function releaseIfOurs(lockPath: string, me: LockOwner): void {
	const owner = readOwner(lockPath);
	if (owner?.pid === me.pid && owner.startedAt === me.startedAt) rmSync(lockPath, { force: true });
}

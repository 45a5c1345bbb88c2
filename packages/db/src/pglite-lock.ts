import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds an embedded database directory. */
interface LockOwner {
	pid: number;
	hostname: string;
	/** When the holding process started (ms since the epoch), to tell a reused PID apart. */
	processStartedAt: number;
	startedAt: string;
}

/** Raised when another live process has the embedded database open. */
export class DatabaseLockedError extends Error {
	override readonly name = 'DatabaseLockedError';
}

const processStartedAt = Math.round(Date.now() - process.uptime() * 1000);

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
		processStartedAt,
		startedAt: new Date().toISOString()
	};
	const ours = JSON.stringify(me);

	for (let attempt = 0; attempt < 3; attempt++) {
		if (createWithContent(lockPath, ours)) return () => releaseIfOurs(lockPath, ours);
		const content = readContent(lockPath);
		if (content === null) continue; // released meanwhile: try again
		const owner = parseOwner(content);
		if (owner && isAlive(owner)) {
			throw new DatabaseLockedError(
				`The embedded database ${dataDir} is in use by process ${owner.pid} on ${owner.hostname} ` +
					`(since ${owner.startedAt}); stop that process or set PGLITE_DIR to another directory.`
			);
		}
		removeIfUnchanged(lockPath, content);
	}
	throw new DatabaseLockedError(
		`Could not take the lock ${lockPath}; another process keeps taking it.`
	);
}

/**
 * Creates the lock file with its whole content in one step: a file written aside, then hard-linked
 * into place, which fails if the lock exists. Nobody ever sees a half-written lock.
 */
function createWithContent(lockPath: string, content: string): boolean {
	const aside = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
	writeFileSync(aside, content);
	try {
		linkSync(aside, lockPath);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		rmSync(aside, { force: true });
	}
}

/**
 * Removes a stale lock only if it is still the one that was judged stale: it is moved aside
 * first, and put back if another process replaced it in the meantime.
 */
function removeIfUnchanged(lockPath: string, staleContent: string): void {
	const aside = `${lockPath}.stale.${process.pid}`;
	try {
		renameSync(lockPath, aside);
	} catch {
		return; // someone else removed it first
	}
	if (readContent(aside) !== staleContent) {
		try {
			linkSync(aside, lockPath); // a live lock was moved by mistake: restore it
		} catch {
			// Another process has taken a new lock meanwhile; the next attempt will see it.
		}
	}
	rmSync(aside, { force: true });
}

function readContent(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

function parseOwner(content: string): LockOwner | null {
	try {
		return JSON.parse(content) as LockOwner;
	} catch {
		return null; // not ours to understand: treat as stale
	}
}

function isAlive(owner: LockOwner): boolean {
	// A lock from another machine (a shared disk) cannot be checked: assume it is held.
	if (owner.hostname !== hostname()) return true;
	// Our own PID: held by this very process, or left by an earlier life with the same PID
	// (containers restart with the same PID and hostname).
	if (owner.pid === process.pid) return owner.processStartedAt === processStartedAt;
	try {
		process.kill(owner.pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function releaseIfOurs(lockPath: string, ours: string): void {
	if (readContent(lockPath) === ours) rmSync(lockPath, { force: true });
}

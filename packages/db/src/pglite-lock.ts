import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';

/** Who holds an embedded database directory: what the lock file says, checked on reading. */
type LockOwner = z.infer<typeof lockOwnerSchema>;
const lockOwnerSchema = z.object({
	pid: z.int().positive(),
	hostname: z.string(),
	/**
	 * When the holding process started, to tell a reused PID apart (see `startOf`); absent from
	 * the locks of earlier releases, whose holders are only known to be alive or not.
	 */
	processStart: z.string().min(1).optional(),
	startedAt: z.string().default('an unknown time')
});

/** Raised when another live process has the embedded database open. */
export class DatabaseLockedError extends Error {
	override readonly name = 'DatabaseLockedError';
}

const readText = (path: string) => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
};

/**
 * The lock file's content, or null once it is gone. A lock that is there but cannot be read (a
 * directory, another user's file) is no sign of a live holder, but nor may this process remove
 * it: the person starting the server is told which path to look at.
 */
function readLock(lockPath: string): string | null {
	try {
		return readFileSync(lockPath, 'utf8');
	} catch (error) {
		const { code } = error as NodeJS.ErrnoException;
		if (code === 'ENOENT') return null;
		throw new DatabaseLockedError(
			`The lock ${lockPath} is there but cannot be read (${code}). If no server uses the ` +
				'embedded database, remove it and start again.'
		);
	}
}

/** This boot of the machine; a process from an earlier boot is gone whatever its PID. */
const bootId = readText('/proc/sys/kernel/random/boot_id')?.trim() ?? '';

/**
 * When process `pid` started, as Linux counts it (this boot, and clock ticks since boot), or
 * null when there is no such process, or no /proc to ask. A PID reused after a crash names
 * another process with another start.
 */
function startOf(pid: number): string | null {
	const stat = readText(`/proc/${pid}/stat`);
	if (stat === null) return null;
	// After the command name, which may hold spaces and brackets: state is field 3, start field 22.
	const startTicks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
	return startTicks ? `${bootId}:${startTicks}` : null;
}

const ownStart = startOf(process.pid);
/** Whether this system answers `startOf`; elsewhere only "is some process using the PID" is known. */
const hasProc = ownStart !== null;
const myStart = ownStart ?? `node:${Math.round(Date.now() - process.uptime() * 1000)}`;

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
		processStart: myStart,
		startedAt: new Date().toISOString()
	};
	const ours = JSON.stringify(me);

	for (let attempt = 0; attempt < 3; attempt++) {
		if (createWithContent(lockPath, ours)) return () => releaseIfOurs(lockPath, ours);
		const content = readLock(lockPath);
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
	if (readText(aside) !== staleContent) {
		try {
			linkSync(aside, lockPath); // a live lock was moved by mistake: restore it
		} catch {
			// Another process has taken a new lock meanwhile; the next attempt will see it.
		}
	}
	rmSync(aside, { force: true });
}

/** The owner a lock file names, or null for anything unreadable, which counts as stale. */
function parseOwner(content: string): LockOwner | null {
	try {
		return lockOwnerSchema.parse(JSON.parse(content));
	} catch {
		return null;
	}
}

function isAlive(owner: LockOwner): boolean {
	// A lock from another machine (a shared disk) cannot be checked: assume it is held.
	if (owner.hostname !== hostname()) return true;
	// Held only if the process with that PID is the very one that took the lock: the PID may
	// have been reused after a crash (containers restart with the same PID and hostname).
	if (owner.pid === process.pid) return owner.processStart === myStart;
	const start = hasProc && owner.processStart ? startOf(owner.pid) : null;
	if (start !== null) return start === owner.processStart;
	// No start time to compare (an older lock, or /proc hiding other users' processes): is any
	// process using the PID? Assume it is the holder.
	try {
		process.kill(owner.pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function releaseIfOurs(lockPath: string, ours: string): void {
	if (readText(lockPath) === ours) rmSync(lockPath, { force: true });
}

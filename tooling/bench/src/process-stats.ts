import { readdirSync, readFileSync } from 'node:fs';

/** Linux counts CPU time in /proc in ticks of 1/100 s (`getconf CLK_TCK`) on every usual build. */
const ticksPerSecond = 100;

/** A process's peak resident set size in bytes (`VmHWM` in /proc; Linux only), or null. */
export function peakRssOf(pid: number | undefined): number | null {
	if (pid === undefined) return null;
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kib = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status)?.[1];
		return kib === undefined ? null : Number(kib) * 1024;
	} catch {
		return null;
	}
}

/**
 * A process's name, its parent's id, and the CPU seconds all its threads used so far (user and
 * system), or null.
 */
function statOf(pid: string | number): { name: string; parent: number; cpuSeconds: number } | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The name is in parentheses and may hold spaces; the fields after it are numbers.
		const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime: fields 14 and 15
		const parent = Number(fields[1]); // ppid: field 4
		return Number.isFinite(ticks) ? { name, parent, cpuSeconds: ticks / ticksPerSecond } : null;
	} catch {
		return null;
	}
}

/** Every process's stat, by id, or null off Linux. */
function allStats(): Map<number, NonNullable<ReturnType<typeof statOf>>> | null {
	let pids: string[];
	try {
		pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
	} catch {
		return null;
	}
	const stats = new Map<number, NonNullable<ReturnType<typeof statOf>>>();
	for (const pid of pids) {
		const stat = statOf(pid);
		if (stat) stats.set(Number(pid), stat);
	}
	return stats;
}

/** The CPU seconds a process used so far (Linux only), or null. */
export function cpuSecondsOf(pid: number | undefined): number | null {
	return pid === undefined ? null : (statOf(pid)?.cpuSeconds ?? null);
}

/**
 * The CPU seconds used so far by every process named `name` (e.g. all of Postgres's: its
 * backends, writers and autovacuum, whichever database they serve), or null off Linux.
 */
export function cpuSecondsNamed(name: string): number | null {
	const stats = allStats();
	if (!stats) return null;
	let total = 0;
	for (const stat of stats.values()) if (stat.name === name) total += stat.cpuSeconds;
	return total;
}

/**
 * The CPU seconds used so far by the processes given and all their descendants (a site's worker
 * processes, say), or null off Linux. A process that has exited no longer counts.
 */
export function cpuSecondsOfTrees(pids: readonly number[]): number | null {
	const stats = allStats();
	if (!stats) return null;
	const children = new Map<number, number[]>();
	for (const [pid, { parent }] of stats) {
		const siblings = children.get(parent);
		if (siblings) siblings.push(pid);
		else children.set(parent, [pid]);
	}
	let total = 0;
	const pending = [...pids];
	for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
		total += stats.get(pid)?.cpuSeconds ?? 0;
		pending.push(...(children.get(pid) ?? []));
	}
	return total;
}

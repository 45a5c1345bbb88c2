import { fstatSync, readFileSync } from 'node:fs';

// Why keys rather than the terminal's SIGINT: `npx pnpm@10.34.8 start` runs pnpm through `sh -c`,
// and Debian's sh (dash), given a SIGINT while it waits, kills itself with SIGINT once pnpm has
// exited 0; npm then ends with status 130. In raw mode the terminal sends no signal to anyone (nor
// SIGTSTP: Ctrl-Z does nothing), and Ctrl-C and Ctrl-\ reach this process as bytes.
const stopKeys = new Set([0x03, 0x1c]);

/**
 * When stdin is the terminal this process runs in the foreground of, reads it in raw mode and
 * calls `stop` at Ctrl-C or Ctrl-\, until this process exits (a repeated Ctrl-C must reach no one
 * while it stops the others); the terminal's mode is restored on exit. Elsewhere (a pipe, CI,
 * `start &`, not Linux) does nothing: Ctrl-C is then the signal it always was.
 */
export function readStopKeys(stop: () => void): void {
	const { stdin } = process;
	if (!stdin.isTTY || !isForegroundOf(readProcStat(), fstatSync(0).rdev)) return;
	stdin.setRawMode(true);
	// 'exit' comes after process.exit(), an uncaught error, and the stop SIGTERM or SIGHUP asks for.
	process.once('exit', () => stdin.setRawMode(false));
	stdin.on('data', (keys: Buffer) => {
		if (keys.some((key) => stopKeys.has(key))) stop();
	});
}

function readProcStat(): string | undefined {
	try {
		return readFileSync('/proc/self/stat', 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * Whether, by `/proc/self/stat`, this process's group is the foreground one of its controlling
 * terminal and that terminal is the device `ttyDevice` (stdin's); false when it cannot be told.
 */
export function isForegroundOf(stat: string | undefined, ttyDevice: number): boolean {
	if (!stat?.includes(')')) return false;
	// `pid (comm) state ppid pgrp session tty_nr tpgid …`: comm may hold spaces and parentheses.
	const afterComm = stat.slice(stat.lastIndexOf(')') + 1);
	const [, , pgrp, , ttyNr, tpgid] = afterComm.trim().split(' ').map(Number);
	return pgrp !== undefined && pgrp > 0 && pgrp === tpgid && ttyNr === ttyDevice;
}

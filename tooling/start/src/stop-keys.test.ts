import { describe, expect, it } from 'vitest';
import { isForegroundOf } from './stop-keys.js';

/** A `/proc/<pid>/stat` line: pid (comm) state ppid pgrp session tty_nr tpgid flags … */
const stat = (comm: string, pgrp: number, ttyNr: number, tpgid: number) =>
	`4242 (${comm}) S 4200 ${pgrp} 4100 ${ttyNr} ${tpgid} 4194560 1234 0 0 0 7 3 0 0 20 0 11 0\n`;
const pts0 = 34816;

describe('whether the start command runs in the foreground of the terminal its stdin is', () => {
	it('is when its process group is the terminal’s foreground one', () => {
		expect(isForegroundOf(stat('node', 4200, pts0, 4200), pts0)).toBe(true);
	});

	it('reads past a command name holding spaces and parentheses', () => {
		expect(isForegroundOf(stat('a) S 1 2 3 4 (b', 4200, pts0, 4200), pts0)).toBe(true);
		expect(isForegroundOf(stat('a) S 1 2 3 4 (b', 4200, pts0, 4300), pts0)).toBe(false);
	});

	it('is not in the background (`start &`), on another terminal, or with no terminal at all', () => {
		expect(isForegroundOf(stat('node', 4200, pts0, 4300), pts0)).toBe(false);
		expect(isForegroundOf(stat('node', 4200, pts0 + 1, 4200), pts0)).toBe(false);
		expect(isForegroundOf(stat('node', 4200, 0, -1), pts0)).toBe(false);
	});

	it('cannot tell without /proc (not Linux), or from a line it does not know', () => {
		expect(isForegroundOf(undefined, pts0)).toBe(false);
		expect(isForegroundOf('', 0)).toBe(false);
		expect(isForegroundOf('4242 node', 0)).toBe(false);
	});
});

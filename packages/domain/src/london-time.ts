/**
 * The Centre's calendar is England's: "today" and "midnight" mean Europe/London's, whatever the
 * server's own time zone, so a stage or a deadline turns over at the same moment for everyone.
 */

const londonParts = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/London',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23'
});

/** The wall-clock reading in London at an instant, as numbers. */
function londonClock(instant: Date) {
	const parts = Object.fromEntries(
		londonParts.formatToParts(instant).map((part) => [part.type, Number(part.value)])
	);
	return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/**
 * The calendar date in London at an instant, as YYYY-MM-DD.
 * @example londonDate(new Date('2019-03-31T23:30:00Z')) // '2019-04-01' (British Summer Time)
 */
export function londonDate(instant: Date): string {
	const { year, month, day } = londonClock(instant);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(year)}-${pad(month)}-${pad(day)}`;
}

/**
 * The instant London's clocks read midnight at the start of a calendar date. Clocks change at
 * 01:00 UTC, never at midnight, so every London date has exactly one midnight.
 * @example londonMidnight('2019-04-01') // 2019-03-31T23:00:00.000Z
 */
export function londonMidnight(date: string): Date {
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
	const utcMidnight = Date.UTC(year, month - 1, day);
	const { hour, minute } = londonClock(new Date(utcMidnight));
	// London is UTC or one hour ahead of it: at UTC midnight its clocks read 00:00 or 01:00.
	return new Date(utcMidnight - (hour * 60 + minute) * 60_000);
}

/**
 * The next London midnight after an instant: when anything that depends on "today" turns over.
 * @example nextLondonMidnight(new Date('2019-10-27T12:00:00Z')) // 2019-10-28T00:00:00.000Z
 */
export function nextLondonMidnight(instant: Date): Date {
	const today = londonMidnight(londonDate(instant));
	// 26 hours on from today's midnight always lands in tomorrow, even on a 25-hour day.
	return londonMidnight(londonDate(new Date(today.getTime() + 26 * 3_600_000)));
}

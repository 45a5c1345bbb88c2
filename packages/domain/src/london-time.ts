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

/**
 * The instant London's clocks read a date and time (HH:MM). In the autumn hour the clocks show
 * twice, the first (summer time); null in the spring hour they skip, which no instant reads.
 * @example londonInstant('2019-02-18', '12:00') // 2019-02-18T12:00:00.000Z
 * @example londonInstant('2019-03-31', '01:30') // null (clocks go from 01:00 to 02:00)
 */
export function londonInstant(date: string, time: string): Date | null {
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
	const [hour = 0, minute = 0] = time.split(':').map(Number);
	const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
	// London is UTC or an hour ahead of it: try summer time first, then Greenwich time.
	return (
		[asIfUtc - 3_600_000, asIfUtc]
			.map((candidate) => new Date(candidate))
			.find((candidate) => {
				const clock = londonClock(candidate);
				return clock.day === day && clock.hour === hour && clock.minute === minute;
			}) ?? null
	);
}

/** The months' names, January first. */
export const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/**
 * An instant as people in England say it: the London time, then the date.
 * @example spokenLondonTime(new Date('2019-02-18T12:00:00Z')) // 'midday on 18 February 2019'
 * @example spokenLondonTime(new Date('2019-04-01T08:30:00Z')) // '9:30am on 1 April 2019' (summer time)
 */
export function spokenLondonTime(instant: Date): string {
	const { hour, minute } = londonClock(instant);
	const date = formatLongDate(londonDate(instant));
	if (minute === 0 && hour === 12) return `midday on ${date}`;
	if (minute === 0 && hour === 0) return `midnight at the start of ${date}`;
	const minutes = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
	return `${String(hour % 12 || 12)}${minutes}${hour < 12 ? 'am' : 'pm'} on ${date}`;
}

/**
 * Formats an ISO 8601 date (or timestamp) the GOV.UK way, e.g. "30 January 2019".
 * Done by hand rather than with `Intl` so the server output never depends on the host's ICU data
 * or time zone: the calendar date in the string is the date the reader sees.
 * @example formatLongDate('2019-01-30') // '30 January 2019'
 */
export function formatLongDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	const month = match ? monthNames[Number(match[2]) - 1] : undefined;
	if (!match || month === undefined) {
		throw new RangeError(`Expected an ISO 8601 date such as 2019-01-30, got "${iso}"`);
	}
	return `${Number(match[3])} ${month} ${match[1]}`;
}

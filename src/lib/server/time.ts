/**
 * Wall-clock time in Morocco ↔ instants. Morocco is UTC+1 all year except during
 * Ramadan (UTC+0); the dates change every year, so they come from the tz database
 * through Intl, never from a fixed offset.
 */
export const TIME_ZONE = 'Africa/Casablanca';

const parts = new Intl.DateTimeFormat('en-US', {
	timeZone: TIME_ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

interface Wall {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

function wallOf(instant: Date): Wall {
	const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
	return { year: +p.year, month: +p.month, day: +p.day, hour: +p.hour, minute: +p.minute, second: +p.second };
}

/** Minutes Morocco is ahead of UTC at that instant (60, or 0 during Ramadan). */
export function offsetMinutes(instant: Date): number {
	const w = wallOf(instant);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** The local date "YYYY-MM-DD" and time "HH:MM" in Morocco of an instant (for forms). */
export function toLocalParts(instant: Date): { date: string; time: string } {
	const w = wallOf(instant);
	return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** The day in Morocco, "YYYY-MM-DD", of an instant. */
export function localDay(instant: Date): string {
	return toLocalParts(instant).date;
}

/**
 * The instant of a wall-clock time in Morocco, or null when the text is not a
 * real date and time. A time skipped when clocks go forward (after Ramadan,
 * 02:00 → 03:00) is read with the offset before the change; a time that occurs
 * twice (clocks go back, 03:00 → 02:00) is the first one.
 */
export function fromLocal(date: string, time: string): Date | null {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
	const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
	if (!d || !t) return null;
	const [y, mo, da, h, mi] = [+d[1], +d[2], +d[3], +t[1], +t[2]];
	if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
	const wall = Date.UTC(y, mo - 1, da, h, mi);
	if (new Date(wall).getUTCDate() !== da) return null;
	// Try the offsets in force around that moment; keep the earliest instant that shows this wall time.
	const candidates = [...new Set([offsetMinutes(new Date(wall - 86400000)), offsetMinutes(new Date(wall)), offsetMinutes(new Date(wall + 86400000))])]
		.map((off) => new Date(wall - off * 60000))
		.filter((instant) => {
			const w = wallOf(instant);
			return w.year === y && w.month === mo && w.day === da && w.hour === h && w.minute === mi;
		})
		.sort((a, b) => a.getTime() - b.getTime());
	if (candidates.length) return candidates[0];
	// In the gap when clocks go forward: the offset in force just before.
	return new Date(wall - offsetMinutes(new Date(wall - 3 * 3600000)) * 60000);
}

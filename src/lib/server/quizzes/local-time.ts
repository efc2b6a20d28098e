/** `datetime-local` values are read and shown in Morocco's time (Africa/Casablanca, which moves for Ramadan). */
const ZONE = 'Africa/Casablanca';

function offsetMinutes(at: Date): number {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', {
			timeZone: ZONE,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		})
			.formatToParts(at)
			.map((p) => [p.type, p.value])
	);
	const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
	return Math.round((asUtc - at.getTime()) / 60000);
}

/** "2026-12-01T09:30" in Casablanca → the instant; null for blank or nonsense. */
export function fromLocalInput(value: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
	if (!m) return null;
	const naive = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
	let at = new Date(naive - offsetMinutes(new Date(naive)) * 60000);
	at = new Date(naive - offsetMinutes(at) * 60000);
	return Number.isNaN(at.getTime()) ? null : at;
}

/** The instant as a `datetime-local` value in Casablanca. */
export function toLocalInput(at: Date | null): string {
	if (!at) return '';
	const shifted = new Date(at.getTime() + offsetMinutes(at) * 60000);
	return shifted.toISOString().slice(0, 16);
}

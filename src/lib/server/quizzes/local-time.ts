import { fromLocal, toLocalParts } from '../time';

/** A `datetime-local` value ("2026-12-01T09:30") read as Morocco's time; null for blank or nonsense. */
export function fromLocalInput(value: string): Date | null {
	const [date, time] = value.trim().split('T');
	return date && time ? fromLocal(date, time) : null;
}

/** The instant as a `datetime-local` value in Morocco's time. */
export function toLocalInput(at: Date | null): string {
	if (!at) return '';
	const { date, time } = toLocalParts(at);
	return `${date}T${time}`;
}

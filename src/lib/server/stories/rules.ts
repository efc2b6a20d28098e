// Pure rules of success stories: which consent lets a story into the funders' report.
import type { ConsentScope, StoryLinkKind } from './tables';

export const SCOPES: ConsentScope[] = ['internal', 'report', 'public'];
export const LINK_KINDS: StoryLinkKind[] = ['intervention', 'memo', 'plan_goal'];
export const MAX_TITLE = 200;
export const MAX_BODY = 4000;
export const MAX_PHOTOS = 6;

export interface ConsentState {
	scope: ConsentScope;
	withdrawnOn: string | null;
}

/** A story goes into a report only while its current consent covers reports (report or public) and is not withdrawn. */
export function allowsReport(consent: ConsentState | null | undefined): boolean {
	return !!consent && consent.withdrawnOn === null && (consent.scope === 'report' || consent.scope === 'public');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day YYYY-MM-DD that exists. */
export function isDay(s: string): boolean {
	if (!DAY.test(s)) return false;
	const d = new Date(`${s}T12:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** "intervention:12" → a link; anything else → null. */
export function parseLink(raw: string): { kind: StoryLinkKind; recordId: number } | null {
	const m = /^(intervention|memo|plan_goal):(\d{1,9})$/.exec(raw.trim());
	return m ? { kind: m[1] as StoryLinkKind, recordId: Number(m[2]) } : null;
}

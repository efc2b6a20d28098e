// HTTP glue of the admin memo pages (issue 15): the memo form and the step form as service inputs.
import type { MemoInput, StepInput } from '../council/memo.service';
import type { ActivityInput, EngagementInput } from '../council/activity.service';
import { field } from '../http';

const all = (data: FormData, name: string) => data.getAll(name).filter((v): v is string => typeof v === 'string');

export function memoFromForm(data: FormData): MemoInput {
	return {
		titleAr: field(data, 'titleAr'),
		titleFr: field(data, 'titleFr'),
		organisation: field(data, 'organisation'),
		subject: field(data, 'subject'),
		communeIds: all(data, 'communes'),
		carrierIds: all(data, 'carriers')
	};
}

export function stepFromForm(data: FormData): StepInput {
	return { step: field(data, 'step'), onDate: field(data, 'onDate'), body: field(data, 'body'), outcome: field(data, 'outcome'), url: field(data, 'url'), note: field(data, 'note') };
}

/** Form values to give back on failure, with the multiple choices joined. */
export function memoValues(values: Record<string, string>, data: FormData): Record<string, string> {
	return { ...values, communes: all(data, 'communes').join(','), carriers: all(data, 'carriers').join(',') };
}

/** The commune page's engagement status form as the service's input. */
export function engagementFromForm(data: FormData): EngagementInput {
	return { status: field(data, 'status'), onDate: field(data, 'onDate'), url: field(data, 'url') };
}

/** The commune page's activity form as the service's input. */
export function activityFromForm(data: FormData): ActivityInput {
	return { heldOn: field(data, 'heldOn'), type: field(data, 'type'), audience: field(data, 'audience'), women: field(data, 'women'), men: field(data, 'men'), url: field(data, 'url'), note: field(data, 'note') };
}

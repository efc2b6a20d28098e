/** A submitted intervention form (web FormData) as the service's input. */
import type { InterventionInput } from './intervention.service';

const text = (data: FormData, name: string) => {
	const v = data.get(name);
	return typeof v === 'string' ? v : '';
};

export function interventionFromForm(data: FormData): InterventionInput {
	return {
		communeId: text(data, 'communeId'),
		sittingDate: text(data, 'sittingDate'),
		sittingType: text(data, 'sittingType'),
		agendaItem: text(data, 'agendaItem'),
		kind: text(data, 'kind'),
		summary: text(data, 'summary'),
		summaryLang: text(data, 'summaryLang'),
		gender: data.get('gender') === 'on',
		outcome: text(data, 'outcome'),
		topicIds: data.getAll('topics').filter((v): v is string => typeof v === 'string'),
		evidenceUrl: text(data, 'evidenceUrl'),
		outOfCommuneReason: text(data, 'outOfCommuneReason'),
		goalId: text(data, 'goalId')
	};
}

/** The uploaded evidence file, or null when none was chosen. */
export async function evidenceFromForm(data: FormData): Promise<{ bytes: Uint8Array; name: string } | null> {
	const f = data.get('evidence');
	if (!f || typeof f === 'string' || f.size === 0) return null;
	return { bytes: new Uint8Array(await f.arrayBuffer()), name: f.name };
}

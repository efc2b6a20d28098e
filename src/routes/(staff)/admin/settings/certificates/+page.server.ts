import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { currentDesign, MAX_PARTNERS, MAX_SIGNATORIES, saveDesign, type Upload } from '$lib/server/certificates/design.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const d = await currentDesign(db());
	const values: Record<string, string> = { org_ar: d.organisation.ar, org_fr: d.organisation.fr, org_zgh: d.organisation.zgh };
	for (let i = 0; i < MAX_SIGNATORIES; i++) {
		const s = d.signatories[i];
		values[`sig${i}_nameAr`] = s?.nameAr ?? '';
		values[`sig${i}_nameLatin`] = s?.nameLatin ?? '';
		values[`sig${i}_titleAr`] = s?.titleAr ?? '';
		values[`sig${i}_titleFr`] = s?.titleFr ?? '';
	}
	return {
		saved: event.url.searchParams.get('saved') === '1',
		values,
		logoFileId: d.logoFileId,
		partnerFileIds: d.partnerFileIds,
		signatureFileIds: Array.from({ length: MAX_SIGNATORIES }, (_, i) => d.signatories[i]?.signatureFileId ?? null),
		maxSignatories: MAX_SIGNATORIES,
		maxPartners: MAX_PARTNERS
	};
};

async function upload(v: FormDataEntryValue | null): Promise<Upload | null> {
	return v instanceof File && v.size > 0 ? { bytes: new Uint8Array(await v.arrayBuffer()), name: v.name } : null;
}

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'admin');
		const data = await event.request.formData();
		try {
			const signatories = [];
			for (let i = 0; i < MAX_SIGNATORIES; i++) {
				signatories.push({
					nameAr: field(data, `sig${i}_nameAr`),
					nameLatin: field(data, `sig${i}_nameLatin`),
					titleAr: field(data, `sig${i}_titleAr`),
					titleFr: field(data, `sig${i}_titleFr`),
					removeSignature: data.get(`sig${i}_removeSignature`) === 'on',
					signature: await upload(data.get(`sig${i}_signature`))
				});
			}
			const partners = (await Promise.all(data.getAll('partners').map(upload))).filter((u): u is Upload => !!u);
			await saveDesign(db(), user, {
				organisation: { ar: field(data, 'org_ar'), fr: field(data, 'org_fr'), zgh: field(data, 'org_zgh') },
				signatories,
				logo: await upload(data.get('logo')),
				removeLogo: data.get('removeLogo') === 'on',
				partners,
				removePartnerIds: data.getAll('removePartner').map(Number).filter(Number.isSafeInteger)
			});
		} catch (e) {
			return failWith(e, formValues(data));
		}
		redirect(303, '/admin/settings/certificates?saved=1');
	}
};

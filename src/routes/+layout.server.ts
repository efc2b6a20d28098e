import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	user: locals.user && { id: locals.user.id, role: locals.user.role, nameAr: locals.user.nameAr, nameLatin: locals.user.nameLatin }
});

import { LEARNER, TRAINER1, expect, formHeaders, learner, logIn, test } from './helpers';

// A tiny valid PDF and an HTML page pretending to be a photo.
const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const fakeJpeg = Buffer.from('<!doctype html><script>alert(1)</script>');

test('a trainer uploads a handout; only staff read a file not yet in a published lesson', async ({ page, newPage, baseURL }) => {
	await logIn(page, TRAINER1);
	const refused = await page.request.post('/files', {
		headers: formHeaders(baseURL, { accept: 'application/json' }),
		multipart: { file: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: fakeJpeg } }
	});
	expect(refused.status()).toBe(400);
	expect((await refused.json()).key).toBe('media_type_refused');

	const res = await page.request.post('/files', {
		headers: formHeaders(baseURL, { accept: 'application/json' }),
		multipart: { file: { name: 'ميزانية 2026.pdf', mimeType: 'application/octet-stream', buffer: pdf } }
	});
	expect(res.status()).toBe(201);
	const { id, url } = await res.json();
	expect(url).toBe(`/files/${id}`);

	const file = await page.request.get(url);
	expect(file.status()).toBe(200);
	expect(file.headers()).toMatchObject({
		'content-type': 'application/pdf',
		'x-content-type-options': 'nosniff',
		'cache-control': 'private, max-age=31536000, immutable'
	});
	expect(file.headers()['content-disposition']).toMatch(/^attachment; .*filename\*=UTF-8''/);
	expect(Buffer.from(await file.body())).toEqual(pdf);
	const part = await page.request.get(url, { headers: { range: 'bytes=0-3' } });
	expect(part.status()).toBe(206);
	expect(await part.text()).toBe('%PDF');

	const other = await newPage();
	await logIn(other, learner(LEARNER.roles));
	expect((await other.request.get(url)).status()).toBe(403);

	const anonymous = await newPage();
	expect((await anonymous.request.get(url, { headers: { accept: '*/*' } })).status()).toBe(401);
	// A learner cannot upload.
	const upload = await other.request.post('/files', {
		headers: formHeaders(baseURL, { accept: 'application/json' }),
		multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: pdf } }
	});
	expect(upload.status()).toBe(403);
});

test('an upload from another site is refused by the CSRF check', async ({ page, baseURL }) => {
	await logIn(page, TRAINER1);
	const res = await page.request.post('/files', {
		headers: formHeaders(baseURL, { origin: 'https://evil.example' }),
		multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: pdf } }
	});
	expect(res.status()).toBe(403);
});

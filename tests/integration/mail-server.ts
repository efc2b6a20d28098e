import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface Mail {
	to: string;
	subject: string;
	text: string;
	raw: string;
}

function decodeWords(s: string): string {
	return s.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
		enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' '))
	);
}

function decodeQp(s: string): string {
	const soft = s.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < soft.length; i++) {
		if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
			bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(...Buffer.from(soft[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

/** The text/plain part of a message nodemailer wrote, decoded (base64 or quoted-printable). */
function plainText(raw: string): string {
	const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
	for (const p of parts) {
		const [head, ...rest] = p.split(/\r?\n\r?\n/);
		if (!/content-type:\s*text\/plain/i.test(head)) continue;
		const body = rest.join('\n\n').replace(/\r?\n--[^\r\n]*--\s*$/, '');
		if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
		if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) return decodeQp(body);
		return body;
	}
	return '';
}

/** A local SMTP server for tests: keeps what it receives, or refuses every message when `fail` is set. */
export async function startMailServer(opts: { fail?: string } = {}) {
	const mails: Mail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				if (opts.fail) {
					const err = new Error(opts.fail) as Error & { responseCode: number };
					err.responseCode = 451;
					return callback(err);
				}
				const raw = Buffer.concat(chunks).toString('utf8');
				const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
				const subject = decodeWords(/^subject: (.*)$/im.exec(head)?.[1] ?? '');
				mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), subject, text: plainText(raw), raw });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return { mails, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

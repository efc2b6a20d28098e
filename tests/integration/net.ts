import { createServer } from 'node:net';

/** A TCP port nobody listens on now, for a server a test starts. */
export const freePort = () =>
	new Promise<number>((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

import type { RequestEvent } from '@sveltejs/kit';

let warned = false;

/**
 * The visitor's address for the login limits. Behind the proxy that ADDRESS_HEADER names, adapter-node
 * reads it from that header, and throws when a request arrives without it (someone reaching the app
 * around the proxy, or a proxy that does not set it): the login then answered 500. Such a request is
 * counted by the address of its connection instead, and the operator is told once in the log.
 */
export function clientAddress(event: Pick<RequestEvent, 'getClientAddress' | 'platform'>): string {
	try {
		return event.getClientAddress();
	} catch (e) {
		if (!warned) {
			warned = true;
			console.warn(`client address: ${e instanceof Error ? e.message : e}; counting by the connection's address instead`);
		}
		const platform = event.platform as { req?: { socket?: { remoteAddress?: string } } } | undefined;
		return platform?.req?.socket?.remoteAddress ?? 'unknown';
	}
}

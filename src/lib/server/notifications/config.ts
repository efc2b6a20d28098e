/** Reminder settings from the environment (README "Settings"). */
export interface NotifyConfig {
	/** smtp://user:pass@host:port or smtps://…; unset: e-mail is not configured and e-mails fail with that reason. */
	smtpUrl?: string;
	mailFrom: string;
	/** An SMS/WhatsApp provider's HTTP endpoint: each message is POSTed there as JSON. */
	gatewayUrl?: string;
	/** Public address, to make the links in messages absolute. */
	origin: string;
	/** Tests only: let push go to http://localhost endpoints. */
	allowLoopbackPush?: boolean;
}

export function notifyConfig(env: NodeJS.ProcessEnv = process.env): NotifyConfig {
	return {
		smtpUrl: env.SMTP_URL || undefined,
		mailFrom: env.MAIL_FROM || 'Amssawas <no-reply@localhost>',
		gatewayUrl: env.SMS_GATEWAY_URL || undefined,
		origin: (env.ORIGIN || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, '')
	};
}

import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** The e-mail channel, behind a class: the worker sends through it, unit specs use a fake. */
export abstract class MailTransport {
  /** false: no channel configured (SMTP_URL unset); messages are then skipped, not queued forever. */
  abstract readonly configured: boolean;
  abstract send(mail: OutgoingMail): Promise<void>;
  abstract close(): void;
}

/** No SMTP_URL: the message centre is the only channel. */
export class NoMailTransport extends MailTransport {
  readonly configured = false;

  async send(): Promise<void> {
    throw new Error('no e-mail channel is configured');
  }

  close(): void {}
}

/** What SMTP_URL says: smtp://[user:password@]host[:port] (STARTTLS when offered) or smtps:// (TLS from the start). */
export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | undefined;
}

export function parseSmtpUrl(value: string): SmtpSettings {
  const url = new URL(value);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new RangeError('SMTP_URL is smtp://… or smtps://…');
  if (!url.hostname) throw new RangeError('SMTP_URL names no host');
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined,
  };
}

/** nodemailer over SMTP, a small pool of connections reused across a batch, with timeouts short enough for a job. */
export class SmtpMailTransport extends MailTransport {
  readonly configured = true;
  private readonly transporter: Transporter;

  constructor(smtpUrl: string, from: string) {
    super();
    this.transporter = createTransport(
      { ...parseSmtpUrl(smtpUrl), pool: true, maxConnections: 2, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
      { from },
    );
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
  }

  close(): void {
    this.transporter.close();
  }
}

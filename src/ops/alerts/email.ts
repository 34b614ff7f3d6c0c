/**
 * E-mail output: one plain-text message per evaluation, through SMTP (nodemailer). nodemailer
 * loads with the first message, not with every run that might send one (issue 14: start-up).
 */
import type { AlertMessage } from '../../model/alerts.js';

export interface EmailTarget {
  host: string;
  port: number;
  secure: boolean;
  from: string;
  to: string[];
  user?: string;
  /** Resolved by the CLI from the variable named in `passwordEnv`; the library reads no environment. */
  password?: string;
  subjectPrefix: string;
  timeoutMs: number;
}

/** Throws when the server cannot be reached or refuses the message. */
export async function sendAlertEmail(message: AlertMessage, target: EmailTarget): Promise<void> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    ...(target.user ? { auth: { user: target.user, pass: target.password ?? '' } } : {}),
    connectionTimeout: target.timeoutMs,
    greetingTimeout: target.timeoutMs,
    socketTimeout: target.timeoutMs,
  });
  try {
    await transport.sendMail({
      from: target.from,
      to: target.to,
      subject: `${target.subjectPrefix} ${message.subject}`.trim(),
      text: message.text,
    });
  } finally {
    transport.close();
  }
}

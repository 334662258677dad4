import type { Executor } from '../audit/audit.repo.ts';

/**
 * Notifications about referrals. Every message is stored in-app (inside the transaction of the
 * change, so it exists exactly when the change does) and then handed to an outbound channel
 * after commit. Messages carry ids, numbers and codes only: never a name, a NIK or a case note.
 */
export interface NotificationMessage {
  kabupatenCode: string;
  kind: string;
  referralId: string;
  referralNumber: string;
  status: string;
  tier: number;
  /** Who receives it: a user, every member of an organisation, or the handlers of a tier. */
  recipient: { userId: string } | { organisationId: string } | { tier: number };
}

/** An outbound channel (log, SMS, WhatsApp, e-mail gateway...). Failures never undo the change. */
export interface OutboundChannel {
  readonly name: string;
  deliver(message: NotificationMessage): Promise<void>;
}

export interface Notifier {
  /** Stores the in-app notifications within the caller's transaction. */
  store(tx: Executor, messages: NotificationMessage[], at: Date): Promise<void>;
  /** Hands committed messages to the outbound channel. */
  dispatch(messages: NotificationMessage[]): Promise<void>;
}

/** A log line per message, with no personal data: kind, referral id and number, recipient id. */
export function logChannel(write: (line: Record<string, unknown>) => void): OutboundChannel {
  return {
    name: 'log',
    async deliver(m) {
      write({
        event: 'notification',
        kind: m.kind,
        referralId: m.referralId,
        referralNumber: m.referralNumber,
        status: m.status,
        recipient: m.recipient,
      });
    },
  };
}

/**
 * A generic HTTP gateway (e.g. an SMS/WhatsApp relay run by the regency): POSTs the same
 * personal-data-free message as JSON. The gateway looks up phone numbers itself.
 */
export function webhookChannel(url: string, token: string | undefined): OutboundChannel {
  return {
    name: 'webhook',
    async deliver(m) {
      await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({
          kind: m.kind,
          referralId: m.referralId,
          referralNumber: m.referralNumber,
          status: m.status,
          recipient: m.recipient,
        }),
        signal: AbortSignal.timeout(5000),
      });
    },
  };
}

export function createNotifier(
  outbound: OutboundChannel[],
  onError: (error: unknown) => void = () => {},
): Notifier {
  return {
    async store(tx, messages, at) {
      if (messages.length === 0) return;
      await tx
        .insertInto('notification')
        .values(
          messages.map((m) => ({
            kabupaten_code: m.kabupatenCode,
            user_id: 'userId' in m.recipient ? m.recipient.userId : null,
            organisation_id: 'organisationId' in m.recipient ? m.recipient.organisationId : null,
            tier: 'tier' in m.recipient ? m.recipient.tier : null,
            kind: m.kind,
            referral_id: m.referralId,
            payload: JSON.stringify({ number: m.referralNumber, status: m.status, tier: m.tier }),
            created_at: at,
          })),
        )
        .execute();
    },
    async dispatch(messages) {
      for (const message of messages)
        for (const channel of outbound) await channel.deliver(message).catch(onError);
    },
  };
}

/**
 * The notifier configured by environment: SELARAS_NOTIFY_OUTBOUND = `log` (default), `none`, or
 * `webhook` with SELARAS_NOTIFY_WEBHOOK_URL (and optional SELARAS_NOTIFY_WEBHOOK_TOKEN).
 */
export function notifierFromEnv(env: NodeJS.ProcessEnv = process.env): Notifier {
  const kind = env.SELARAS_NOTIFY_OUTBOUND ?? 'log';
  const stdoutLine = (line: Record<string, unknown>) =>
    process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), ...line })}\n`);
  const onError = (error: unknown) =>
    stdoutLine({ event: 'notification.failed', error: error instanceof Error ? error.name : 'unknown' });
  switch (kind) {
    case 'none':
      return createNotifier([]);
    case 'webhook': {
      const url = env.SELARAS_NOTIFY_WEBHOOK_URL;
      if (!url) throw new Error('SELARAS_NOTIFY_OUTBOUND=webhook needs SELARAS_NOTIFY_WEBHOOK_URL');
      return createNotifier([webhookChannel(url, env.SELARAS_NOTIFY_WEBHOOK_TOKEN)], onError);
    }
    case 'log':
      return createNotifier([logChannel(stdoutLine)], onError);
    default:
      throw new Error(`SELARAS_NOTIFY_OUTBOUND must be log, none or webhook, got "${kind}"`);
  }
}

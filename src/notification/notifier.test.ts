import { describe, expect, it } from 'vitest';
import { createNotifier, logChannel, type NotificationMessage, notifierFromEnv } from './notifier.ts';

const message: NotificationMessage = {
  kabupatenCode: '7303',
  kind: 'referral.completed',
  referralId: '6f1c2a8e-0000-4000-8000-000000000001',
  referralNumber: 'RJK-7303-2026-000001',
  status: 'completed',
  tier: 2,
  recipient: { userId: '6f1c2a8e-0000-4000-8000-000000000002' },
};

describe('notification channels', () => {
  it('logs one line per message with ids and codes only', async () => {
    const lines: Record<string, unknown>[] = [];
    await createNotifier([logChannel((line) => lines.push(line))]).dispatch([
      message,
      { ...message, kind: 'referral.sent' },
    ]);
    expect(lines).toEqual([
      {
        event: 'notification',
        kind: 'referral.completed',
        referralId: message.referralId,
        referralNumber: message.referralNumber,
        status: 'completed',
        recipient: message.recipient,
      },
      expect.objectContaining({ kind: 'referral.sent' }),
    ]);
  });

  it('keeps going when an outbound gateway fails, and reports the failure without details', async () => {
    const errors: unknown[] = [];
    const delivered: string[] = [];
    const notifier = createNotifier(
      [
        { name: 'broken', deliver: async () => Promise.reject(new Error('gateway down')) },
        { name: 'ok', deliver: async (m) => void delivered.push(m.kind) },
      ],
      (error) => errors.push(error),
    );
    await notifier.dispatch([message]);
    expect(delivered).toEqual(['referral.completed']);
    expect(errors).toHaveLength(1);
  });

  it('is configured by environment, with no gateway required', () => {
    expect(() => notifierFromEnv({})).not.toThrow();
    expect(() => notifierFromEnv({ SELARAS_NOTIFY_OUTBOUND: 'none' })).not.toThrow();
    expect(() => notifierFromEnv({ SELARAS_NOTIFY_OUTBOUND: 'webhook' })).toThrow(
      /SELARAS_NOTIFY_WEBHOOK_URL/,
    );
    expect(() => notifierFromEnv({ SELARAS_NOTIFY_OUTBOUND: 'sms' })).toThrow(/log, none or webhook/);
  });
});

import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifierFromEnv } from './notifier.ts';

// The gateway adapter against a local HTTP server on the loopback address (no outside network).
describe('webhook notification gateway', () => {
  const received: { body: unknown; auth: string | undefined }[] = [];
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let data = '';
      req.on('data', (chunk) => {
        data += chunk;
      });
      req.on('end', () => {
        received.push({ body: JSON.parse(data), auth: req.headers.authorization });
        res.writeHead(204).end();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
  });
  afterAll(() => {
    server.close();
  });

  it('posts the personal-data-free message with the configured token', async () => {
    const notifier = notifierFromEnv({
      SELARAS_NOTIFY_OUTBOUND: 'webhook',
      SELARAS_NOTIFY_WEBHOOK_URL: url,
      SELARAS_NOTIFY_WEBHOOK_TOKEN: 'rahasia-gateway',
    });
    await notifier.dispatch([
      {
        kabupatenCode: '7303',
        kind: 'referral.sent',
        referralId: '6f1c2a8e-0000-4000-8000-000000000001',
        referralNumber: 'RJK-7303-2026-000001',
        status: 'sent',
        tier: 2,
        recipient: { organisationId: '6f1c2a8e-0000-4000-8000-000000000009' },
      },
    ]);
    expect(received).toEqual([
      {
        body: {
          kind: 'referral.sent',
          referralId: '6f1c2a8e-0000-4000-8000-000000000001',
          referralNumber: 'RJK-7303-2026-000001',
          status: 'sent',
          recipient: { organisationId: '6f1c2a8e-0000-4000-8000-000000000009' },
        },
        auth: 'Bearer rahasia-gateway',
      },
    ]);
  });
});

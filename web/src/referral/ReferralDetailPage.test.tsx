import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Referral, Role } from '../api/types.ts';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { signIn } from '../test/fixtures.ts';
import { referral, SERVICES } from '../test/referral-fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

// Pages load lazily: on a busy machine the first render may take more than the default second.
configure({ asyncUtilTimeout: 5000 });

function detailApi(current: { value: Referral }, role: Role = 'mitra') {
  const api = installFakeApi()
    .on('GET', '/inbox', { status: 404 })
    .on('GET', '/referrals/r-1', () => ({ body: current.value }));
  signIn(api, role);
  return api;
}

describe('referral detail', () => {
  it('shows what the provider may see, the letter and the timeline, and accepts with the version read', async () => {
    const current = { value: referral() };
    const api = detailApi(current).on('POST', '/referrals/r-1/transitions', (request) => {
      current.value = referral({
        status: 'accepted',
        version: 3,
        allowedActions: ['start', 'complete', 'decline'],
        timeline: [
          ...referral().timeline,
          {
            at: '2026-03-03T01:00:00Z',
            action: 'accept',
            fromStatus: 'sent',
            toStatus: 'accepted',
            fromTier: 2,
            toTier: 2,
            actor: { username: 'dewi.dukcapil', role: 'mitra' },
            organisationName: 'Dinas Dukcapil Bantaeng',
            note: (request.body as { note?: string }).note ?? null,
            reason: null,
            outcome: null,
            cause: null,
            attachments: [],
          },
        ],
      });
      return { body: current.value };
    });
    const { user } = renderApp('/rujukan/r-1');

    expect(await screen.findByRole('heading', { name: 'Penerbitan akta kelahiran', level: 1 })).toBeTruthy();
    const person = screen.getByRole('region', { name: 'Orang yang dirujuk' });
    expect(within(person).getByText('Rahmat')).toBeTruthy();
    expect(within(person).queryByText('NIK')).toBeNull();
    expect(screen.getByRole('link', { name: 'Surat rujukan (PDF)' }).getAttribute('href')).toBe(
      '/api/v1/referrals/r-1/letter.pdf',
    );
    const actions = screen.getByRole('region', { name: 'Tindakan' });
    expect(within(actions).queryByRole('button', { name: 'Batalkan' })).toBeNull();

    await user.click(within(actions).getByRole('button', { name: 'Terima' }));
    await user.type(screen.getByRole('textbox', { name: /Catatan/ }), 'Berkas lengkap');
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Terima' }));

    expect(await screen.findByText('Tersimpan: Terima.')).toBeTruthy();
    const timeline = screen.getByRole('region', { name: 'Riwayat rujukan' });
    expect(within(timeline).getByText(/dewi\.dukcapil/)).toBeTruthy();
    expect(within(timeline).getByText('Catatan: Berkas lengkap')).toBeTruthy();
    const sent = api.sent('POST', '/referrals/r-1/transitions')[0];
    expect(sent?.body).toEqual({ action: 'accept', version: 2, note: 'Berkas lengkap' });
    expect(sent?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('retries a broken request with the same key, and uses a new key for the next action', async () => {
    const current = { value: referral() };
    let calls = 0;
    const api = detailApi(current).on('POST', '/referrals/r-1/transitions', () => {
      calls += 1;
      if (calls === 1) return problem(503, 'UNAVAILABLE', '');
      current.value = referral({ status: 'accepted', version: 3, allowedActions: ['start', 'decline'] });
      return { body: current.value };
    });
    const { user } = renderApp('/rujukan/r-1');

    await user.click(await screen.findByRole('button', { name: 'Terima' }));
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Terima' }));
    expect(
      await screen.findByText('Terjadi gangguan pada server. Coba lagi beberapa saat lagi.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Terima' }));
    expect(await screen.findByText('Tersimpan: Terima.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Mulai layani' }));
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Mulai layani' }));
    await screen.findByText('Tersimpan: Mulai layani.');
    const keys = api.sent('POST', '/referrals/r-1/transitions').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('shows a stale version as changed by someone else and loads the current data', async () => {
    const current = { value: referral() };
    const api = detailApi(current).on('POST', '/referrals/r-1/transitions', () => {
      current.value = referral({
        status: 'declined',
        version: 3,
        allowedActions: [],
        declineReason: 'Bukan wilayah kami',
      });
      return problem(409, 'VERSION_CONFLICT', 'Versi data sudah berubah.');
    });
    const { user } = renderApp('/rujukan/r-1');

    await user.click(await screen.findByRole('button', { name: 'Terima' }));
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Terima' }));

    expect(await screen.findByText('Data sudah diubah orang lain, muat ulang.')).toBeTruthy();
    expect(await screen.findByText('Bukan wilayah kami')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Konfirmasi: Terima' })).toBeNull();
    expect(api.sent('GET', '/referrals/r-1').length).toBeGreaterThanOrEqual(2);
  });

  it('asks for the outcome before completing and for a reason before declining', async () => {
    const current = { value: referral({ status: 'in_progress', allowedActions: ['complete', 'decline'] }) };
    const api = detailApi(current).on('POST', '/referrals/r-1/transitions', (request) => {
      current.value = referral({ status: 'completed', version: 3, allowedActions: [], outcome: 'served' });
      return { body: { ...current.value, ...(request.body as object) } };
    });
    const { user } = renderApp('/rujukan/r-1');

    await user.click(await screen.findByRole('button', { name: 'Tolak' }));
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Tolak' }));
    const reason = screen.getByRole('textbox', { name: /Alasan/ });
    expect(reason.getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Selesaikan' }));
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Selesaikan' }));
    expect(await screen.findByText('Wajib diisi.')).toBeTruthy();
    expect(api.sent('POST', '/referrals/r-1/transitions')).toHaveLength(0);
    await user.click(screen.getByRole('radio', { name: 'Terlayani' }));
    await user.click(screen.getByRole('button', { name: 'Tambah dokumen' }));
    await user.type(screen.getByRole('textbox', { name: 'Nomor atau keterangan 1' }), '7303-LT-2026-0012');
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Selesaikan' }));
    const name = screen.getByRole('textbox', { name: 'Nama dokumen 1' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(api.sent('POST', '/referrals/r-1/transitions')).toHaveLength(0);
    await user.type(name, 'Akta kelahiran');
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Selesaikan' }));

    expect(await screen.findByText('Tersimpan: Selesaikan.')).toBeTruthy();
    expect(api.sent('POST', '/referrals/r-1/transitions')[0]?.body).toEqual({
      action: 'complete',
      version: 2,
      outcome: 'served',
      attachments: [{ name: 'Akta kelahiran', reference: '7303-LT-2026-0012' }],
    });
  });

  it('makes an automatic escalation visible in the timeline', async () => {
    const escalated = referral({
      status: 'escalated',
      tier: 3,
      allowedActions: [],
      timeline: [
        ...referral().timeline,
        {
          at: '2026-03-06T01:00:00Z',
          action: 'escalate',
          fromStatus: 'sent',
          toStatus: 'escalated',
          fromTier: 2,
          toTier: 3,
          actor: null,
          organisationName: null,
          note: null,
          reason: null,
          outcome: null,
          cause: 'accept_overdue',
          attachments: [],
        },
      ],
    });
    detailApi({ value: escalated });
    renderApp('/rujukan/r-1');

    const timeline = await screen.findByRole('region', { name: 'Riwayat rujukan' });
    expect(
      within(timeline).getByText('Naik dari Tingkat 2 (kabupaten) ke Tingkat 3 (tim bupati)'),
    ).toBeTruthy();
    expect(within(timeline).getByText('Sebab: Tidak diterima tepat waktu')).toBeTruthy();
    expect(within(timeline).getByText(/Sistem \(otomatis\)/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Tindakan' })).toBeNull();
  });

  it('lets tier-2 staff send an escalated referral on to another service', async () => {
    const current = {
      value: referral({ status: 'escalated', tier: 2, allowedActions: ['send', 'complete', 'cancel'] }),
    };
    const api = detailApi(current, 'petugas_upt')
      .on('GET', '/services', { body: { items: SERVICES } })
      .on('POST', '/referrals/r-1/transitions', () => {
        current.value = referral({ status: 'sent', version: 3, allowedActions: ['cancel'] });
        return { body: current.value };
      });
    const { user } = renderApp('/rujukan/r-1');

    await user.click(await screen.findByRole('button', { name: 'Kirim' }));
    const target = screen.getByRole('combobox', { name: 'Layanan tujuan' });
    await user.selectOptions(target, 'Pendaftaran PBI JKN — BPJS Kesehatan (Tingkat 2 (kabupaten))');
    await user.click(screen.getByRole('button', { name: 'Konfirmasi: Kirim' }));

    expect(await screen.findByText('Tersimpan: Kirim.')).toBeTruthy();
    expect(api.sent('POST', '/referrals/r-1/transitions')[0]?.body).toEqual({
      action: 'send',
      version: 2,
      serviceId: 's-pbi',
    });
  });
});

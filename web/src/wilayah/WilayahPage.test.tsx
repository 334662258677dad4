import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../test/fake-api.ts';
import { DESA, signIn } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

describe('desa clusters (administrator)', () => {
  it('changes the cluster of a desa and drops its provisional mark', async () => {
    const api = installFakeApi()
      .on('GET', '/wilayah/desa', { body: { items: DESA } })
      .on('GET', '/users', { body: { items: [] } })
      .on('PATCH', '/wilayah/desa/:code', (request) => ({
        body: {
          ...DESA.find((d) => d.code === request.params.code),
          ...(request.body as object),
          clusterProvisional: false,
        },
      }));
    signIn(api, 'admin');
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Klaster desa' }));
    const row = (await screen.findByRole('heading', { name: 'Bonto Jai' })).closest('li') as HTMLElement;
    expect(within(row).getByText('Sementara')).toBeTruthy();
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Klaster Bonto Jai' }), 'Pegunungan');
    await user.click(within(row).getByRole('button', { name: 'Simpan: Pegunungan' }));

    await waitFor(() => expect(within(row).queryByText('Sementara')).toBeNull());
    expect(
      (within(row).getByRole('combobox', { name: 'Klaster Bonto Jai' }) as HTMLSelectElement).value,
    ).toBe('pegunungan');
    expect(within(row).queryByRole('button')).toBeNull();
    expect(api.sent('PATCH', '/wilayah/desa/7303012008')[0]?.body).toEqual({ cluster: 'pegunungan' });
  });
});

import type { TFunction } from 'i18next';
import type { Address } from '../../api/types.ts';

/** "Dusun Borong, RT 001/RW 002, Jl. Poros" from the parts that are present. */
export function addressLine(address: Address, t: TFunction): string {
  const rtRw =
    address.rt || address.rw
      ? t('household.rtRw', 'RT {{rt}}/RW {{rw}}', { rt: address.rt || '–', rw: address.rw || '–' })
      : '';
  const dusun = address.dusun ? t('household.dusunName', 'Dusun {{name}}', { name: address.dusun }) : '';
  return [dusun, rtRw, address.text ?? ''].filter(Boolean).join(', ');
}

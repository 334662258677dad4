import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json' with { type: 'json' };
import id from '../i18n/id.json' with { type: 'json' };
import { REFERRAL_VOCAB, TIER_CODES } from './labels.ts';

type Catalogue = { [key: string]: string | Catalogue };

function lookup(catalogue: Catalogue, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Catalogue)[key] : undefined),
    catalogue,
  );
}

describe('referral labels', () => {
  it('labels every code of the intake and referral code lists in Indonesian and English', () => {
    const lists: Record<string, readonly (string | number)[]> = { ...REFERRAL_VOCAB, tier: TIER_CODES };
    for (const [list, codes] of Object.entries(lists)) {
      for (const code of codes) {
        for (const [name, catalogue] of [
          ['id', id],
          ['en', en],
        ] as const) {
          const label = lookup(catalogue, ['referralVocab', list, String(code)]);
          expect(typeof label === 'string' && label.length > 0, `${name} referralVocab.${list}.${code}`).toBe(
            true,
          );
        }
      }
    }
    expect(lookup(id, ['referralVocab', 'status', 'escalated'])).toBe('Dieskalasi');
    expect(lookup(en, ['referralVocab', 'channel', 'call_center_119'])).toBe('Call centre 119');
  });
});

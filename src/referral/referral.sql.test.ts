import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles.ts';
import type { DB } from '../db/schema.ts';
import { boardQueries } from './referral.read.ts';

// Compiles the board's queries without a database so their SQL stays reviewable in the snapshot
// (the indexes of migration 0003 are built for exactly these shapes).
const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const now = new Date('2026-11-23T04:00:00Z');
const manager: Actor = {
  id: 'm',
  username: 'm',
  role: 'manajer',
  scope: { kind: 'regency' },
  kabupatenCode: '7303',
};
const partner: Actor = {
  id: 'p',
  username: 'p',
  role: 'mitra',
  scope: { kind: 'organisation', organisation: '00000000-0000-4000-8000-000000000001' },
  kabupatenCode: '7303',
};
const facilitator: Actor = {
  id: 'f',
  username: 'f',
  role: 'fasilitator',
  scope: { kind: 'desa', desa: ['7303021001'] },
  kabupatenCode: '7303',
};

describe('referral board SQL', () => {
  it.each([
    ['manager, overdue', manager, { overdue: true }],
    ['manager, organisation and status', manager, { organisation: 'dukcapil', status: 'sent,accepted' }],
    ['partner, all', partner, {}],
    ['facilitator, tier', facilitator, { tier: 2 }],
  ] as const)('%s', (_name, actor, filters) => {
    const { page, count } = boardQueries(
      db,
      actor,
      { page: 2, pageSize: 25, overdue: undefined, ...filters },
      now,
    );
    expect({ page: page.compile().sql, count: count.compile().sql }).toMatchSnapshot();
  });

  it('refuses an unknown status with a field error', () => {
    expect(() =>
      boardQueries(db, manager, { page: 1, pageSize: 25, overdue: undefined, status: 'lost' }, now),
    ).toThrow('VALIDATION_FAILED');
  });
});

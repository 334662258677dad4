import type { ReferralQuery } from '../api/types.ts';

/** The board's filters, kept in the URL so "back" from a referral returns to the same list. */
export interface BoardFilters {
  status: string;
  tier: string;
  desa: string;
  organisation: string;
  overdue: boolean;
  page: number;
}

export const BOARD_PAGE_SIZE = 25;

export function readBoardFilters(params: URLSearchParams): BoardFilters {
  const page = Number(params.get('halaman') ?? '1');
  return {
    status: params.get('status') ?? '',
    tier: params.get('tingkat') ?? '',
    desa: params.get('desa') ?? '',
    organisation: params.get('penyedia') ?? '',
    overdue: params.get('terlambat') === '1',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writeBoardFilters(f: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.status) params.set('status', f.status);
  if (f.tier) params.set('tingkat', f.tier);
  if (f.desa) params.set('desa', f.desa);
  if (f.organisation) params.set('penyedia', f.organisation);
  if (f.overdue) params.set('terlambat', '1');
  if (f.page > 1) params.set('halaman', String(f.page));
  return params;
}

/** "open" is shorthand for every status that still needs work. */
export const OPEN_STATUSES = 'draft,sent,accepted,in_progress,escalated';

export function toReferralQuery(f: BoardFilters): ReferralQuery {
  const query: ReferralQuery = { page: f.page, pageSize: BOARD_PAGE_SIZE };
  if (f.status) query.status = f.status === 'open' ? OPEN_STATUSES : f.status;
  if (f.tier) query.tier = Number(f.tier);
  if (f.desa) query.desa = f.desa;
  if (f.organisation) query.organisation = f.organisation;
  if (f.overdue) query.overdue = 'true';
  return query;
}

import { describe, expect, it } from 'vitest';
import { activeDeadline, dueState } from './deadline.ts';

const now = new Date('2026-03-10T00:00:00Z');
const base = {
  status: 'sent' as const,
  acceptDueAt: '2026-03-13T00:00:00Z',
  completeDueAt: null,
  overdue: false,
};

describe('referral deadlines', () => {
  it('watches acceptance while sent and completion once accepted', () => {
    expect(activeDeadline(base)).toBe('2026-03-13T00:00:00Z');
    expect(activeDeadline({ ...base, status: 'accepted', completeDueAt: '2026-03-20T00:00:00Z' })).toBe(
      '2026-03-20T00:00:00Z',
    );
    expect(activeDeadline({ ...base, status: 'completed' })).toBeNull();
  });

  it('marks on time, due soon (two days) and overdue', () => {
    expect(dueState(base, now)).toBe('onTime');
    expect(dueState({ ...base, acceptDueAt: '2026-03-11T12:00:00Z' }, now)).toBe('dueSoon');
    expect(dueState({ ...base, acceptDueAt: '2026-03-09T00:00:00Z' }, now)).toBe('overdue');
    expect(dueState({ ...base, overdue: true }, now)).toBe('overdue');
    expect(dueState({ ...base, status: 'completed' }, now)).toBe('none');
  });
});

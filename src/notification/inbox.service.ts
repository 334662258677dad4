import { sql } from 'kysely';
import type { RequestContext } from '../audit/audit.repo.ts';
import { presentReferralSummary } from '../referral/referral.present.ts';
import { overdueCondition, referralInScope, referralRows } from '../referral/referral.repo.ts';
import type { AppDeps } from '../server/deps.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

const LIMIT = 20;
const DUE_SOON_MS = 2 * 86_400_000;

/**
 * The work inbox: for a partner its organisation's new, due-soon and overdue referrals; for the
 * referring side the outcomes of the referrals they sent (rujukan balik) and their late ones;
 * for UPT staff (tier 2) and the manager (tier 3) what was escalated to them. Plus notifications.
 */
export async function readInbox(deps: Deps, ctx: RequestContext) {
  const { actor } = ctx;
  const now = deps.clock.now();
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  const base = () => referralRows(deps.db).where(referralInScope(actor));
  const partner = actor.scope.kind === 'organisation';
  const coordinatorTiers = actor.role === 'manajer' ? [3] : actor.role === 'petugas_upt' ? [2] : [];
  const regencyWide = actor.role === 'petugas_upt' || actor.role === 'manajer';
  // Whose deadlines this user chases: a partner its organisation's, a coordinator all in scope, others their own.
  const mine = () => {
    const q = base();
    return partner || regencyWide ? q : q.where('referral.created_by', '=', actor.id);
  };
  const present = (rows: Awaited<ReturnType<ReturnType<typeof base>['execute']>>) =>
    rows.map((r) => presentReferralSummary(r, actor, now));

  const [fresh, dueSoon, overdue, escalated, feedback] = await Promise.all([
    partner
      ? base()
          .where('referral.status', '=', 'sent')
          .orderBy('referral.sent_at', 'desc')
          .limit(LIMIT)
          .execute()
      : Promise.resolve([]),
    mine()
      .where(
        sql<boolean>`((referral.status = 'sent' and referral.accept_due_at > ${now} and referral.accept_due_at <= ${soon})
          or (referral.status in ('accepted', 'in_progress') and referral.complete_due_at > ${now} and referral.complete_due_at <= ${soon}))`,
      )
      .orderBy(sql`coalesce(referral.complete_due_at, referral.accept_due_at)`)
      .limit(LIMIT)
      .execute(),
    mine().where(overdueCondition(now)).orderBy('referral.updated_at').limit(LIMIT).execute(),
    coordinatorTiers.length > 0
      ? base()
          .where('referral.status', '=', 'escalated')
          .where('referral.tier', 'in', coordinatorTiers)
          .orderBy('referral.escalated_at', 'desc')
          .limit(LIMIT)
          .execute()
      : Promise.resolve([]),
    partner
      ? Promise.resolve([])
      : base()
          .where('referral.created_by', '=', actor.id)
          .where('referral.status', 'in', ['accepted', 'in_progress', 'completed', 'declined', 'escalated'])
          .orderBy('referral.updated_at', 'desc')
          .limit(LIMIT)
          .execute(),
  ]);

  let notes = deps.db
    .selectFrom('notification')
    .leftJoin('referral', 'referral.id', 'notification.referral_id')
    .where('notification.kabupaten_code', '=', actor.kabupatenCode)
    .where((eb) => {
      const mineToo = [eb('notification.user_id', '=', actor.id)];
      if (partner)
        mineToo.push(
          eb(
            'notification.organisation_id',
            '=',
            actor.scope.kind === 'organisation' ? actor.scope.organisation : '',
          ),
        );
      if (coordinatorTiers.length > 0) mineToo.push(eb('notification.tier', 'in', coordinatorTiers));
      return eb.or(mineToo);
    });
  const unread = await notes
    .where('notification.read_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  notes = notes.orderBy('notification.created_at', 'desc').orderBy('notification.id').limit(LIMIT);
  const notifications = await notes
    .select([
      'notification.id',
      'notification.kind',
      'notification.referral_id',
      'notification.payload',
      'notification.created_at',
      'notification.read_at',
      'referral.number',
      'referral.status',
    ])
    .execute();

  return {
    new: present(fresh),
    dueSoon: present(dueSoon),
    overdue: present(overdue),
    escalated: present(escalated),
    feedback: present(feedback),
    notifications: notifications.map((n) => ({
      id: n.id,
      kind: n.kind,
      referralId: n.referral_id,
      referralNumber: n.number ?? null,
      status: n.status ?? null,
      createdAt: new Date(n.created_at).toISOString(),
      readAt: n.read_at ? new Date(n.read_at).toISOString() : null,
    })),
    unread: Number(unread.n),
  };
}

/** Marks the user's own notifications (or their organisation's/tier's) as read. */
export async function markNotificationsRead(deps: Deps, ctx: RequestContext, ids: string[]) {
  if (ids.length === 0) return { updated: 0 };
  const { actor } = ctx;
  const result = await deps.db
    .updateTable('notification')
    .set({ read_at: deps.clock.now() })
    .where('id', 'in', ids)
    .where('read_at', 'is', null)
    .where('kabupaten_code', '=', actor.kabupatenCode)
    .where((eb) =>
      eb.or([
        eb('user_id', '=', actor.id),
        ...(actor.scope.kind === 'organisation'
          ? [eb('organisation_id', '=', actor.scope.organisation)]
          : []),
        ...(actor.role === 'petugas_upt' ? [eb('tier', '=', 2)] : []),
        ...(actor.role === 'manajer' ? [eb('tier', '=', 3)] : []),
      ]),
    )
    .executeTakeFirst();
  return { updated: Number(result.numUpdatedRows) };
}

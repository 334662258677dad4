import { useTranslation } from 'react-i18next';
import type { Inbox, ReferralSummary } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ReferralCards } from '../referral/ReferralCards.tsx';
import { ErrorAlert, Loading } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { BOXES, type Box, getInbox } from './inbox.api.ts';
import { Notifications } from './Notifications.tsx';

/** `/kotak-masuk`: work waiting for me: overdue, due soon, new, escalated to me, and feedback. */
export function InboxPage() {
  const { t } = useTranslation();
  const inbox = useResource('inbox', getInbox);
  const title = t('inbox.title', 'Kotak masuk');
  useDocumentTitle(title);
  const headings: Record<Box, string> = {
    overdue: t('inbox.overdue', 'Terlambat'),
    dueSoon: t('inbox.dueSoon', 'Segera jatuh tempo'),
    new: t('inbox.new', 'Rujukan baru'),
    escalated: t('inbox.escalated', 'Dieskalasi ke saya'),
    feedback: t('inbox.feedback', 'Rujukan balik (hasil layanan)'),
  };
  const empty: Record<Box, string> = {
    overdue: t('inbox.emptyOverdue', 'Tidak ada yang terlambat.'),
    dueSoon: t('inbox.emptyDueSoon', 'Tidak ada yang segera jatuh tempo.'),
    new: t('inbox.emptyNew', 'Tidak ada rujukan baru.'),
    escalated: t('inbox.emptyEscalated', 'Tidak ada eskalasi untuk Anda.'),
    feedback: t('inbox.emptyFeedback', 'Belum ada rujukan balik.'),
  };
  return (
    <section className="page">
      <h1>{title}</h1>
      {inbox.error ? <ErrorAlert error={inbox.error} onRetry={inbox.reload} /> : null}
      {!inbox.data && !inbox.error ? <Loading /> : null}
      {inbox.data
        ? BOXES.map((box) => (
            <InboxSection
              key={box}
              id={`inbox-${box}`}
              heading={headings[box]}
              empty={empty[box]}
              items={(inbox.data as Inbox)[box]}
            />
          ))
        : null}
      {inbox.data ? <Notifications items={inbox.data.notifications} onRead={inbox.reload} /> : null}
    </section>
  );
}

function InboxSection(props: { id: string; heading: string; empty: string; items: ReferralSummary[] }) {
  return (
    <section aria-labelledby={props.id} className="section">
      <h2 id={props.id}>
        {props.heading} <span className="count">({props.items.length})</span>
      </h2>
      {props.items.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ReferralCards items={props.items} />
      )}
    </section>
  );
}

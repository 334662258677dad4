import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonServices, ReferralSummary } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorAlert, Loading } from '../ui/status.tsx';
import { ReferralCards } from './ReferralCards.tsx';
import { getPersonServices } from './referral.api.ts';

/**
 * Services of the household's members (received, pending, refused). Each member's list loads only
 * when asked for, so the profile stays light on a weak connection.
 */
export function HouseholdServices({ members }: { members: Person[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="services-heading" className="section">
      <h2 id="services-heading">{t('referral.services.title', 'Layanan dan rujukan')}</h2>
      <ul className="results">
        {members.map((m) => (
          <li key={m.id} className="card">
            <MemberServices person={m} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MemberServices({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = `services-${person.id}`;
  return (
    <>
      <button
        type="button"
        className="button button-quiet button-block"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('referral.services.of', 'Layanan untuk {{name}}', { name: person.fullName })}
      </button>
      <div id={panelId} hidden={!open}>
        {open ? <ServicesList personId={person.id} /> : null}
      </div>
    </>
  );
}

function ServicesList({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const services = useResource(`person-services/${personId}`, (signal) =>
    getPersonServices(personId, signal),
  );
  if (services.error) return <ErrorAlert error={services.error} onRetry={services.reload} />;
  if (!services.data) return <Loading />;
  const groups: [keyof PersonServices, string, string][] = [
    [
      'received',
      t('referral.services.received', 'Sudah diterima'),
      t('referral.services.noneReceived', 'Belum ada.'),
    ],
    [
      'pending',
      t('referral.services.pending', 'Sedang diproses'),
      t('referral.services.nonePending', 'Tidak ada.'),
    ],
    [
      'refused',
      t('referral.services.refused', 'Ditolak atau dibatalkan'),
      t('referral.services.noneRefused', 'Tidak ada.'),
    ],
  ];
  return (
    <>
      {groups.map(([key, heading, empty]) => {
        const items: ReferralSummary[] = services.data?.[key] ?? [];
        return (
          <section key={key} aria-label={heading}>
            <h3>
              {heading} ({items.length})
            </h3>
            {items.length === 0 ? <p className="muted">{empty}</p> : <ReferralCards items={items} />}
          </section>
        );
      })}
    </>
  );
}

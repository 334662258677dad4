import { useTranslation } from 'react-i18next';
import type { ReferralPerson } from '../api/types.ts';
import { formatDate } from '../registry/format.ts';
import { vocabLabel } from '../registry/labels.ts';

/** The person as this user may see them: a provider gets only the fields its service lists. */
export function ReferralPersonFacts({ person }: { person: ReferralPerson }) {
  const { t, i18n } = useTranslation();
  const rows: [string, string][] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value) rows.push([label, value]);
  };
  add(t('referral.person.name', 'Nama'), person.fullName);
  add(t('person.nik', 'NIK'), person.nik);
  add(t('referral.person.kk', 'No. KK'), person.kk);
  if (person.sex) add(t('person.sex', 'Jenis kelamin'), vocabLabel(t, 'sex', person.sex));
  if (person.birthDate)
    add(
      t('person.birth', 'Lahir'),
      [person.birthPlace, formatDate(person.birthDate, i18n.language)].filter(Boolean).join(', '),
    );
  else if (person.birthYear) add(t('referral.person.birthYear', 'Tahun lahir'), String(person.birthYear));
  add(t('referral.person.address', 'Alamat'), person.address);
  if (person.disability)
    add(
      t('person.disability', 'Disabilitas'),
      [
        vocabLabel(t, 'disabilityType', person.disability.type),
        vocabLabel(t, 'disabilitySeverity', person.disability.severity),
      ]
        .filter(Boolean)
        .join(', '),
    );
  if (person.insurance)
    add(
      t('referral.person.insurance', 'Jaminan kesehatan'),
      [
        vocabLabel(t, 'insuranceStatus', person.insurance.status),
        vocabLabel(t, 'insuranceType', person.insurance.type),
      ]
        .filter(Boolean)
        .join(', '),
    );
  if (person.documents) {
    const held = [
      person.documents.ktp ? t('referral.person.ktp', 'KTP') : '',
      person.documents.kk ? t('referral.person.kkCard', 'KK') : '',
      person.documents.birthCertificate ? t('referral.person.birthCertificate', 'Akta kelahiran') : '',
    ].filter(Boolean);
    add(
      t('referral.person.documents', 'Dokumen yang dimiliki'),
      held.length > 0 ? held.join(', ') : t('common.none', 'Tidak ada'),
    );
  }
  return (
    <dl className="facts facts-compact card">
      {rows.map(([label, value]) => (
        <div key={label} className="facts-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {person.registered ? null : (
        <div className="facts-row">
          <dt>{t('referral.person.registry', 'Registri')}</dt>
          <dd>{t('referral.person.unregistered', 'Belum terdaftar')}</dd>
        </div>
      )}
    </dl>
  );
}

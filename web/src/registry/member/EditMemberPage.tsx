import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Person } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { TextField } from '../../ui/fields.tsx';
import { ErrorAlert, FormSummary, Loading } from '../../ui/status.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useFormSubmission } from '../../ui/use-form.ts';
import { getPerson, updatePerson } from '../registry.api.ts';
import { MemberFieldset } from './MemberFieldset.tsx';
import { memberChanges, memberFieldKey, memberFromPerson, validateMember } from './member-form.ts';

/** `/keluarga/:id/anggota/:personId/ubah`: correct a member's data (optimistic locking by version). */
export function EditMemberPage() {
  const { t } = useTranslation();
  const { id = '', personId = '' } = useParams();
  const person = useResource(`person/${personId}`, (signal) => getPerson(personId, signal));
  const [conflicts, setConflicts] = useState(0);
  const conflictRef = useRef<HTMLDivElement>(null);
  const title = t('editMember.title', 'Ubah data anggota');
  useDocumentTitle(title);
  const version = person.data?.version;

  // Someone else saved first: the stored data is loaded again and the notice takes the focus.
  useEffect(() => {
    if (conflicts > 0 && version !== undefined) conflictRef.current?.focus();
  }, [conflicts, version]);

  if (person.error) return <ErrorAlert error={person.error} onRetry={person.reload} />;
  if (!person.data) return <Loading />;
  const onConflict = () => {
    setConflicts((n) => n + 1);
    person.reload();
  };
  return (
    <>
      {conflicts > 0 ? (
        <div ref={conflictRef} tabIndex={-1} role="alert" className="alert alert-warning page-alert">
          {t(
            'editMember.conflict',
            'Data sudah diubah orang lain, muat ulang. Formulir ini sekarang berisi data terbaru; periksa lalu simpan lagi.',
          )}
        </div>
      ) : null}
      {/* A new version (after a conflict) starts a fresh form from the stored data. */}
      <EditMemberForm
        key={`${person.data.id}:${person.data.version}`}
        person={person.data}
        householdId={id}
        title={title}
        onConflict={onConflict}
      />
    </>
  );
}

interface FormProps {
  person: Person;
  householdId: string;
  title: string;
  onConflict: () => void;
}

function EditMemberForm({ person, householdId, title, onConflict }: FormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [original] = useState(() => memberFromPerson(person));
  const [draft, setDraft] = useState(original);
  const [reason, setReason] = useState('');
  const form = useFormSubmission();
  const profile = `/keluarga/${encodeURIComponent(householdId)}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const changes = memberChanges(original, draft);
    if (Object.keys(changes).length === 0) {
      navigate(profile);
      return;
    }
    void form.submit({
      validate: () => validateMember(draft, t),
      send: () =>
        updatePerson(person.id, { ...changes, version: person.version, reason: reason.trim() || undefined }),
      fieldKey: memberFieldKey,
      onSuccess: () => navigate(profile, { state: { flash: 'memberUpdated' } }),
      onFailure: (error) => {
        if (error.code !== 'VERSION_CONFLICT') return undefined;
        onConflict();
        return t('editMember.reloading', 'Memuat data terbaru…');
      },
    });
  }

  return (
    <section className="page">
      <p className="eyebrow">
        <Link to={profile}>{t('editMember.back', 'Kembali ke profil keluarga')}</Link>
      </p>
      <h1>{title}</h1>
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <MemberFieldset
          idPrefix="member-"
          legend={person.fullName}
          draft={draft}
          onChange={setDraft}
          errors={form.errors}
          relationChoice="any"
        />
        <TextField
          id="member-reason"
          label={t('editMember.reason', 'Alasan perubahan')}
          hint={t('editMember.reasonHint', 'Dicatat di riwayat, misalnya "sesuai KK terbaru".')}
          value={reason}
          onChange={setReason}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {form.submitting ? t('common.saving', 'Menyimpan…') : t('editMember.submit', 'Simpan perubahan')}
          </button>
          <Link to={profile} className="button button-quiet">
            {t('common.cancel', 'Batal')}
          </Link>
        </div>
      </form>
    </section>
  );
}

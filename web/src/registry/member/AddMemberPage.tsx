import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Household } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorAlert, FormSummary, Loading } from '../../ui/status.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useFormSubmission } from '../../ui/use-form.ts';
import { addMember, getHousehold } from '../registry.api.ts';
import { MemberFieldset } from './MemberFieldset.tsx';
import { emptyMember, memberFieldKey, toMemberInput, validateMember } from './member-form.ts';

/** `/keluarga/:id/anggota/baru`: add a person to an existing household. */
export function AddMemberPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const household = useResource(`household/${id}`, (signal) => getHousehold(id, signal));
  const title = t('addMember.title', 'Tambah anggota keluarga');
  useDocumentTitle(title);

  if (household.error) return <ErrorAlert error={household.error} onRetry={household.reload} />;
  if (!household.data) return <Loading />;
  return <AddMemberForm household={household.data} title={title} />;
}

function AddMemberForm({ household, title }: { household: Household; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => emptyMember());
  const form = useFormSubmission();
  const head = household.members.find((m) => m.relation === 'kepala_keluarga');
  const profile = `/keluarga/${encodeURIComponent(household.id)}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.submit({
      validate: () => validateMember(draft, t),
      send: () => addMember(household.id, toMemberInput(draft)),
      fieldKey: memberFieldKey,
      onSuccess: () => navigate(profile, { state: { flash: 'memberAdded' } }),
    });
  }

  return (
    <section className="page">
      <p className="eyebrow">
        <Link to={profile}>
          {head
            ? t('addMember.familyOf', 'Keluarga {{name}}', { name: head.fullName })
            : t('household.title', 'Profil keluarga')}
        </Link>
        {household.kk ? ` · ${t('household.kk', 'No. KK')} ${household.kk}` : ''}
      </p>
      <h1>{title}</h1>
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <MemberFieldset
          idPrefix="member-"
          legend={t('addMember.legend', 'Data anggota baru')}
          draft={draft}
          onChange={setDraft}
          errors={form.errors}
          relationChoice={head ? 'other' : 'any'}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {form.submitting ? t('common.saving', 'Menyimpan…') : t('addMember.submit', 'Simpan anggota')}
          </button>
          <Link to={profile} className="button button-quiet">
            {t('common.cancel', 'Batal')}
          </Link>
        </div>
      </form>
    </section>
  );
}

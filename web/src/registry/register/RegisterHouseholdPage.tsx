import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert, FormSummary, Loading } from '../../ui/status.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { errorsUnder, useFormSubmission } from '../../ui/use-form.ts';
import { useDesaList } from '../../wilayah/wilayah.api.ts';
import { MemberFieldset } from '../member/MemberFieldset.tsx';
import { emptyMember, type MemberDraft } from '../member/member-form.ts';
import { registerHousehold } from '../registry.api.ts';
import { HouseholdFields } from './HouseholdFields.tsx';
import {
  emptyHousehold,
  type HouseholdDraft,
  householdFieldKey,
  toHouseholdInput,
  validateHousehold,
} from './household-form.ts';

/** `/keluarga/baru`: register a household with its members, the head first. */
export function RegisterHouseholdPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const desaList = useDesaList();
  const [stored, setDraft] = useState<HouseholdDraft>(() => emptyHousehold());
  const form = useFormSubmission();
  const focusMember = useRef<string | null>(null);
  const title = t('register.title', 'Daftarkan keluarga');
  useDocumentTitle(title);

  const inScope = (desaList.data?.items ?? []).filter((d) => d.inScope);
  // A facilitator of one desa should not have to pick it.
  const onlyDesa = inScope.length === 1 ? (inScope[0]?.code ?? '') : '';
  const draft = stored.desa || !onlyDesa ? stored : { ...stored, desa: onlyDesa };

  // After "add member", put the cursor in the new member's first field.
  useEffect(() => {
    if (!focusMember.current) return;
    document.getElementById(focusMember.current)?.focus();
    focusMember.current = null;
  });

  if (desaList.error) return <ErrorAlert error={desaList.error} onRetry={desaList.reload} />;
  if (!desaList.data) return <Loading />;

  const setMember = (index: number, member: MemberDraft) =>
    setDraft((d) => ({ ...d, members: d.members.map((m, i) => (i === index ? member : m)) }));
  const addMember = () => {
    focusMember.current = `hh-members-${draft.members.length}-nik`;
    setDraft((d) => ({ ...d, members: [...d.members, emptyMember()] }));
  };
  const removeMember = (index: number) => {
    form.clearErrors();
    setDraft((d) => ({ ...d, members: d.members.filter((_, i) => i !== index) }));
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.submit({
      validate: () => validateHousehold(draft, t),
      send: () => registerHousehold(toHouseholdInput(draft)),
      fieldKey: householdFieldKey,
      onSuccess: (household) =>
        navigate(`/keluarga/${encodeURIComponent(household.id)}`, { state: { flash: 'registered' } }),
    });
  }

  if (inScope.length === 0) {
    return (
      <section className="page">
        <h1>{title}</h1>
        <p className="alert alert-info">
          {t('register.noScope', 'Akun Anda tidak punya desa tempat Anda boleh mendaftarkan keluarga.')}
        </p>
      </section>
    );
  }

  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="lead">{t('register.lead', 'Isi sesuai Kartu Keluarga. Tanda * berarti wajib diisi.')}</p>
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <HouseholdFields draft={draft} onChange={setDraft} errors={form.errors} desa={inScope} />
        <h2>{t('register.members', 'Anggota keluarga')}</h2>
        {draft.members.map((member, index) => (
          <MemberFieldset
            key={member.key}
            idPrefix={`hh-members-${index}-`}
            legend={
              index === 0
                ? t('register.headLegend', 'Anggota 1: kepala keluarga')
                : t('register.memberLegend', 'Anggota {{number}}', { number: index + 1 })
            }
            draft={member}
            onChange={(m) => setMember(index, m)}
            errors={errorsUnder(form.errors, `members.${index}.`)}
            relationChoice={index === 0 ? 'head' : 'other'}
            onRemove={index === 0 ? undefined : () => removeMember(index)}
            removeLabel={t('register.removeMember', 'Hapus anggota {{number}}', { number: index + 1 })}
          />
        ))}
        <button type="button" className="button button-secondary" onClick={addMember}>
          {t('register.addMember', 'Tambah anggota')}
        </button>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {form.submitting ? t('common.saving', 'Menyimpan…') : t('register.submit', 'Simpan keluarga')}
          </button>
        </div>
      </form>
    </section>
  );
}

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { Assessment, AssessmentForm, IndicatorSet } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { todayIso } from '../registry/format.ts';
import { FormSummary, LoadFailedPage, Loading, Notice } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { type FieldErrors, useFormSubmission } from '../ui/use-form.ts';
import { AnswerControl } from './AnswerControl.tsx';
import { AssessmentResult } from './AssessmentResult.tsx';
import { draftKey, forgetStaleDrafts, usePersistentDraft } from './answer-draft.ts';
import {
  answerField,
  assessmentFieldKey,
  firstErrorStep,
  toAnswers,
  validateAnswer,
  validateAnswers,
} from './answer-form.ts';
import { createAssessment, getAssessmentForm } from './assessment.api.ts';
import { LocationConsent } from './LocationConsent.tsx';
import { localized } from './labels.tsx';
import { ReviewList } from './ReviewList.tsx';

/** `/keluarga/:id/penilaian/baru`: assess a household, one indicator per step, then a review. */
export function AssessmentFormPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const form = useResource(`assessment-form/${id}`, (signal) => getAssessmentForm(id, signal));
  const usable = form.data?.forms.map((f) => draftKey(id, f.set.id, f.set.version)).join('|');
  useEffect(() => {
    if (usable !== undefined) forgetStaleDrafts(id, usable.split('|'));
  }, [id, usable]);
  const [saved, setSaved] = useState<Assessment | null>(null);
  const title = t('assessment.title', 'Penilaian kesejahteraan');
  useDocumentTitle(title);
  const back = `/keluarga/${encodeURIComponent(id)}`;

  if (form.error) {
    return (
      <LoadFailedPage
        title={title}
        error={form.error}
        notFoundMessage={t(
          'household.notFound',
          'Keluarga tidak ditemukan, atau berada di luar wilayah kerja Anda.',
        )}
        onRetry={form.reload}
      />
    );
  }
  if (!form.data) return <Loading />;
  if (saved) {
    return (
      <section className="page">
        <Notice>{t('assessment.saved', 'Penilaian tersimpan.')}</Notice>
        <FocusedHeading text={t('assessment.resultTitle', 'Hasil penilaian')} />
        <AssessmentResult assessment={saved} headingLevel={2} itemsOpen />
        <p>
          <Link to={back} className="button button-secondary">
            {t('assessment.backToHousehold', 'Kembali ke profil keluarga')}
          </Link>
        </p>
      </section>
    );
  }

  const { forms } = form.data;
  const chosen =
    forms.find((f) => f.set.id === params.get('set')) ?? (forms.length === 1 ? forms[0] : undefined);
  return (
    <section className="page page-narrow">
      <p className="eyebrow">
        <Link to={back}>
          {t('assessment.householdOf', 'Keluarga di {{desa}}', { desa: form.data.household.desaName })}
        </Link>
      </p>
      <h1>{title}</h1>
      {!form.data.abilities.assess ? (
        <p className="alert alert-info">
          {t('assessment.notAllowed', 'Akun Anda tidak dapat menilai keluarga ini.')}
        </p>
      ) : forms.length === 0 ? (
        <p className="alert alert-info">
          {t('assessment.noSet', 'Belum ada set indikator aktif untuk klaster desa ini.')}
        </p>
      ) : chosen ? (
        <AssessmentStepper householdId={id} set={chosen.set} previous={chosen.previous} onSaved={setSaved} />
      ) : (
        <SetChooser forms={forms} language={i18n.language} />
      )}
    </section>
  );
}

/** The result page's heading, focused when it appears so screen readers start there. */
function FocusedHeading({ text }: { text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {text}
    </h1>
  );
}

function SetChooser({ forms, language }: { forms: AssessmentForm['forms']; language: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="lead">{t('assessment.chooseSet', 'Pilih set indikator yang dipakai:')}</p>
      <ul className="results">
        {forms.map(({ set }) => (
          <li key={set.id} className="card">
            <Link to={`?set=${encodeURIComponent(set.id)}`} className="button button-secondary button-block">
              {localized(set.definition.name, language)} (
              {t('assessment.questionCount', '{{count}} pertanyaan', {
                count: set.definition.indicators.length,
              })}
              )
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

interface StepperProps {
  householdId: string;
  set: IndicatorSet;
  previous: AssessmentForm['forms'][number]['previous'];
  onSaved: (assessment: Assessment) => void;
}

function AssessmentStepper({ householdId, set, previous, onSaved }: StepperProps) {
  const { t, i18n } = useTranslation();
  const { draft, update, clear } = usePersistentDraft(draftKey(householdId, set.id, set.version));
  const submission = useFormSubmission();
  const [stepErrors, setStepErrors] = useState<FieldErrors>({});
  const stepHeading = useRef<HTMLParagraphElement>(null);
  const indicators = set.definition.indicators;
  const total = indicators.length;
  const step = Math.min(Math.max(draft.step, 0), total);
  const reviewing = step === total;
  const indicator = reviewing ? undefined : indicators[step];
  const errors = { ...submission.errors, ...stepErrors };
  const moved = useRef(false);

  // After moving between steps, start reading at the progress line.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose each time the step changes
  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
    moved.current = false;
  }, [step]);

  const goTo = (next: number) => {
    moved.current = true;
    setStepErrors({});
    update((d) => ({ ...d, step: next }));
  };
  const setAnswer = (code: string, value: string) => {
    setStepErrors({});
    update((d) => ({ ...d, answers: { ...d.answers, [code]: value } }));
  };
  const usePrevious = () => {
    if (!previous) return;
    const answers: Record<string, string> = {};
    for (const [code, value] of Object.entries(previous.answers)) {
      if (value !== null) answers[code] = String(value);
    }
    update((d) => ({ ...d, answers }));
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (indicator) {
      const problem = validateAnswer(indicator, draft.answers[indicator.key], t);
      if (problem) {
        setStepErrors({ [problem.field]: problem });
        // Let the field announce its error: focus it once it is marked invalid.
        requestAnimationFrame(() =>
          submission.formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        );
        return;
      }
      goTo(step + 1);
      return;
    }
    const clientErrors = validateAnswers(indicators, draft.answers, t);
    const firstInvalid = firstErrorStep(indicators, Object.keys(clientErrors));
    if (firstInvalid >= 0) {
      goTo(firstInvalid);
      setStepErrors(clientErrors);
      return;
    }
    void submission.submit({
      validate: () => ({}),
      send: () =>
        createAssessment(householdId, {
          setId: set.id,
          assessedOn: todayIso(),
          answers: toAnswers(indicators, draft.answers),
          latitude: draft.latitude,
          longitude: draft.longitude,
        }),
      fieldKey: (field) => assessmentFieldKey(indicators, field),
      onSuccess: (assessment) => {
        clear();
        onSaved(assessment);
      },
      onFailure: (error) => {
        const fields = error.problems.map((p) => assessmentFieldKey(indicators, p.field) ?? '');
        const at = firstErrorStep(indicators, fields);
        if (at >= 0) update((d) => ({ ...d, step: at }));
        return undefined;
      },
    });
  }

  const answered = indicators.filter((i) => (draft.answers[i.key] ?? '') !== '').length;
  return (
    <>
      <p className="muted">
        {localized(set.definition.name, i18n.language)} ·{' '}
        {t('assessment.result.version', 'versi {{version}}', { version: set.version })}
        {set.definition.example ? ` · ${t('indicators.example', 'Contoh, belum resmi')}` : ''}
      </p>
      <FormSummary summary={submission.summary} summaryRef={submission.summaryRef} />
      <p ref={stepHeading} tabIndex={-1} className="step-progress" id="step-progress">
        {reviewing
          ? t('assessment.reviewProgress', 'Periksa jawaban ({{answered}} dari {{total}} dijawab)', {
              answered,
              total,
            })
          : t('assessment.progress', 'Pertanyaan {{current}} dari {{total}}', { current: step + 1, total })}
      </p>
      <progress max={total} value={reviewing ? total : step} aria-labelledby="step-progress" />
      <form ref={submission.formRef} onSubmit={onSubmit} noValidate className="form">
        {indicator ? (
          <>
            {step === 0 && previous && answered === 0 ? (
              <button type="button" className="button button-quiet" onClick={usePrevious}>
                {t('assessment.usePrevious', 'Isi dengan jawaban penilaian terakhir')}
              </button>
            ) : null}
            <AnswerControl
              key={indicator.key}
              indicator={indicator}
              number={step + 1}
              value={draft.answers[indicator.key] ?? ''}
              onChange={(v) => setAnswer(indicator.key, v)}
              error={errors[answerField(indicator.key)]}
            />
            <div className="form-actions step-actions">
              {step > 0 ? (
                <button type="button" className="button button-secondary" onClick={() => goTo(step - 1)}>
                  {t('assessment.previous', 'Sebelumnya')}
                </button>
              ) : null}
              <button type="submit" className="button button-primary">
                {step === total - 1
                  ? t('assessment.toReview', 'Periksa jawaban')
                  : t('assessment.next', 'Berikutnya')}
              </button>
            </div>
          </>
        ) : (
          <>
            <h2 id="review-heading">{t('assessment.reviewTitle', 'Periksa sebelum menyimpan')}</h2>
            <ReviewList indicators={indicators} answers={draft.answers} errors={errors} onEdit={goTo} />
            <LocationConsent
              latitude={draft.latitude}
              longitude={draft.longitude}
              onChange={(latitude, longitude) => update((d) => ({ ...d, latitude, longitude }))}
              error={errors.location}
            />
            <div className="form-actions step-actions">
              <button type="button" className="button button-secondary" onClick={() => goTo(total - 1)}>
                {t('assessment.previous', 'Sebelumnya')}
              </button>
              <button type="submit" className="button button-primary" disabled={submission.submitting}>
                {submission.submitting
                  ? t('common.saving', 'Menyimpan…')
                  : t('assessment.submit', 'Simpan penilaian')}
              </button>
            </div>
            <p className="hint">
              {t(
                'assessment.keptHint',
                'Jawaban tersimpan di ponsel ini sampai penilaian berhasil disimpan.',
              )}
            </p>
          </>
        )}
      </form>
    </>
  );
}

import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.ts';
import { IdempotencyKeys } from '../api/idempotency.ts';
import type { Outcome, Referral, ReferralAction, TransitionInput } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { RadioGroup, SelectField, TextAreaField } from '../ui/fields.tsx';
import { FormSummary } from '../ui/status.tsx';
import { type FieldErrors, useFormSubmission } from '../ui/use-form.ts';
import {
  type AttachmentDraft,
  AttachmentFields,
  toAttachments,
  validateAttachments,
} from './AttachmentFields.tsx';
import { REFERRAL_VOCAB, referralLabel } from './labels.ts';
import { listServices, transitionReferral } from './referral.api.ts';

/** Actions that must say why. */
const NEEDS_REASON: ReadonlySet<ReferralAction> = new Set(['decline', 'cancel', 'escalate']);

interface Props {
  referral: Referral;
  onDone: (referral: Referral, action: ReferralAction) => void;
  onConflict: () => void;
}

/**
 * The actions the signed-in user may take now (as the server lists them). Each sends the version
 * that was read and an `Idempotency-Key`: the same key again when the user retries after a broken
 * connection, a fresh one for every new action.
 */
export function TransitionPanel({ referral, onDone, onConflict }: Props) {
  const { t } = useTranslation();
  const [action, setAction] = useState<ReferralAction | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [conflicted, setConflicted] = useState(false);
  const [serviceId, setServiceId] = useState('');
  const [attachments, setAttachments] = useState<AttachmentDraft[]>([]);
  // An escalated referral may be sent on to another service (re-routed at the higher tier).
  const reroute = action === 'send' && referral.status === 'escalated';
  const services = useResource(reroute ? 'services' : null, listServices);
  const keys = useRef(new IdempotencyKeys());
  const form = useFormSubmission();

  if (referral.allowedActions.length === 0 && !conflicted) return null;

  function choose(next: ReferralAction) {
    setAction(next);
    setNote('');
    setReason('');
    setOutcome('');
    setServiceId('');
    setAttachments([]);
    setConflicted(false);
    form.clearErrors();
  }

  function validate(chosen: ReferralAction): FieldErrors {
    const errors: FieldErrors = {};
    const required = (field: string) => ({
      code: 'REQUIRED',
      field,
      detail: t('validation.required', 'Wajib diisi.'),
    });
    if (NEEDS_REASON.has(chosen) && !reason.trim()) errors.reason = required('reason');
    if (chosen === 'complete' && !outcome) errors.outcome = required('outcome');
    return { ...errors, ...validateAttachments(attachments, t('validation.required', 'Wajib diisi.')) };
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!action) return;
    const chosen = action;
    const input: TransitionInput = { action: chosen, version: referral.version };
    if (note.trim()) input.note = note.trim();
    if (NEEDS_REASON.has(chosen)) input.reason = reason.trim();
    if (chosen === 'complete') input.outcome = outcome as Outcome;
    if (reroute && serviceId && serviceId !== referral.service.id) input.serviceId = serviceId;
    const documents = toAttachments(attachments);
    if (documents.length > 0) input.attachments = documents;
    void form.submit({
      validate: () => validate(chosen),
      send: async () => {
        const key = keys.current.keyFor(JSON.stringify([referral.id, input]));
        try {
          const result = await transitionReferral(referral.id, input, key);
          keys.current.settle();
          return result;
        } catch (error) {
          keys.current.settle(error);
          throw error;
        }
      },
      fieldKey: (field) =>
        ['note', 'reason', 'outcome', 'serviceId'].includes(field) || field.startsWith('attachments.')
          ? field
          : undefined,
      onSuccess: (updated) => {
        setAction(null);
        onDone(updated, chosen);
      },
      onFailure: (error: ApiError) => {
        if (error.status !== 409) return undefined;
        setConflicted(true);
        setAction(null);
        onConflict();
        return t('referral.conflict', 'Data sudah diubah orang lain, muat ulang.');
      },
    });
  }

  return (
    <section aria-labelledby="actions-heading" className="section card">
      <h2 id="actions-heading">{t('referral.actions.title', 'Tindakan')}</h2>
      <div className="action-buttons">
        {referral.allowedActions.map((a) => (
          <button
            key={a}
            type="button"
            className={`button ${a === action ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={a === action}
            onClick={() => choose(a)}
          >
            {referralLabel(t, 'action', a)}
          </button>
        ))}
      </div>
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      {conflicted ? (
        <button type="button" className="button button-secondary" onClick={onConflict}>
          {t('referral.reload', 'Muat ulang')}
        </button>
      ) : null}
      {action ? (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form transition-form">
          {action === 'complete' ? (
            <RadioGroup
              id="transition-outcome"
              name="outcome"
              label={t('referral.actions.outcome', 'Hasil layanan (rujukan balik)')}
              required
              value={outcome}
              onChange={setOutcome}
              options={REFERRAL_VOCAB.outcome.map((o) => ({
                value: o,
                label: referralLabel(t, 'outcome', o),
              }))}
              error={form.errors.outcome}
            />
          ) : null}
          {reroute ? (
            <SelectField
              id="transition-service"
              label={t('referral.actions.service', 'Layanan tujuan')}
              hint={t(
                'referral.actions.serviceHint',
                'Biarkan kosong untuk mengirim ulang ke layanan yang sama.',
              )}
              value={serviceId}
              onChange={setServiceId}
              placeholder={t('referral.actions.sameService', 'Layanan yang sama: {{name}}', {
                name: referral.service.name,
              })}
              options={(services.data?.items ?? []).map((s) => ({
                value: s.id,
                label: `${s.name} — ${s.organisation.name} (${referralLabel(t, 'tier', s.tier)})`,
              }))}
              error={form.errors.serviceId}
            />
          ) : null}
          {NEEDS_REASON.has(action) ? (
            <TextAreaField
              id="transition-reason"
              label={t('referral.actions.reason', 'Alasan')}
              required
              value={reason}
              onChange={setReason}
              error={form.errors.reason}
            />
          ) : null}
          <TextAreaField
            id="transition-note"
            label={t('referral.actions.note', 'Catatan (pilihan)')}
            value={note}
            onChange={setNote}
            error={form.errors.note}
          />
          <AttachmentFields rows={attachments} onChange={setAttachments} errors={form.errors} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={form.submitting}>
              {form.submitting
                ? t('common.saving', 'Menyimpan…')
                : t('referral.actions.confirm', 'Konfirmasi: {{action}}', {
                    action: referralLabel(t, 'action', action),
                  })}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setAction(null)}>
              {t('common.cancel', 'Batal')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Attachment } from '../api/types.ts';
import { TextField } from '../ui/fields.tsx';
import type { FieldErrors } from '../ui/use-form.ts';

/** A document noted with a transition (its name and number); files themselves are not uploaded. */
export interface AttachmentDraft {
  key: number;
  name: string;
  reference: string;
}

let nextKey = 0;
export function emptyAttachment(): AttachmentDraft {
  nextKey += 1;
  return { key: nextKey, name: '', reference: '' };
}

/** The documents to send: rows with a name; a reference without a name is an error at the field. */
export function toAttachments(rows: AttachmentDraft[]): Attachment[] {
  return rows
    .filter((r) => r.name.trim())
    .map((r) =>
      r.reference.trim() ? { name: r.name.trim(), reference: r.reference.trim() } : { name: r.name.trim() },
    );
}

export function validateAttachments(rows: AttachmentDraft[], required: string): FieldErrors {
  const errors: FieldErrors = {};
  rows.forEach((r, i) => {
    if (!r.name.trim() && r.reference.trim())
      errors[`attachments.${i}.name`] = {
        code: 'REQUIRED',
        field: `attachments.${i}.name`,
        detail: required,
      };
  });
  return errors;
}

export function AttachmentFields(props: {
  rows: AttachmentDraft[];
  onChange: (rows: AttachmentDraft[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const { rows, onChange, errors } = props;
  const set = (index: number, patch: Partial<AttachmentDraft>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="field-group">
      <legend>{t('referral.attachments.legend', 'Dokumen terkait (pilihan)')}</legend>
      {rows.map((row, index) => (
        <div key={row.key} className="grid grid-2">
          <TextField
            id={`attachments-${index}-name`}
            label={t('referral.attachments.name', 'Nama dokumen {{number}}', { number: index + 1 })}
            value={row.name}
            onChange={(name) => set(index, { name })}
            error={errors[`attachments.${index}.name`]}
          />
          <TextField
            id={`attachments-${index}-reference`}
            label={t('referral.attachments.reference', 'Nomor atau keterangan {{number}}', {
              number: index + 1,
            })}
            value={row.reference}
            onChange={(reference) => set(index, { reference })}
            error={errors[`attachments.${index}.reference`]}
          />
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...rows, emptyAttachment()])}
      >
        {t('referral.attachments.add', 'Tambah dokumen')}
      </button>
    </fieldset>
  );
}

import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/client.ts';

/** Props every form field shares: an id, a visible label, an optional hint and error. */
interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  error?: FieldProblem | undefined;
  required?: boolean;
  disabled?: boolean;
}

function describedBy(
  id: string,
  hint: string | undefined,
  error: FieldProblem | undefined,
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id}>
      {label}
      {required ? (
        <span className="req" aria-hidden="true">
          {' '}
          *
        </span>
      ) : null}
    </label>
  );
}

function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: FieldProblem | undefined }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error.detail}
        </p>
      ) : null}
    </>
  );
}

type InputMode = 'text' | 'numeric' | 'decimal' | 'tel' | 'search' | 'email';

export interface TextFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'date' | 'search';
  inputMode?: InputMode;
  autoComplete?: string;
  maxLength?: number;
  max?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  /** For usernames and codes: no capital letter or spelling fix from the phone keyboard. */
  plain?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { id, label, hint, error, required, value, onChange, type = 'text' } = props;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <Label id={id} label={label} required={required} />
      <input
        id={id}
        ref={props.inputRef}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        maxLength={props.maxLength}
        max={props.max}
        placeholder={props.placeholder}
        autoCapitalize={props.plain ? 'none' : undefined}
        spellCheck={props.plain ? false : undefined}
        disabled={props.disabled}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

export interface TextAreaFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  rows = 3,
}: TextAreaFieldProps) {
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

export interface SelectFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  options?: Option[];
  groups?: OptionGroup[];
  /** Label of the empty choice; by default "— Pilih —". Pass `false` to offer no empty choice. */
  placeholder?: string | false;
}

export function SelectField(props: SelectFieldProps) {
  const { t } = useTranslation();
  const { id, label, hint, error, required, value, onChange, placeholder } = props;
  const renderOption = (o: Option) => (
    <option key={o.value} value={o.value} disabled={o.disabled}>
      {o.label}
    </option>
  );
  return (
    <div className="field">
      <Label id={id} label={label} required={required} />
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={props.disabled}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {placeholder === false ? null : (
          <option value="">{placeholder ?? t('common.choose', '— Pilih —')}</option>
        )}
        {props.options?.map(renderOption)}
        {props.groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map(renderOption)}
          </optgroup>
        ))}
      </select>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: FieldProblem | undefined;
  hint?: string;
}

export function CheckboxField({ id, label, checked, onChange, error, hint }: CheckboxFieldProps) {
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

export interface RadioGroupProps extends FieldBase {
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
}

export function RadioGroup({
  id,
  name,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  options,
}: RadioGroupProps) {
  return (
    <fieldset id={id} className="field radio-group" aria-describedby={describedBy(id, hint, error)}>
      <legend>
        {label}
        {required ? (
          <span className="req" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      <div className="radio-options">
        {options.map((o) => (
          <label key={o.value} className="radio">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-invalid={error ? true : undefined}
            />
            {o.label}
          </label>
        ))}
      </div>
      <HintAndError id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/** A group of related fields with a visible heading. */
export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="field-group">
      <legend>{title}</legend>
      <div className="grid">{children}</div>
    </fieldset>
  );
}

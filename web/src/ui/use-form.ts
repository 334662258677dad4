import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldProblem } from '../api/client.ts';
import { describeError, type FormSummaryContent } from './status.tsx';

/** Field problems keyed by the form's own field path, e.g. `members.0.nik`. */
export type FieldErrors = Record<string, FieldProblem>;

/** Turns `members[0].nik` into `members.0.nik`: servers and validators write paths both ways. */
export function normalizePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** The errors under `prefix` (e.g. `members.2.`), keyed by the rest of their path. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, problem] of Object.entries(errors)) {
    if (path.startsWith(prefix)) result[path.slice(prefix.length)] = problem;
  }
  return result;
}

export interface SubmitSpec<T> {
  /** Client-side checks for the obvious; the server stays the authority. */
  validate: () => FieldErrors;
  send: () => Promise<T>;
  /** The form's field for a server field path, or undefined when the form has no such input. */
  fieldKey: (serverField: string) => string | undefined;
  onSuccess: (result: T) => void;
  /** Handles a failure that is not about fields (e.g. a version conflict); returns the message to show. */
  onFailure?: (error: ApiError) => string | undefined;
}

export interface FormSubmission {
  errors: FieldErrors;
  summary: FormSummaryContent | null;
  submitting: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  summaryRef: RefObject<HTMLDivElement | null>;
  submit: <T>(spec: SubmitSpec<T>) => Promise<void>;
  /** Forgets field errors, e.g. when the rows they point at were removed. */
  clearErrors: () => void;
}

/**
 * Submission state of a form: validates, sends, maps the server's `errors[]` to fields, keeps the
 * input, and moves the focus to the first invalid field (or to the summary when there is none).
 */
export function useFormSubmission(): FormSubmission {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<FormSummaryContent | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt === 0) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? summaryRef.current)?.focus();
  }, [attempt]);

  const submit = useCallback(
    async <T>(spec: SubmitSpec<T>) => {
      const invalid = t('form.invalid', 'Data belum bisa disimpan. Periksa isian yang ditandai.');
      const clientErrors = spec.validate();
      if (Object.keys(clientErrors).length > 0) {
        setErrors(clientErrors);
        setSummary({ message: invalid, details: [] });
        setAttempt((a) => a + 1);
        return;
      }
      setSubmitting(true);
      try {
        const result = await spec.send();
        setErrors({});
        setSummary(null);
        spec.onSuccess(result);
      } catch (error) {
        const mapped: FieldErrors = {};
        const unmapped: string[] = [];
        const problems = error instanceof ApiError ? error.problems : [];
        for (const problem of problems) {
          const key = spec.fieldKey(normalizePath(problem.field));
          if (key === undefined) unmapped.push(problem.detail);
          else mapped[key] ??= problem;
        }
        const handled = error instanceof ApiError ? spec.onFailure?.(error) : undefined;
        const details = [...new Set(unmapped.filter(Boolean))];
        setErrors(mapped);
        if (handled !== undefined) setSummary({ message: handled, details: [] });
        else if (Object.keys(mapped).length > 0) setSummary({ message: invalid, details });
        else setSummary({ message: describeError(error, t), details });
        setAttempt((a) => a + 1);
      } finally {
        setSubmitting(false);
      }
    },
    [t],
  );

  const clearErrors = useCallback(() => setErrors({}), []);
  return { errors, summary, submitting, formRef, summaryRef, submit, clearErrors };
}

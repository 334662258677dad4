/**
 * One vocabulary of errors with stable codes, rendered once by the error handler as RFC 9457
 * problem+json. Messages come from the i18n catalogue by code; parameters never hold personal data.
 */

export interface FieldError {
  /** Path of the field in the request, e.g. `members.0.nik`. */
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly options: {
      field?: string;
      params?: Record<string, string | number>;
      errors?: FieldError[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError(404, 'NOT_FOUND');
export const forbidden = () => new AppError(403, 'FORBIDDEN');
export const unauthenticated = () => new AppError(401, 'AUTH_REQUIRED');
export const versionConflict = (currentVersion: number) =>
  new AppError(409, 'VERSION_CONFLICT', { field: 'version', params: { currentVersion } });

/** 422 with one entry per invalid field; `code` of the whole problem is VALIDATION_FAILED. */
export function validationFailed(errors: FieldError[]): AppError {
  const first = errors[0];
  return new AppError(422, 'VALIDATION_FAILED', { errors, ...(first ? { field: first.field } : {}) });
}

/** A 409 for a single conflicting field (duplicate NIK, taken username). */
export const conflict = (code: string, field: string) =>
  new AppError(409, code, { field, errors: [{ field, code }] });

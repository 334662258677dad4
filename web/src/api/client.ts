import { currentLanguage } from '../i18n/i18n.ts';

/** One problem with one input field, as in the `errors[]` of a problem+json body. */
export interface FieldProblem {
  code: string;
  field: string;
  detail: string;
}

/**
 * An API failure. `detail` is the server's message, already in the UI language; it is empty when the
 * server could not be reached (`status` 0, code `NETWORK_ERROR`) or did not answer with problem+json.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly field: string | undefined;
  readonly errors: FieldProblem[] | undefined;

  constructor(init: {
    status: number;
    code: string;
    detail?: string;
    field?: string;
    errors?: FieldProblem[];
  }) {
    super(init.detail || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail ?? '';
    this.field = init.field;
    this.errors = init.errors;
  }

  /** The field problems, also when the server named a single `field` at the top level. */
  get problems(): FieldProblem[] {
    if (this.errors && this.errors.length > 0) return this.errors;
    return this.field ? [{ code: this.code, field: this.field, detail: this.detail }] : [];
  }
}

export const API_BASE = '/api/v1';

let unauthorizedHandler: (() => void) | null = null;

/** Called when any request but the login answers 401: the session has ended. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export type QueryValue = string | number | undefined | null;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A body sent as it is (e.g. a YAML file) instead of JSON. */
  rawBody?: { contentType: string; text: string };
  signal?: AbortSignal;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
}

function buildUrl(path: string, query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseFieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((item) => ({
    code: asString(item.code) ?? 'INVALID',
    field: asString(item.field) ?? '',
    detail: asString(item.detail) ?? asString(item.message) ?? '',
  }));
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = { status: response.status, code: `HTTP_${response.status}` };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return new ApiError(fallback);
  try {
    const body: unknown = await response.json();
    if (!isRecord(body)) return new ApiError(fallback);
    return new ApiError({
      status: typeof body.status === 'number' ? body.status : response.status,
      code: asString(body.code) ?? fallback.code,
      detail: asString(body.detail) ?? asString(body.title) ?? '',
      field: asString(body.field),
      errors: parseFieldProblems(body.errors),
    });
  } catch {
    return new ApiError(fallback);
  }
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Calls the API with the session cookie and the UI language, and returns the parsed JSON body
 * (`undefined` for 204). Failures become an {@link ApiError}; an aborted request rethrows the abort.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.rawBody) headers['Content-Type'] = options.rawBody.contentType;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.rawBody
        ? options.rawBody.text
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error) || options.signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
  }
  if (response.status === 401 && path !== '/auth/login') unauthorizedHandler?.();
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function apiGet<T>(
  path: string,
  query?: Record<string, QueryValue>,
  signal?: AbortSignal,
): Promise<T> {
  return apiRequest<T>(path, { query, signal });
}

export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return apiRequest<T>(path, { method: 'POST', body });
}

export function apiPatch<T>(path: string, body: unknown): Promise<T> {
  return apiRequest<T>(path, { method: 'PATCH', body });
}

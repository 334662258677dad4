import { ApiError } from './client.ts';

/**
 * A random UUID v4 for the `Idempotency-Key` header. `crypto.randomUUID` exists only in secure
 * contexts (HTTPS or localhost); a village post may reach the server over plain HTTP on a local
 * network, so the key is built from `crypto.getRandomValues`, which works everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Whether the outcome of a failed request is unknown: the connection broke or the server failed,
 * so the request may or may not have been applied. Only then is the same key sent again.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 429;
}

/**
 * One key per user action: `keyFor(action)` gives the key of a pending action with the same
 * fingerprint (a retry after a broken connection), or a fresh one. `settle` forgets the key once the
 * server has answered for sure (success or a definite refusal), so the next action gets a new key.
 */
export class IdempotencyKeys {
  private pending: { fingerprint: string; key: string } | null = null;

  keyFor(fingerprint: string): string {
    if (this.pending?.fingerprint === fingerprint) return this.pending.key;
    this.pending = { fingerprint, key: newIdempotencyKey() };
    return this.pending.key;
  }

  /** Call after each attempt: keeps the key only when the outcome is unknown. */
  settle(error?: unknown): void {
    if (error === undefined || !outcomeUnknown(error)) this.pending = null;
  }
}

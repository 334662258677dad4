import { describe, expect, it } from 'vitest';
import { ApiError } from './client.ts';
import { IdempotencyKeys, newIdempotencyKey, outcomeUnknown } from './idempotency.ts';

describe('idempotency keys', () => {
  it('are random UUID v4 strings', () => {
    const keys = new Set(Array.from({ length: 100 }, newIdempotencyKey));
    expect(keys.size).toBe(100);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keep the key for a retry only while the outcome is unknown', () => {
    const keys = new IdempotencyKeys();
    const first = keys.keyFor('accept@2');
    keys.settle(new ApiError({ status: 0, code: 'NETWORK_ERROR' }));
    expect(keys.keyFor('accept@2')).toBe(first);
    keys.settle(new ApiError({ status: 503, code: 'UNAVAILABLE' }));
    expect(keys.keyFor('accept@2')).toBe(first);
    keys.settle();
    expect(keys.keyFor('accept@2')).not.toBe(first);
  });

  it('give a new key for a different action or after a definite refusal', () => {
    const keys = new IdempotencyKeys();
    const accept = keys.keyFor('accept@2');
    keys.settle(new ApiError({ status: 0, code: 'NETWORK_ERROR' }));
    const decline = keys.keyFor('decline@2');
    expect(decline).not.toBe(accept);
    keys.settle(new ApiError({ status: 409, code: 'VERSION_CONFLICT' }));
    expect(keys.keyFor('decline@2')).not.toBe(decline);
    expect(outcomeUnknown(new ApiError({ status: 422, code: 'VALIDATION_FAILED' }))).toBe(false);
    expect(outcomeUnknown(new TypeError('boom'))).toBe(true);
  });
});

import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password hashing with argon2id at OWASP ASVS 5.0's minimum cost (m = 19 MiB, t = 2, p = 1),
 * and the password policy: 8 to 128 characters, not a common password, not the username.
 */
// algorithm 2 is Argon2id in @node-rs/argon2 (its Algorithm enum is a const enum, not importable as a value here).
export const HASH_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// Common passwords from zxcvbn's list (~49,000) plus ones common in Indonesia.
const COMMON = new Set<string>([
  ...dictionary['passwords-common'],
  'bismillah',
  'bismillah123',
  'alhamdulillah',
  'indonesia',
  'indonesia123',
  'merdeka45',
  'rahasia',
  'rahasia123',
  'sayangku',
  'katasandi',
  'selaras123',
  'bantaeng',
  'bantaeng123',
  'puskesos',
  'makassar',
]);

export type PasswordProblem =
  | { code: 'PASSWORD_TOO_SHORT'; params: { min: number } }
  | { code: 'PASSWORD_TOO_LONG'; params: { max: number } }
  | { code: 'PASSWORD_TOO_COMMON' }
  | { code: 'PASSWORD_CONTAINS_USERNAME' };

/** Checks a new password against the policy; undefined when it is acceptable. */
export function checkPassword(password: string, username: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return { code: 'PASSWORD_TOO_SHORT', params: { min: PASSWORD_MIN } };
  if (length > PASSWORD_MAX) return { code: 'PASSWORD_TOO_LONG', params: { max: PASSWORD_MAX } };
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/\d+$/, ''))) return { code: 'PASSWORD_TOO_COMMON' };
  if (username.length >= 3 && lower.includes(username.toLowerCase()))
    return { code: 'PASSWORD_CONTAINS_USERNAME' };
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

// Verifying against this keeps the time of a failed login the same whether or not the user exists.
let dummyHash: Promise<string> | undefined;

/** Verifies a password; with no stored hash it still spends the same time and answers false. */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('selaras-dummy-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

import { formatKk, formatNik } from '../src/registry/nik.rules.ts';

let counter = 0;
const run = Math.floor(Math.random() * 5000);

/**
 * Unique valid identity numbers for tests: the serial (and, for NIKs, the birth day) vary with a
 * per-run counter so parallel test files and repeated runs on one database never collide.
 */
export function uniqueNik(options: { sex?: 'L' | 'P'; birthDate?: string; region?: string } = {}) {
  counter += 1;
  const birthDate =
    options.birthDate ??
    `19${String(50 + (counter % 49)).padStart(2, '0')}-0${1 + (counter % 9)}-1${counter % 10}`;
  const sex = options.sex ?? 'L';
  const serial = 1 + ((run * 37 + counter * 7919 + process.pid) % 9998);
  return {
    nik: formatNik({ regionCode: options.region ?? '730302', sex, birthDate, serial }),
    sex,
    birthDate,
  };
}

export function uniqueKk(region = '730302') {
  counter += 1;
  const serial = 1 + ((run * 53 + counter * 7907 + process.pid) % 9998);
  return formatKk({
    regionCode: region,
    issueDate: `20${String(10 + (counter % 15)).padStart(2, '0')}-0${1 + (counter % 9)}-2${counter % 8}`,
    serial,
  });
}

/** A household registration body with a head (and optionally a spouse and child), all valid. */
export function householdInput(desa: string, options: { headName?: string; members?: number } = {}) {
  const head = uniqueNik({ sex: 'L' });
  const spouse = uniqueNik({ sex: 'P', birthDate: '1985-04-12' });
  const child = uniqueNik({ sex: 'P', birthDate: '2012-09-03' });
  const members = [
    {
      nik: head.nik,
      name: options.headName ?? 'Baso Daeng Sikki',
      sex: 'L' as const,
      birthDate: head.birthDate,
      relation: 'kepala_keluarga' as const,
    },
    {
      nik: spouse.nik,
      name: 'Sitti Rahmah',
      sex: 'P' as const,
      birthDate: spouse.birthDate,
      relation: 'istri' as const,
    },
    {
      nik: child.nik,
      name: 'Nurhayati',
      sex: 'P' as const,
      birthDate: child.birthDate,
      relation: 'anak' as const,
    },
  ].slice(0, options.members ?? 3);
  return { kk: uniqueKk(), desa, address: { dusun: 'Dusun Satu', rt: '001', rw: '002' }, members };
}

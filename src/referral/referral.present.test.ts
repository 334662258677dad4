import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectPerson } from './referral.present.ts';
import { PERSON_FIELDS, type PersonField } from './vocabulary.ts';

const person = {
  registered: true,
  personId: '6f1c2a8e-0000-4000-8000-000000000001',
  fullName: 'Nama Sintetis',
  nik: '7303021102517188',
  kk: '7303022405147993',
  sex: 'P' as const,
  birthDate: '1990-01-02',
  birthYear: 1990,
  birthPlace: 'Bantaeng',
  address: 'Dusun Satu',
  disability: { type: 'fisik', severity: 'ringan' },
  insurance: { status: 'aktif', type: 'pbi' },
  documents: { ktp: true, kk: true, birthCertificate: false },
};
// Which output keys each listed field may produce (birthDate carries the birth year with it).
const KEYS: Record<PersonField, string[]> = {
  fullName: ['fullName'],
  nik: ['nik'],
  kk: ['kk'],
  sex: ['sex'],
  birthDate: ['birthDate', 'birthYear'],
  birthPlace: ['birthPlace'],
  address: ['address'],
  disability: ['disability'],
  insurance: ['insurance'],
  documents: ['documents'],
};

describe('partner projection of a person', () => {
  it('gives exactly the listed fields, never the registry id', () => {
    fc.assert(
      fc.property(fc.subarray([...PERSON_FIELDS]), (fields) => {
        const projected = projectPerson(person, fields);
        const expected = ['registered', ...fields.flatMap((f) => KEYS[f])].sort();
        expect(Object.keys(projected).sort()).toEqual(expected);
      }),
    );
  });
  it('gives everything, with the registry id, to the referring side', () => {
    expect(projectPerson(person, 'all')).toMatchObject({
      personId: person.personId,
      disability: person.disability,
    });
  });
});

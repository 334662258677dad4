import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { person } from '../../test/fixtures.ts';
import {
  emptyMember,
  memberChanges,
  memberFromPerson,
  toMemberInput,
  validateMember,
} from './member-form.ts';

const t = i18n.t.bind(i18n);

describe('member form', () => {
  it('builds the API input without empty optional fields', () => {
    const draft = { ...emptyMember('anak'), nik: '7303 0101 1010 0001', name: ' Rahmat ', sex: 'L' as const };
    expect(toMemberInput({ ...draft, birthDate: '2010-10-10', pregnant: true })).toEqual({
      nik: '7303010110100001',
      name: 'Rahmat',
      sex: 'L',
      birthDate: '2010-10-10',
      relation: 'anak',
      documents: { ktp: false, kk: false, birthCertificate: false },
    });
  });

  it('sends only what changed, and null for what was cleared', () => {
    const before = memberFromPerson(person());
    const after = { ...before, occupation: '', insuranceStatus: 'tidak_ada', insuranceType: '' };
    expect(memberChanges(before, after)).toEqual({ occupation: null, insurance: { status: 'tidak_ada' } });
    expect(memberChanges(before, { ...before })).toEqual({});
  });

  it('asks for either a 16-digit NIK or a reason there is none', () => {
    const base = { ...emptyMember('anak'), name: 'Rahmat', sex: 'L' as const, birthDate: '2010-10-10' };
    expect(validateMember({ ...base, nik: '7303' }, t).nik?.code).toBe('NIK_INVALID_LENGTH');
    expect(validateMember({ ...base, nik: '' }, t).nik?.code).toBe('REQUIRED');
    expect(validateMember({ ...base, noNik: true }, t).noNikReason?.code).toBe('REQUIRED');
    expect(validateMember({ ...base, noNik: true, noNikReason: 'tidak_diketahui' }, t)).toEqual({});
    expect(
      validateMember({ ...base, nik: '7303010110100001', birthDate: '2999-01-01' }, t).birthDate?.code,
    ).toBe('BIRTHDATE_FUTURE');
  });
});

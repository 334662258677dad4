import type { PersonRow } from '../db/schema.ts';
import { ageOn } from './person.rules.ts';
import type { HouseholdRecord, PersonRecord } from './registry.repo.ts';

/**
 * What leaves the server about people and households. Registry readers (facilitators, supervisors,
 * UPT staff, social workers, call centre, managers) see these fields; roles without registry access
 * never reach these presenters.
 */
export function presentPersonSummary(p: PersonRecord, today: string) {
  return {
    id: p.id,
    nik: p.nik,
    fullName: p.full_name,
    sex: p.sex,
    birthDate: p.birth_date,
    age: ageOn(p.birth_date, today),
    relation: p.relation,
    householdId: p.household_id,
    kk: p.kk,
    desaCode: p.desa_code,
    desaName: p.desa_name,
    flags: p.flags,
  };
}

export function presentPerson(p: PersonRecord, today: string) {
  return {
    ...presentPersonSummary(p, today),
    birthPlace: p.birth_place,
    maritalStatus: p.marital_status,
    education: p.education,
    occupation: p.occupation,
    disability: p.disability_type ? { type: p.disability_type, severity: p.disability_severity } : null,
    chronicIllness: p.chronic_illness,
    pregnant: p.pregnant,
    documents: { ktp: p.has_ktp, kk: p.has_kk, birthCertificate: p.has_birth_certificate },
    insurance: p.insurance_status ? { status: p.insurance_status, type: p.insurance_type } : null,
    nikMismatchReason: p.nik_mismatch_reason,
    noNikReason: p.no_nik_reason,
    version: p.version,
    createdAt: new Date(p.created_at).toISOString(),
    updatedAt: new Date(p.updated_at).toISOString(),
  };
}

export function presentHousehold(h: HouseholdRecord) {
  return {
    id: h.id,
    kk: h.kk,
    desa: {
      code: h.desa_code,
      name: h.desa_name,
      kecamatanCode: h.kecamatan_code,
      kecamatanName: h.kecamatan_name,
      cluster: h.cluster,
    },
    address: {
      dusun: h.dusun,
      rt: h.rt,
      rw: h.rw,
      text: h.address,
      latitude: h.latitude,
      longitude: h.longitude,
    },
    flags: h.flags,
    version: h.version,
    createdAt: new Date(h.created_at).toISOString(),
    updatedAt: new Date(h.updated_at).toISOString(),
  };
}

/** The fields of a person as kept in the change history (API names; no derived columns). */
export function personHistoryView(p: Partial<PersonRow>): Record<string, unknown> {
  const view: Record<string, unknown> = {
    nik: p.nik,
    fullName: p.full_name,
    sex: p.sex,
    birthDate: p.birth_date,
    birthPlace: p.birth_place,
    relation: p.relation,
    maritalStatus: p.marital_status,
    education: p.education,
    occupation: p.occupation,
    disabilityType: p.disability_type,
    disabilitySeverity: p.disability_severity,
    chronicIllness: p.chronic_illness,
    pregnant: p.pregnant,
    hasKtp: p.has_ktp,
    hasKk: p.has_kk,
    hasBirthCertificate: p.has_birth_certificate,
    insuranceStatus: p.insurance_status,
    insuranceType: p.insurance_type,
    nikMismatchReason: p.nik_mismatch_reason,
    noNikReason: p.no_nik_reason,
    flags: p.flags,
    householdId: p.household_id,
  };
  for (const key of Object.keys(view)) if (view[key] === undefined) delete view[key];
  return view;
}

export function householdHistoryView(h: Partial<HouseholdRecord>): Record<string, unknown> {
  const view: Record<string, unknown> = {
    kk: h.kk,
    desa: h.desa_code,
    dusun: h.dusun,
    rt: h.rt,
    rw: h.rw,
    address: h.address,
    latitude: h.latitude,
    longitude: h.longitude,
    flags: h.flags,
  };
  for (const key of Object.keys(view)) if (view[key] === undefined) delete view[key];
  return view;
}

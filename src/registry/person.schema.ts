import { z } from 'zod';
import {
  DISABILITY_SEVERITIES,
  DISABILITY_TYPES,
  EDUCATION_LEVELS,
  INSURANCE_STATUSES,
  INSURANCE_TYPES,
  MARITAL_STATUSES,
  NO_NIK_REASONS,
  OCCUPATIONS,
  RELATIONS,
  SEXES,
} from './vocabulary.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'INVALID_DATE' })
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    { error: 'INVALID_DATE' },
  );

const text = (max: number) => z.string().trim().max(max);

/** One person as entered at registration or when adding a member (field names of the public API). */
export const memberInputSchema = z
  .object({
    nik: z.string().max(40).optional().describe('NIK, 16 digit; kosongkan bila belum punya'),
    noNikReason: z.enum(NO_NIK_REASONS).optional().describe('Alasan tidak ada NIK'),
    name: text(150).min(1).describe('Nama lengkap'),
    sex: z.enum(SEXES).describe('L = laki-laki, P = perempuan'),
    birthDate: isoDate.describe('Tanggal lahir TTTT-BB-HH'),
    birthPlace: text(100).optional(),
    relation: z.enum(RELATIONS).describe('Hubungan dengan kepala keluarga'),
    maritalStatus: z.enum(MARITAL_STATUSES).optional(),
    education: z.enum(EDUCATION_LEVELS).optional(),
    occupation: z.enum(OCCUPATIONS).optional(),
    disability: z
      .object({ type: z.enum(DISABILITY_TYPES), severity: z.enum(DISABILITY_SEVERITIES) })
      .strict()
      .nullable()
      .optional(),
    chronicIllness: text(200).nullable().optional().describe('Penyakit kronis, bila ada'),
    pregnant: z.boolean().optional(),
    documents: z
      .object({
        ktp: z.boolean().optional(),
        kk: z.boolean().optional(),
        birthCertificate: z.boolean().optional(),
      })
      .strict()
      .optional()
      .describe('Dokumen kependudukan yang dimiliki'),
    insurance: z
      .object({ status: z.enum(INSURANCE_STATUSES), type: z.enum(INSURANCE_TYPES).nullable().optional() })
      .strict()
      .nullable()
      .optional()
      .describe('Jaminan kesehatan'),
    nikMismatchReason: text(300)
      .optional()
      .describe('Alasan bila NIK tidak cocok dengan jenis kelamin/tanggal lahir'),
  })
  .strict();
export type MemberInput = z.infer<typeof memberInputSchema>;

/** Changes to a person: any member field, a move to another household, always with the version read. */
export const personUpdateSchema = memberInputSchema
  .partial()
  .extend({
    version: z.number().int().positive().describe('Versi data yang dibaca; versi usang menghasilkan 409'),
    householdId: z.string().uuid().optional().describe('Pindah ke keluarga lain'),
    reason: text(300).optional().describe('Alasan perubahan (wajib untuk pindah keluarga)'),
  })
  .strict();
export type PersonUpdateInput = z.infer<typeof personUpdateSchema>;

export const personSummarySchema = z.object({
  id: z.string().uuid(),
  nik: z.string().nullable(),
  fullName: z.string(),
  sex: z.enum(SEXES),
  birthDate: z.string(),
  age: z.number(),
  relation: z.string(),
  householdId: z.string().uuid(),
  kk: z.string().nullable(),
  desaCode: z.string(),
  desaName: z.string(),
  flags: z.array(z.string()),
  score: z.number().optional(),
});

export const personSchema = personSummarySchema.extend({
  birthPlace: z.string().nullable(),
  maritalStatus: z.string().nullable(),
  education: z.string().nullable(),
  occupation: z.string().nullable(),
  disability: z.object({ type: z.string(), severity: z.string().nullable() }).nullable(),
  chronicIllness: z.string().nullable(),
  pregnant: z.boolean(),
  documents: z.object({ ktp: z.boolean(), kk: z.boolean(), birthCertificate: z.boolean() }),
  insurance: z.object({ status: z.string(), type: z.string().nullable() }).nullable(),
  nikMismatchReason: z.string().nullable(),
  noNikReason: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const peopleQuerySchema = z
  .object({
    nik: z.string().max(40).optional().describe('Cari dengan NIK (tepat)'),
    q: z.string().trim().max(150).optional().describe('Cari dengan nama (toleran ejaan)'),
    birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
    desa: z
      .string()
      .regex(/^\d{10}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

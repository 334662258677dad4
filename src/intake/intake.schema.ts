import { z } from 'zod';
import {
  CATEGORIES,
  CHANNELS,
  INTAKE_KINDS,
  INTAKE_STATUSES,
  REFERRAL_STATUSES,
  URGENCIES,
} from '../referral/vocabulary.ts';

const text = (max: number) => z.string().trim().max(max);
const desaCode = z.string().regex(/^\d{10}$/, { error: 'INVALID_FORMAT' });

/** The person concerned when they are not (yet) in the registry: minimal data only. */
export const unregisteredPersonSchema = z
  .object({
    name: text(150).min(1).describe('Nama'),
    nik: z.string().max(40).optional().describe('NIK bila diketahui'),
    sex: z.enum(['L', 'P']).optional(),
    birthYear: z.number().int().min(1900).max(2100).optional(),
    address: text(300).optional().describe('Alamat singkat (dusun, RT/RW)'),
    phone: text(30).optional().describe('Nomor yang bisa dihubungi'),
  })
  .strict();
export type UnregisteredPerson = z.infer<typeof unregisteredPersonSchema>;

/** A new intake. Either `personId` (registered) or `unregistered` (minimal data) must be given. */
export const intakeCreateSchema = z
  .object({
    channel: z.enum(CHANNELS),
    kind: z.enum(INTAKE_KINDS).describe('pengaduan, permohonan atau penjangkauan'),
    category: z.enum(CATEGORIES),
    urgency: z.enum(URGENCIES),
    desa: desaCode.describe('Desa tempat tinggal orang yang dilayani'),
    description: text(4000).min(1).describe('Uraian masalah (catatan kasus: tidak pernah dicatat di log)'),
    personId: z.string().uuid().optional().describe('Orang terdaftar di registri'),
    unregistered: unregisteredPersonSchema.optional(),
  })
  .strict();
export type IntakeCreateInput = z.infer<typeof intakeCreateSchema>;

export const intakeResolveSchema = z
  .object({
    version: z.number().int().positive(),
    resolution: text(2000).min(1).describe('Bagaimana ditangani di desa (tingkat 1)'),
  })
  .strict();
export type IntakeResolveInput = z.infer<typeof intakeResolveSchema>;

export const intakePersonSchema = z.object({
  registered: z.boolean(),
  personId: z.string().uuid().nullable(),
  householdId: z.string().uuid().nullable(),
  name: z.string(),
  nik: z.string().nullable(),
  sex: z.enum(['L', 'P']).nullable(),
  birthYear: z.number().nullable(),
});

export const intakeSummarySchema = z.object({
  id: z.string().uuid(),
  number: z.string().describe('Nomor pengaduan, mis. PKS-7303021001-2026-000123'),
  channel: z.enum(CHANNELS),
  kind: z.enum(INTAKE_KINDS),
  category: z.enum(CATEGORIES),
  urgency: z.enum(URGENCIES),
  status: z.enum(INTAKE_STATUSES),
  desaCode: z.string(),
  desaName: z.string(),
  person: intakePersonSchema,
  referralCount: z.number(),
  createdAt: z.string(),
  version: z.number(),
});

export const intakeSchema = intakeSummarySchema.extend({
  description: z.string(),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  referrals: z.array(
    z.object({
      id: z.string().uuid(),
      number: z.string(),
      serviceName: z.string(),
      organisationName: z.string(),
      status: z.enum(REFERRAL_STATUSES),
      tier: z.number(),
    }),
  ),
});
export type IntakeView = z.infer<typeof intakeSchema>;

export const intakesQuerySchema = z
  .object({
    status: z.enum(INTAKE_STATUSES).optional(),
    desa: desaCode.optional(),
    category: z.enum(CATEGORIES).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** Likely registry matches for the person being entered, so duplicates are not created. */
export const matchesQuerySchema = z
  .object({
    nik: z.string().max(40).optional(),
    name: z.string().trim().max(150).optional(),
    birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
    desa: desaCode.optional(),
  })
  .strict();

export const matchSchema = z.object({
  personId: z.string().uuid(),
  householdId: z.string().uuid(),
  name: z.string(),
  nik: z.string().nullable(),
  sex: z.enum(['L', 'P']),
  birthDate: z.string(),
  desaCode: z.string(),
  desaName: z.string(),
  score: z.number().describe('1 = NIK sama; selain itu kemiripan nama 0–1'),
  reason: z.enum(['nik', 'name']),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

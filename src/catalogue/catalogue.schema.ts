import { z } from 'zod';
import { CATEGORIES, PERSON_FIELDS } from '../referral/vocabulary.ts';

const text = (max: number) => z.string().trim().max(max);

/** A provider organisation (dinas, BPJS, BAZNAS, UPTD PPA...). */
export const organisationSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
});
export type OrganisationView = z.infer<typeof organisationSchema>;

export const organisationCreateSchema = z
  .object({
    code: z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'INVALID_FORMAT' })
      .describe('Kode singkat, huruf kecil'),
    name: text(200).min(1),
    kind: text(40).min(1),
  })
  .strict();
export const organisationUpdateSchema = organisationCreateSchema.omit({ code: true }).partial().strict();

/** One service of the catalogue: who handles it, at which tier, with which deadlines. */
export const serviceSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  category: z.enum(CATEGORIES),
  organisation: organisationSchema,
  tier: z.number().int().min(1).max(3).describe('Tingkat yang menangani: 1 desa, 2 kabupaten, 3 tim bupati'),
  acceptDays: z.number().int().describe('Batas hari untuk menerima rujukan'),
  completeDays: z.number().int().describe('Batas hari untuk menyelesaikan sejak diterima'),
  requiredDocuments: z.array(z.string()),
  eligibility: z.string().describe('Petunjuk kelayakan'),
  personFields: z.array(z.enum(PERSON_FIELDS)).describe('Data orang yang boleh dilihat penyedia'),
  active: z.boolean(),
  version: z.number(),
});
export type ServiceView = z.infer<typeof serviceSchema>;

export const serviceCreateSchema = z
  .object({
    code: z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,59}$/, { error: 'INVALID_FORMAT' })
      .describe('Kode layanan, huruf kecil'),
    name: text(200).min(1),
    category: z.enum(CATEGORIES),
    organisationCode: z.string().describe('Kode organisasi penyedia'),
    tier: z.number().int().min(1).max(3),
    acceptDays: z.number().int().min(1).max(90),
    completeDays: z.number().int().min(1).max(365),
    requiredDocuments: z.array(text(200).min(1)).max(20).default([]),
    eligibility: text(1000).default(''),
    personFields: z.array(z.enum(PERSON_FIELDS)).max(PERSON_FIELDS.length),
    active: z.boolean().default(true),
  })
  .strict();
export type ServiceCreateInput = z.infer<typeof serviceCreateSchema>;

export const serviceUpdateSchema = serviceCreateSchema
  .omit({ code: true })
  .partial()
  .extend({ version: z.number().int().positive().describe('Versi yang dibaca; versi usang → 409') })
  .strict();
export type ServiceUpdateInput = z.infer<typeof serviceUpdateSchema>;

export const servicesQuerySchema = z
  .object({
    category: z.enum(CATEGORIES).optional(),
    organisation: z.string().max(40).optional().describe('Kode organisasi'),
    includeInactive: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
  })
  .strict();

import { z } from 'zod';
import { memberInputSchema, personSchema } from './person.schema.ts';
import { CLUSTERS } from './vocabulary.ts';

export const addressSchema = z
  .object({
    dusun: z.string().trim().max(100).nullable().optional().describe('Dusun/lingkungan'),
    rt: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, { error: 'INVALID_FORMAT' })
      .nullable()
      .optional(),
    rw: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, { error: 'INVALID_FORMAT' })
      .nullable()
      .optional(),
    text: z.string().trim().max(300).nullable().optional().describe('Alamat bebas'),
    latitude: z.number().min(-11).max(6).nullable().optional().describe('Lintang (wilayah Indonesia)'),
    longitude: z.number().min(95).max(141).nullable().optional().describe('Bujur (wilayah Indonesia)'),
  })
  .strict();

export const newHouseholdSchema = z
  .object({
    kk: z.string().max(40).nullable().optional().describe('Nomor KK, 16 digit; kosong bila belum punya'),
    desa: z
      .string()
      .regex(/^\d{10}$/, { error: 'DESA_UNKNOWN' })
      .describe('Kode desa/kelurahan (10 digit)'),
    address: addressSchema.optional(),
    members: z.array(memberInputSchema).min(1, { error: 'MEMBERS_REQUIRED' }).max(30),
  })
  .strict();
export type NewHouseholdInput = z.infer<typeof newHouseholdSchema>;

export const householdUpdateSchema = z
  .object({
    version: z.number().int().positive(),
    kk: z.string().max(40).nullable().optional(),
    desa: z
      .string()
      .regex(/^\d{10}$/, { error: 'DESA_UNKNOWN' })
      .optional(),
    address: addressSchema.optional(),
    reason: z.string().trim().max(300).optional(),
  })
  .strict();
export type HouseholdUpdateInput = z.infer<typeof householdUpdateSchema>;

export const householdSchema = z.object({
  id: z.string().uuid(),
  kk: z.string().nullable(),
  desa: z.object({
    code: z.string(),
    name: z.string(),
    kecamatanCode: z.string(),
    kecamatanName: z.string(),
    cluster: z.enum(CLUSTERS),
  }),
  address: z.object({
    dusun: z.string().nullable(),
    rt: z.string().nullable(),
    rw: z.string().nullable(),
    text: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  }),
  flags: z.array(z.string()),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  members: z.array(personSchema),
  abilities: z.object({ update: z.boolean(), addMember: z.boolean() }),
});

export const householdSummarySchema = z.object({
  id: z.string().uuid(),
  kk: z.string().nullable(),
  desaCode: z.string(),
  desaName: z.string(),
  kecamatanName: z.string(),
  headName: z.string().nullable(),
  memberCount: z.number(),
  address: z.object({
    dusun: z.string().nullable(),
    rt: z.string().nullable(),
    rw: z.string().nullable(),
    text: z.string().nullable(),
  }),
});

export const householdsQuerySchema = z
  .object({
    kk: z.string().max(40).optional().describe('Cari dengan nomor KK (tepat)'),
    q: z.string().trim().max(150).optional().describe('Cari dengan nama anggota keluarga'),
    desa: z
      .string()
      .regex(/^\d{10}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const historySchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      at: z.string(),
      actor: z.object({ username: z.string() }).nullable(),
      action: z.string(),
      objectType: z.enum(['household', 'person']),
      objectId: z.string(),
      subject: z.string().nullable(),
      changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
      reason: z.string().nullable(),
    }),
  ),
});

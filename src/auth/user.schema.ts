import { z } from 'zod';
import { ROLES } from './roles.ts';

/** Scope as sent over the API. */
export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('desa'), desa: z.array(z.string()) }),
  z.object({ kind: z.literal('kecamatan'), kecamatan: z.string() }),
  z.object({ kind: z.literal('organisation'), organisation: z.string() }),
  z.object({ kind: z.literal('regency') }),
]);

export const userSchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string().nullable(),
  role: z.enum(ROLES),
  scope: scopeSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
});

export const abilitiesSchema = z.object({
  registryRead: z.boolean(),
  registryWrite: z.boolean(),
  usersManage: z.boolean(),
  wilayahManage: z.boolean(),
  intakeRead: z.boolean(),
  intakeWrite: z.boolean(),
  referralRead: z.boolean(),
  referralWrite: z.boolean(),
  referralProvide: z.boolean(),
  referralEscalate: z.boolean(),
  catalogueManage: z.boolean(),
  assessmentRead: z.boolean(),
  assessmentWrite: z.boolean(),
  indicatorSetRead: z.boolean(),
  indicatorSetEdit: z.boolean(),
  indicatorSetActivate: z.boolean(),
  simulationRun: z.boolean(),
  reclassify: z.boolean(),
});

export const meSchema = z.object({ user: userSchema, abilities: abilitiesSchema });

export const scopeInputSchema = z
  .object({
    desa: z
      .array(z.string().regex(/^\d{10}$/))
      .max(100)
      .optional()
      .describe('Kode desa (10 digit), untuk fasilitator'),
    kecamatan: z
      .string()
      .regex(/^\d{6}$/)
      .optional()
      .describe('Kode kecamatan (6 digit), untuk supervisor'),
    organisation: z.string().max(60).optional().describe('Id atau kode organisasi, untuk mitra'),
  })
  .strict();

export const newUserSchema = z
  .object({
    username: z.string().min(1).max(40),
    password: z.string().min(1).max(1024),
    role: z.enum(ROLES),
    scope: scopeInputSchema.optional(),
    displayName: z.string().max(100).optional(),
  })
  .strict();

export const userUpdateSchema = z
  .object({
    disabled: z.boolean().optional(),
    password: z.string().min(1).max(1024).optional(),
    role: z.enum(ROLES).optional(),
    scope: scopeInputSchema.optional(),
    displayName: z.string().max(100).optional(),
  })
  .strict();

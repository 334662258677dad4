import { z } from 'zod';
import { pageOf } from '../intake/intake.schema.ts';
import {
  CATEGORIES,
  ESCALATION_CAUSES,
  OUTCOMES,
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
} from './vocabulary.ts';

const text = (max: number) => z.string().trim().max(max);

/** An attachment is recorded as metadata (what document, its reference); files are not uploaded. */
export const attachmentSchema = z
  .object({
    name: text(200).min(1).describe('Nama dokumen, mis. "Surat keterangan lahir"'),
    reference: text(200).optional().describe('Nomor atau keterangan dokumen'),
  })
  .strict();

export const referralCreateSchema = z
  .object({
    intakeId: z.string().uuid(),
    serviceId: z.string().uuid(),
    note: text(2000).optional().describe('Pesan untuk penyedia layanan'),
    attachments: z.array(attachmentSchema).max(10).default([]),
    send: z.boolean().default(true).describe('true: langsung dikirim; false: disimpan sebagai draf'),
  })
  .strict();
export type ReferralCreateInput = z.infer<typeof referralCreateSchema>;

/** A transition request. The header `Idempotency-Key` makes a retry safe. */
export const transitionSchema = z
  .object({
    action: z.enum(REFERRAL_ACTIONS),
    version: z.number().int().positive().describe('Versi yang dibaca; versi usang → 409'),
    note: text(2000).optional(),
    reason: text(1000).optional().describe('Wajib untuk decline dan cancel'),
    outcome: z.enum(OUTCOMES).optional().describe('Wajib untuk complete (rujukan balik)'),
    serviceId: z
      .string()
      .uuid()
      .optional()
      .describe('Layanan baru saat mengirim ulang rujukan yang dieskalasi'),
    attachments: z.array(attachmentSchema).max(10).default([]),
  })
  .strict();
export type TransitionInput = z.infer<typeof transitionSchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  action: z.enum([...REFERRAL_ACTIONS, 'create']),
  fromStatus: z.enum(REFERRAL_STATUSES).nullable(),
  toStatus: z.enum(REFERRAL_STATUSES),
  fromTier: z.number(),
  toTier: z.number(),
  actor: z
    .object({ username: z.string(), role: z.string() })
    .nullable()
    .describe('null = sistem (eskalasi otomatis)'),
  organisationName: z.string().nullable().describe('Organisasi pelaku (untuk mitra)'),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  cause: z.enum(ESCALATION_CAUSES).nullable(),
  attachments: z.array(z.object({ name: z.string(), reference: z.string().nullable() })),
});

/** Person fields as a provider sees them: only those the service lists are present. */
export const referralPersonSchema = z.object({
  registered: z.boolean(),
  personId: z.string().uuid().nullable().optional(),
  fullName: z.string().optional(),
  nik: z.string().nullable().optional(),
  kk: z.string().nullable().optional(),
  sex: z.enum(['L', 'P']).nullable().optional(),
  birthDate: z.string().nullable().optional(),
  birthYear: z.number().nullable().optional(),
  birthPlace: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  disability: z.object({ type: z.string(), severity: z.string().nullable() }).nullable().optional(),
  insurance: z.object({ status: z.string(), type: z.string().nullable() }).nullable().optional(),
  documents: z.object({ ktp: z.boolean(), kk: z.boolean(), birthCertificate: z.boolean() }).optional(),
});

export const referralSummarySchema = z.object({
  id: z.string().uuid(),
  number: z.string().describe('Nomor rujukan, mis. RJK-7303-2026-000045'),
  status: z.enum(REFERRAL_STATUSES),
  tier: z.number(),
  service: z.object({
    id: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    category: z.enum(CATEGORIES),
  }),
  organisation: z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }),
  desaCode: z.string(),
  desaName: z.string(),
  personName: z.string().nullable().describe('Nama (hanya bila boleh dilihat peran ini)'),
  acceptDueAt: z.string().nullable(),
  completeDueAt: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type ReferralSummary = z.infer<typeof referralSummarySchema>;

export const referralSchema = referralSummarySchema.extend({
  intake: z
    .object({ id: z.string().uuid(), number: z.string(), category: z.enum(CATEGORIES), urgency: z.string() })
    .nullable()
    .describe('null untuk mitra (tanpa catatan kasus)'),
  person: referralPersonSchema,
  note: z.string().nullable(),
  requiredDocuments: z.array(z.string()),
  outcome: z.enum(OUTCOMES).nullable(),
  declineReason: z.string().nullable(),
  referredBy: z.object({ username: z.string(), desaCode: z.string() }).nullable(),
  timeline: z.array(timelineEntrySchema),
  /** What the signed-in user may do now (the UI shows only these buttons). */
  allowedActions: z.array(z.enum(REFERRAL_ACTIONS)),
  letterUrl: z.string(),
  verifyUrl: z.string(),
});
export type ReferralView = z.infer<typeof referralSchema>;

export const referralsQuerySchema = z
  .object({
    status: z
      .string()
      .regex(/^[a-z_]+(,[a-z_]+)*$/)
      .optional()
      .describe('Satu atau beberapa status, dipisah koma'),
    tier: z.coerce.number().int().min(1).max(3).optional(),
    desa: z
      .string()
      .regex(/^\d{10}$/)
      .optional(),
    organisation: z.string().max(40).optional().describe('Kode organisasi'),
    overdue: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    intake: z.string().uuid().optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type ReferralsQuery = z.infer<typeof referralsQuerySchema>;

export const referralPageSchema = pageOf(referralSummarySchema);

/** What the QR code on the letter opens: enough to confirm the letter is genuine. */
export const verificationSchema = z.object({
  valid: z.literal(true),
  number: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  serviceName: z.string(),
  organisationName: z.string(),
  acceptDueAt: z.string().nullable(),
  completeDueAt: z.string().nullable(),
  referralId: z.string().uuid(),
});

/** Every service a person received, has pending, or was refused. */
export const personServicesSchema = z.object({
  received: z.array(referralSummarySchema),
  pending: z.array(referralSummarySchema),
  refused: z.array(referralSummarySchema),
});

export const sweepResultSchema = z.object({
  escalated: z.number(),
  checked: z.number(),
});

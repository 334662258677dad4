import { z } from 'zod';
import { referralSummarySchema } from '../referral/referral.schema.ts';

export const notificationSchema = z.object({
  id: z.string().uuid(),
  kind: z.string().describe('referral.sent, referral.completed, referral.declined, referral.escalated...'),
  referralId: z.string().uuid().nullable(),
  referralNumber: z.string().nullable(),
  status: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** The work inbox of the signed-in user (and their organisation). */
export const inboxSchema = z.object({
  new: z.array(referralSummarySchema).describe('Rujukan baru untuk saya/organisasi saya'),
  dueSoon: z.array(referralSummarySchema).describe('Batas waktu dalam 2 hari'),
  overdue: z.array(referralSummarySchema),
  escalated: z.array(referralSummarySchema).describe('Dieskalasi ke tingkat saya'),
  feedback: z.array(referralSummarySchema).describe('Rujukan balik untuk rujukan yang saya kirim'),
  notifications: z.array(notificationSchema),
  unread: z.number(),
});

export const markReadSchema = z.object({ ids: z.array(z.string().uuid()).max(200) }).strict();

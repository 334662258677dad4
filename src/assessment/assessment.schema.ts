import { z } from 'zod';
import { CLUSTERS } from '../registry/vocabulary.ts';
import { indicatorSetSchema, localizedTextSchema } from './indicator-set.schema.ts';
import { RESULT_KINDS, SCORING_RULES, WELFARE_CLASSES } from './vocabulary.ts';

/** One answer: true/false, a choice code, a number, or null (not answered). */
export const answerValueSchema = z.union([z.boolean(), z.string().max(40), z.number().finite(), z.null()]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** Answers by indicator key. Checked against the set (type, range, required) by `answers.rules.ts`. */
export const answersSchema = z.record(z.string().max(40), answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;

export const newAssessmentSchema = z
  .object({
    setId: z
      .string()
      .uuid()
      .describe('Versi set indikator yang dipakai (harus aktif dan berlaku di klaster desa)'),
    assessedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'INVALID_DATE' })
      .describe('Tanggal asesmen (TTTT-BB-HH), tidak di masa depan'),
    answers: answersSchema,
    latitude: z.number().min(-11).max(6).nullable().optional(),
    longitude: z.number().min(95).max(141).nullable().optional(),
  })
  .strict();
export type NewAssessmentInput = z.infer<typeof newAssessmentSchema>;

/** One line of the explanation: the question, the answer, whether its criterion holds, the points. */
export const explanationItemSchema = z.object({
  key: z.string(),
  question: localizedTextSchema,
  criterionText: localizedTextSchema.nullable(),
  answer: answerValueSchema,
  answerLabel: localizedTextSchema.nullable().describe('Label pilihan, untuk jawaban pilihan'),
  /** null: supporting question without a criterion. */
  met: z.boolean().nullable(),
  unanswered: z.boolean(),
  points: z.number().int(),
});

export const explanationSchema = z.object({
  rule: z.enum(SCORING_RULES),
  score: z.number().int(),
  maxScore: z.number().int(),
  criteriaMet: z.number().int(),
  criteriaTotal: z.number().int(),
  threshold: z.object({ class: z.enum(WELFARE_CLASSES), minScore: z.number().int() }),
  /** The next better-off class and the score below which it stays out of reach; null when best-off. */
  nextClass: z.object({ class: z.enum(WELFARE_CLASSES), belowScore: z.number().int() }).nullable(),
  items: z.array(explanationItemSchema),
  summary: z.string().describe('Penjelasan dalam kalimat sederhana, bahasa permintaan (id/en)'),
});
export type ExplanationResponse = z.infer<typeof explanationSchema>;

export const setRefSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  scheme: z.string(),
  version: z.number().int(),
  name: localizedTextSchema,
  status: z.enum(['draft', 'active', 'retired']),
});

/** One stored result: always readable with the version that produced it. */
export const assessmentSchema = z.object({
  id: z.string().uuid(),
  householdId: z.string().uuid(),
  set: setRefSchema,
  kind: z
    .enum(RESULT_KINDS)
    .describe('field: kunjungan; reclassify: jawaban lama dinilai ulang dengan versi lain'),
  assessedOn: z.string(),
  assessor: z.object({ username: z.string() }).nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  answers: z.record(z.string(), answerValueSchema),
  score: z.number().int(),
  class: z.enum(WELFARE_CLASSES),
  current: z.boolean().describe('Hasil ini kelas terkini keluarga untuk skemanya'),
  explanation: explanationSchema,
  createdAt: z.string(),
});
export type AssessmentResponse = z.infer<typeof assessmentSchema>;

export const assessmentHistorySchema = z.object({
  /** The current class per scheme (latest result under the active version). */
  current: z.array(
    z.object({ scheme: z.string(), assessmentId: z.string().uuid(), class: z.enum(WELFARE_CLASSES) }),
  ),
  items: z.array(assessmentSchema).describe('Terbaru lebih dulu'),
});

export const assessmentFormSchema = z.object({
  household: z.object({
    id: z.string().uuid(),
    desaCode: z.string(),
    desaName: z.string(),
    cluster: z.enum(CLUSTERS),
  }),
  forms: z.array(
    z.object({
      set: indicatorSetSchema,
      previous: z
        .object({
          assessmentId: z.string().uuid(),
          assessedOn: z.string(),
          answers: z.record(z.string(), answerValueSchema),
        })
        .nullable()
        .describe('Jawaban terakhir skema ini, untuk diisikan ulang'),
    }),
  ),
  abilities: z.object({ assess: z.boolean() }),
});

export const reclassifySchema = z
  .object({
    setIds: z
      .array(z.string().uuid())
      .max(20)
      .optional()
      .describe('Set aktif yang dinilai ulang; kosong: semua set aktif'),
  })
  .strict();

export const reclassifyResultSchema = z.object({
  sets: z.array(
    z.object({
      id: z.string().uuid(),
      code: z.string(),
      version: z.number().int(),
      households: z.number().int().describe('Keluarga dengan jawaban yang dinilai ulang'),
      changed: z.number().int().describe('Keluarga yang kelasnya berubah'),
      byClass: z.record(z.enum(WELFARE_CLASSES), z.number().int()),
    }),
  ),
  households: z.number().int(),
  durationMs: z.number().int(),
});
export type ReclassifyResult = z.infer<typeof reclassifyResultSchema>;

import { z } from 'zod';
import { CLUSTERS } from '../registry/vocabulary.ts';
import { classThresholdSchema } from './indicator-set.schema.ts';
import { WELFARE_CLASSES } from './vocabulary.ts';

/**
 * Policy simulation: evaluate a candidate set (a draft, or any version with ad-hoc changes) against
 * every household's latest answers of its scheme, and compare with the active version. Nothing is saved.
 */
export const simulationRequestSchema = z
  .object({
    setId: z.string().uuid().describe('Set calon: draf, atau versi aktif yang diubah dengan overrides'),
    overrides: z
      .object({
        weights: z.record(z.string().max(40), z.number().int().min(0).max(100)).optional(),
        classes: z.array(classThresholdSchema).min(2).max(5).optional(),
        parameters: z.record(z.string().max(40), z.number().finite()).optional(),
      })
      .strict()
      .optional(),
    moversLimit: z
      .number()
      .int()
      .min(0)
      .max(1000)
      .default(200)
      .describe('Paling banyak keluarga berpindah yang dicantumkan'),
  })
  .strict();
export type SimulationRequest = z.infer<typeof simulationRequestSchema>;

const classCounts = z.record(z.enum(WELFARE_CLASSES), z.number().int());

/** Counts of one area: per class under the candidate and under the active version, and moves. */
export const areaCountsSchema = z.object({
  households: z.number().int(),
  candidate: classCounts,
  baseline: classCounts.describe('Dengan versi aktif (kosong bila tidak ada versi aktif)'),
  up: z.number().int().describe('Pindah ke kelas yang lebih baik (kurang miskin)'),
  down: z.number().int().describe('Pindah ke kelas yang lebih buruk'),
});
export type AreaCounts = z.infer<typeof areaCountsSchema>;

export const simulationResultSchema = z.object({
  candidate: z.object({
    id: z.string().uuid(),
    code: z.string(),
    version: z.number().int(),
    status: z.string(),
    overridden: z.boolean(),
  }),
  baseline: z.object({ id: z.string().uuid(), code: z.string(), version: z.number().int() }).nullable(),
  classes: z.array(z.enum(WELFARE_CLASSES)).describe('Kelas yang muncul, dari terburuk ke terbaik'),
  regency: areaCountsSchema,
  clusters: z.array(areaCountsSchema.extend({ cluster: z.enum(CLUSTERS) })),
  kecamatan: z.array(areaCountsSchema.extend({ code: z.string(), name: z.string() })),
  desa: z.array(
    areaCountsSchema.extend({
      code: z.string(),
      name: z.string(),
      kecamatanCode: z.string(),
      cluster: z.enum(CLUSTERS),
    }),
  ),
  /** Households changing class; null for roles without registry access (e.g. tkpkd): counts only. */
  movers: z
    .array(
      z.object({
        householdId: z.string().uuid(),
        headName: z.string().nullable(),
        desaCode: z.string(),
        from: z.enum(WELFARE_CLASSES).nullable(),
        to: z.enum(WELFARE_CLASSES),
        direction: z.enum(['up', 'down']),
      }),
    )
    .nullable(),
  moversTruncated: z.boolean(),
  durationMs: z.number().int(),
});
export type SimulationResult = z.infer<typeof simulationResultSchema>;

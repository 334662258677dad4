import { z } from 'zod';
import { CLUSTERS } from '../registry/vocabulary.ts';
import { SCORING_RULES, SET_STATUSES, WELFARE_CLASSES } from './vocabulary.ts';

/**
 * The indicator-set document: the one format for the built-in sets (`sets/*.yaml`), imports,
 * exports, drafts edited in the app and the API. Shape is checked here; cross-field rules
 * (unique keys, references between indicators, threshold order) by `indicator-set.rules.ts`.
 */

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const key = () => z.string().regex(KEY, { error: 'KEY_INVALID' });

export const localizedTextSchema = z
  .object({
    id: z.string().trim().min(1).max(500).describe('Teks bahasa Indonesia'),
    en: z.string().trim().min(1).max(500).describe('English text'),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const choiceOptionSchema = z
  .object({ value: key().describe('Kode pilihan'), label: localizedTextSchema })
  .strict();

/** What kind of answer a question takes. */
export const answerSpecSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('boolean') }).strict(),
  z.object({ type: z.literal('choice'), options: z.array(choiceOptionSchema).min(2).max(30) }).strict(),
  z
    .object({
      type: z.literal('number'),
      min: z.number().finite().describe('Nilai terkecil yang diterima'),
      max: z.number().finite().describe('Nilai terbesar yang diterima'),
      integer: z.boolean().default(false),
      unit: z.string().trim().max(20).optional().describe('Satuan, mis. m², Rp, orang, km'),
    })
    .strict(),
]);
export type AnswerSpec = z.infer<typeof answerSpecSchema>;

const indicatorRef = key()
  .optional()
  .describe('Indikator yang diperiksa; bila kosong, indikator ini sendiri');

/**
 * One test on an answer. `yes`/`no`: a boolean answer; `in`: a choice among `values`;
 * `lt`/`lte`/`gt`/`gte`: a number compared with `value` or with the set parameter `param`,
 * optionally per unit of another number answer (`per`: answer ÷ per < value, e.g. floor area per person).
 */
export const conditionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('yes'), indicator: indicatorRef }).strict(),
  z.object({ op: z.literal('no'), indicator: indicatorRef }).strict(),
  z.object({ op: z.literal('in'), indicator: indicatorRef, values: z.array(key()).min(1).max(30) }).strict(),
  z
    .object({
      op: z.enum(['lt', 'lte', 'gt', 'gte']),
      indicator: indicatorRef,
      value: z.number().finite().optional(),
      param: key().optional().describe('Kunci parameter set (mis. land_area_max_m2)'),
      per: key().optional().describe('Dibagi jawaban angka lain (mis. jumlah anggota keluarga)'),
    })
    .strict(),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const allOfSchema = z.object({ all: z.array(conditionSchema).min(1).max(10) }).strict();

/** When an indicator's criterion is met: one condition, all of several, or any of several (each possibly an `all`). */
export const criterionSchema = z.union([
  conditionSchema,
  allOfSchema,
  z
    .object({
      any: z
        .array(z.union([conditionSchema, allOfSchema]))
        .min(1)
        .max(10),
    })
    .strict(),
]);
export type Criterion = z.infer<typeof criterionSchema>;

export const indicatorSchema = z
  .object({
    key: key().describe('Kunci stabil; jawaban disimpan dengan kunci ini'),
    question: localizedTextSchema.describe('Pertanyaan untuk fasilitator'),
    help: localizedTextSchema.optional(),
    answer: answerSpecSchema,
    required: z.boolean().default(true),
    criterion: criterionSchema
      .nullable()
      .default(null)
      .describe('Kapan kriteria terpenuhi; null untuk pertanyaan pendukung tanpa skor'),
    criterionText: localizedTextSchema
      .optional()
      .describe('Kriteria dalam kalimat sederhana (wajib bila ada kriteria)'),
    weight: z
      .number()
      .int()
      .min(0)
      .max(100)
      .default(1)
      .describe('Poin bila kriteria terpenuhi (aturan weighted)'),
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;

export const parameterSchema = z
  .object({
    key: key(),
    label: localizedTextSchema,
    value: z.number().finite(),
    unit: z.string().trim().max(20).optional(),
  })
  .strict();
export type Parameter = z.infer<typeof parameterSchema>;

/** A class is reached when the score is at least `minScore`; the last class (minScore 0) is the fallback. */
export const classThresholdSchema = z
  .object({ class: z.enum(WELFARE_CLASSES), minScore: z.number().int().min(0).max(10_000) })
  .strict();
export type ClassThreshold = z.infer<typeof classThresholdSchema>;

export const INDICATOR_SET_FORMAT = 'selaras.indicator-set/1';

/** The indicator-set document (import/export file, draft body). */
export const indicatorSetDefinitionSchema = z
  .object({
    format: z.literal(INDICATOR_SET_FORMAT).default(INDICATOR_SET_FORMAT),
    code: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: 'SET_CODE_INVALID' })
      .describe('Kode keluarga set; versi baru dari kode yang sama menggantikan versi lama'),
    scheme: key().describe(
      'Skema (mis. bps, lokal): satu set aktif per skema dan klaster; kelas terkini disimpan per skema',
    ),
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    source: z.string().trim().max(1000).optional().describe('Sumber rumusan indikator'),
    example: z.boolean().default(false).describe('Contoh, bukan rumusan resmi kabupaten'),
    clusters: z.array(z.enum(CLUSTERS)).min(1).max(3).describe('Klaster desa tempat set berlaku'),
    scoring: z.enum(SCORING_RULES),
    parameters: z.array(parameterSchema).max(30).default([]),
    indicators: z.array(indicatorSchema).min(1).max(60),
    classes: z
      .array(classThresholdSchema)
      .min(2)
      .max(5)
      .describe('Dari kelas terburuk ke terbaik; minScore turun; kelas terakhir minScore 0'),
  })
  .strict();
export type IndicatorSetDefinition = z.infer<typeof indicatorSetDefinitionSchema>;
/** The document as written in a file, before defaults are filled in. */
export type IndicatorSetDefinitionInput = z.input<typeof indicatorSetDefinitionSchema>;

const actorRefSchema = z.object({ username: z.string() }).nullable();

export const setAbilitiesSchema = z.object({
  edit: z.boolean().describe('Draf ini dapat diubah oleh pengguna'),
  activate: z.boolean(),
  copy: z.boolean(),
  simulate: z.boolean(),
});

/** One stored version of a set, as the API returns it. */
export const indicatorSetSchema = z.object({
  id: z.string().uuid(),
  version: z.number().int().describe('Nomor versi dalam kode set (1, 2, ...)'),
  status: z.enum(SET_STATUSES),
  revision: z
    .number()
    .int()
    .describe('Revisi draf untuk kendali konkurensi (PATCH mengirim revisi terakhir)'),
  definition: indicatorSetDefinitionSchema,
  createdAt: z.string(),
  createdBy: actorRefSchema,
  updatedAt: z.string(),
  activatedAt: z.string().nullable(),
  activatedBy: actorRefSchema,
  retiredAt: z.string().nullable(),
  builtIn: z.boolean().describe('Dimuat dari berkas bawaan saat pertama kali dijalankan'),
  abilities: setAbilitiesSchema,
});
export type IndicatorSetResponse = z.infer<typeof indicatorSetSchema>;

export const indicatorSetSummarySchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  scheme: z.string(),
  version: z.number().int(),
  status: z.enum(SET_STATUSES),
  name: localizedTextSchema,
  example: z.boolean(),
  clusters: z.array(z.enum(CLUSTERS)),
  scoring: z.enum(SCORING_RULES),
  indicatorCount: z.number().int(),
  activatedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const indicatorSetsQuerySchema = z
  .object({
    status: z.enum(SET_STATUSES).optional(),
    cluster: z.enum(CLUSTERS).optional(),
    code: z.string().max(40).optional(),
  })
  .strict();

/** A new draft: a copy of an existing version (next version of its code), or a new document. */
export const newIndicatorSetSchema = z
  .object({
    copyOf: z.string().uuid().optional().describe('Salin versi ini menjadi draf versi berikutnya'),
    definition: indicatorSetDefinitionSchema.optional().describe('Atau dokumen set baru'),
  })
  .strict();

export const indicatorSetUpdateSchema = z
  .object({
    revision: z.number().int().positive(),
    definition: indicatorSetDefinitionSchema.describe('Dokumen lengkap; kode dan skema tidak dapat diubah'),
  })
  .strict();

export const activateSchema = z.object({ revision: z.number().int().positive() }).strict();

export const activationResultSchema = z.object({
  set: indicatorSetSchema,
  retired: z.array(z.object({ id: z.string().uuid(), code: z.string(), version: z.number().int() })),
});

export const exportQuerySchema = z.object({ format: z.enum(['json', 'yaml']).default('json') }).strict();

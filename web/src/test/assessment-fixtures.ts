import type {
  Assessment,
  AssessmentForm,
  AssessmentHistory,
  IndicatorSet,
  IndicatorSetDefinition,
  IndicatorSetSummary,
  SimulationResult,
} from '../api/types.ts';

/** Synthetic indicator sets and results for web tests (shapes of the server's zod contract). */

export const SET_ID = '00000000-0000-4000-8000-000000000001';
export const DRAFT_ID = '00000000-0000-4000-8000-000000000002';
export const HH_ID = '00000000-0000-4000-8000-0000000000a1';

const text = (id: string, en: string) => ({ id, en });

export function definition(overrides: Partial<IndicatorSetDefinition> = {}): IndicatorSetDefinition {
  return {
    format: 'selaras.indicator-set/1',
    code: 'bps-14',
    scheme: 'bps',
    name: text('Kriteria BPS (14)', 'BPS criteria (14)'),
    source: 'BPS',
    example: false,
    clusters: ['pesisir', 'dataran_rendah', 'pegunungan'],
    scoring: 'count',
    parameters: [
      {
        key: 'land_area_max_m2',
        label: text('Luas lahan paling luas', 'Largest land area'),
        value: 500,
        unit: 'm²',
      },
    ],
    indicators: [
      {
        key: 'electricity',
        question: text(
          'Apakah rumah memakai listrik untuk penerangan?',
          'Does the house use electricity for lighting?',
        ),
        answer: { type: 'boolean' },
        required: true,
        criterion: { op: 'no' },
        criterionText: text('Tidak ada listrik untuk penerangan', 'No electricity for lighting'),
        weight: 1,
      },
      {
        key: 'floor',
        question: text('Jenis lantai terluas', 'Main floor type'),
        answer: {
          type: 'choice',
          options: [
            { value: 'tanah', label: text('Tanah', 'Earth') },
            { value: 'keramik', label: text('Keramik', 'Tiles') },
          ],
        },
        required: true,
        criterion: { op: 'in', values: ['tanah'] },
        criterionText: text('Lantai tanah, bambu atau kayu murah', 'Earth, bamboo or cheap wood floor'),
        weight: 1,
      },
      {
        key: 'floor_area',
        question: text('Luas lantai rumah', 'Floor area of the house'),
        answer: { type: 'number', min: 1, max: 1000, integer: false, unit: 'm²' },
        required: true,
        criterion: { op: 'lt', value: 8, per: 'members' },
        criterionText: text('Luas lantai kurang dari 8 m² per orang', 'Under 8 m² per person'),
        weight: 1,
      },
    ],
    classes: [
      { class: 'miskin', minScore: 2 },
      { class: 'tidak_miskin', minScore: 0 },
    ],
    ...overrides,
  };
}

export function indicatorSet(overrides: Partial<IndicatorSet> = {}): IndicatorSet {
  return {
    id: SET_ID,
    version: 1,
    status: 'active',
    revision: 1,
    definition: definition(),
    createdAt: '2026-01-05T02:00:00Z',
    createdBy: null,
    updatedAt: '2026-01-05T02:00:00Z',
    activatedAt: '2026-01-05T02:00:00Z',
    activatedBy: { username: 'admin' },
    retiredAt: null,
    builtIn: true,
    abilities: { edit: false, activate: false, copy: false, simulate: false },
    ...overrides,
  };
}

export function summary(set: IndicatorSet): IndicatorSetSummary {
  return {
    id: set.id,
    code: set.definition.code,
    scheme: set.definition.scheme,
    version: set.version,
    status: set.status,
    name: set.definition.name,
    example: set.definition.example,
    clusters: set.definition.clusters,
    scoring: set.definition.scoring,
    indicatorCount: set.definition.indicators.length,
    activatedAt: set.activatedAt,
    updatedAt: set.updatedAt,
  };
}

export function assessmentForm(): AssessmentForm {
  return {
    household: { id: HH_ID, desaCode: '7303012008', desaName: 'Bonto Jai', cluster: 'dataran_rendah' },
    forms: [{ set: indicatorSet(), previous: null }],
    abilities: { assess: true },
  };
}

/** The result a household meeting 10 of the 14 BPS criteria gets. */
export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  const items = Array.from({ length: 14 }, (_, i) => ({
    key: `k${i + 1}`,
    question: text(`Pertanyaan ${i + 1}`, `Question ${i + 1}`),
    criterionText: text(`Kriteria ${i + 1}`, `Criterion ${i + 1}`),
    answer: i < 10,
    answerLabel: null,
    met: i < 10,
    unanswered: false,
    points: i < 10 ? 1 : 0,
  }));
  items[0] = { ...items[0]!, question: text('Tidak ada listrik untuk penerangan?', 'No electricity?') };
  return {
    id: '00000000-0000-4000-8000-0000000000e1',
    householdId: HH_ID,
    set: {
      id: SET_ID,
      code: 'bps-14',
      scheme: 'bps',
      version: 1,
      name: text('Kriteria BPS (14)', 'BPS criteria (14)'),
      status: 'active',
    },
    kind: 'field',
    assessedOn: '2026-02-03',
    assessor: { username: 'andi.fasilitator' },
    latitude: null,
    longitude: null,
    answers: {},
    score: 10,
    class: 'miskin',
    current: true,
    explanation: {
      rule: 'count',
      score: 10,
      maxScore: 14,
      criteriaMet: 10,
      criteriaTotal: 14,
      threshold: { class: 'miskin', minScore: 9 },
      nextClass: { class: 'tidak_miskin', belowScore: 9 },
      items,
      summary: 'Keluarga ini memenuhi 10 dari 14 kriteria, sehingga tergolong miskin.',
    },
    createdAt: '2026-02-03T03:00:00Z',
    ...overrides,
  };
}

export function assessmentHistory(): AssessmentHistory {
  const latest = assessment();
  const older = assessment({
    id: '00000000-0000-4000-8000-0000000000e0',
    assessedOn: '2025-02-01',
    class: 'tidak_miskin',
    current: false,
    set: { ...latest.set, version: 0, status: 'retired' },
  });
  return {
    current: [{ scheme: 'bps', assessmentId: latest.id, class: 'miskin' }],
    items: [latest, older],
  };
}

const counts = (miskin: number, tidak: number) => ({
  sangat_miskin: 0,
  miskin,
  hampir_miskin: 0,
  rentan: 0,
  tidak_miskin: tidak,
});

export function simulationResult(overrides: Partial<SimulationResult> = {}): SimulationResult {
  const area = (c: [number, number], b: [number, number], up: number, down: number) => ({
    households: c[0] + c[1],
    candidate: counts(...c),
    baseline: counts(...b),
    up,
    down,
  });
  return {
    candidate: { id: DRAFT_ID, code: 'bps-14', version: 2, status: 'draft', overridden: false },
    baseline: { id: SET_ID, code: 'bps-14', version: 1 },
    classes: ['miskin', 'tidak_miskin'],
    regency: area([125, 875], [120, 880], 3, 8),
    clusters: [{ cluster: 'dataran_rendah', ...area([125, 875], [120, 880], 3, 8) }],
    kecamatan: [{ code: '730301', name: 'Bissappu', ...area([125, 875], [120, 880], 3, 8) }],
    desa: [
      {
        code: '7303012008',
        name: 'Bonto Jai',
        kecamatanCode: '730301',
        cluster: 'dataran_rendah',
        ...area([70, 430], [62, 438], 1, 9),
      },
      {
        code: '7303011002',
        name: 'Bonto Lebang',
        kecamatanCode: '730301',
        cluster: 'dataran_rendah',
        ...area([55, 445], [58, 442], 2, 0),
      },
    ],
    movers: null,
    moversTruncated: false,
    durationMs: 120,
    ...overrides,
  };
}

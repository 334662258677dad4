import { describe, expect, it } from 'vitest';
import { BPS, PESISIR } from './scoring.fixtures.ts';
import { aggregateSimulation, checkOverrides, type DesaInfo, directionOf } from './simulation.rules.ts';

const DESA: DesaInfo[] = [
  { code: '7303010001', name: 'A', kecamatanCode: '730301', kecamatanName: 'K1', cluster: 'pesisir' },
  { code: '7303010002', name: 'B', kecamatanCode: '730301', kecamatanName: 'K1', cluster: 'pegunungan' },
  { code: '7303020001', name: 'C', kecamatanCode: '730302', kecamatanName: 'K2', cluster: 'pesisir' },
];

describe('simulation rules', () => {
  it('moving up means moving to a better-off class', () => {
    expect(directionOf('tidak_miskin', 'miskin')).toBe('up');
    expect(directionOf('sangat_miskin', 'rentan')).toBe('down');
    expect(directionOf('miskin', 'miskin')).toBe('same');
    expect(directionOf('miskin', null)).toBe('same');
  });

  it('rolls groups up to desa, kecamatan, cluster and regency, listing every desa', () => {
    const result = aggregateSimulation(
      [
        { desaCode: '7303010001', candidate: 'miskin', baseline: 'tidak_miskin', households: 3 },
        { desaCode: '7303010001', candidate: 'tidak_miskin', baseline: 'tidak_miskin', households: 10 },
        { desaCode: '7303020001', candidate: 'tidak_miskin', baseline: 'miskin', households: 2 },
      ],
      DESA,
    );
    expect(result.regency).toMatchObject({ households: 15, up: 2, down: 3 });
    expect(result.regency.candidate).toMatchObject({ miskin: 3, tidak_miskin: 12, rentan: 0 });
    expect(result.regency.baseline).toMatchObject({ miskin: 2, tidak_miskin: 13 });
    expect(result.kecamatan.map((k) => [k.code, k.households, k.up, k.down])).toEqual([
      ['730301', 13, 0, 3],
      ['730302', 2, 2, 0],
    ]);
    expect(result.clusters.map((c) => [c.cluster, c.households])).toEqual([
      ['pesisir', 15],
      ['pegunungan', 0],
    ]);
    expect(result.desa.map((d) => d.households)).toEqual([13, 0, 2]);
  });

  it('refuses overrides naming unknown indicators or parameters, or misordered thresholds', () => {
    expect(
      checkOverrides(BPS, { parameters: { land_area_max_m2: 5000 }, weights: { floor_type: 2 } }),
    ).toEqual([]);
    expect(
      checkOverrides(PESISIR, {
        weights: { household_members: 3 },
        parameters: { land_area_max_m2: 1 },
        classes: [
          { class: 'miskin', minScore: 10 },
          { class: 'tidak_miskin', minScore: 20 },
        ],
      }),
    ).toEqual([
      { field: 'overrides.weights.household_members', code: 'SIMULATION_INDICATOR_UNKNOWN' },
      { field: 'overrides.parameters.land_area_max_m2', code: 'SIMULATION_PARAMETER_UNKNOWN' },
      { field: 'overrides.classes.1.minScore', code: 'SET_THRESHOLD_ORDER' },
      { field: 'overrides.classes.1.minScore', code: 'SET_LAST_THRESHOLD_ZERO' },
    ]);
  });
});

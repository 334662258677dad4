import type { TFunction } from 'i18next';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaCounts, IndicatorSet, SimulationResult, WelfareClass } from '../api/types.ts';
import { classLabel, localized } from '../assessment/labels.tsx';
import { vocabLabel } from '../registry/labels.ts';
import { SelectField } from '../ui/fields.tsx';
import { Loading } from '../ui/status.tsx';

// The chart library is the heaviest part of this page: load it after the tables are on screen.
const ClassChart = lazy(() => import('./ClassChart.tsx').then((m) => ({ default: m.ClassChart })));

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** "120 (+5)": the count under the candidate and its change against the active version. */
function cellText(area: AreaCounts, cls: WelfareClass, hasBaseline: boolean): string {
  const candidate = area.candidate[cls] ?? 0;
  if (!hasBaseline) return String(candidate);
  return `${candidate} (${signed(candidate - (area.baseline[cls] ?? 0))})`;
}

interface Row {
  key: string;
  name: string;
  area: AreaCounts;
}

function AreaTable({
  caption,
  rows,
  classes,
  hasBaseline,
  t,
}: {
  caption: string;
  rows: Row[];
  classes: WelfareClass[];
  hasBaseline: boolean;
  t: TFunction;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('simulation.area', 'Wilayah')}</th>
            <th scope="col">{t('simulation.households', 'Keluarga')}</th>
            {classes.map((c) => (
              <th scope="col" key={c}>
                {classLabel(t, c)}
              </th>
            ))}
            <th scope="col">{t('simulation.up', 'Naik kelas')}</th>
            <th scope="col">{t('simulation.down', 'Turun kelas')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>{row.area.households}</td>
              {classes.map((c) => (
                <td key={c}>{cellText(row.area, c, hasBaseline)}</td>
              ))}
              <td>{row.area.up}</td>
              <td>{row.area.down}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Counts per class for the regency, per cluster, kecamatan and desa, against the active version. */
export function SimulationResults({
  result,
  set,
}: {
  result: SimulationResult;
  set: IndicatorSet | undefined;
}) {
  const { t, i18n } = useTranslation();
  const hasBaseline = result.baseline !== null;
  const [chartClass, setChartClass] = useState<WelfareClass>(result.classes[0] ?? 'miskin');
  const desaNames = new Map(result.desa.map((d) => [d.code, d.name]));
  const common = { classes: result.classes, hasBaseline, t };
  const clusterRows = result.clusters.map((c) => ({
    key: c.cluster,
    name: vocabLabel(t, 'cluster', c.cluster),
    area: c,
  }));
  // 67 desa do not fit a phone: the desa table and chart can be narrowed to one kecamatan.
  const [kecamatan, setKecamatan] = useState('');
  const desaRows = result.desa
    .filter((d) => !kecamatan || d.kecamatanCode === kecamatan)
    .map((d) => ({ key: d.code, name: d.name, area: d }));
  const kecamatanFilter = (
    <SelectField
      id="sim-kecamatan"
      label={t('simulation.kecamatanFilter', 'Desa di kecamatan')}
      value={kecamatan}
      onChange={setKecamatan}
      options={result.kecamatan.map((k) => ({ value: k.code, label: k.name }))}
      placeholder={t('simulation.allKecamatan', 'Semua kecamatan')}
    />
  );

  return (
    <section aria-labelledby="sim-result" className="section" aria-live="polite">
      <h2 id="sim-result">{t('simulation.resultTitle', 'Hasil simulasi')}</h2>
      <p>
        {set ? localized(set.definition.name, i18n.language) : result.candidate.code}{' '}
        {t('assessment.result.version', 'versi {{version}}', { version: result.candidate.version })}
        {result.candidate.overridden ? ` · ${t('simulation.overridden', 'dengan perubahan sementara')}` : ''}{' '}
        ·{' '}
        {hasBaseline
          ? t('simulation.against', 'dibanding versi aktif {{version}}', {
              version: result.baseline?.version,
            })
          : t('simulation.noBaseline', 'belum ada versi aktif untuk dibandingkan')}
      </p>
      <p>
        {t('simulation.moves', '{{households}} keluarga dihitung; {{up}} naik kelas, {{down}} turun kelas.', {
          households: result.regency.households,
          up: result.regency.up,
          down: result.regency.down,
        })}
      </p>
      <AreaTable
        caption={t('simulation.regency', 'Kabupaten')}
        rows={[{ key: 'regency', name: t('simulation.regency', 'Kabupaten'), area: result.regency }]}
        {...common}
      />
      <AreaTable caption={t('simulation.byCluster', 'Per klaster')} rows={clusterRows} {...common} />
      <AreaTable
        caption={t('simulation.byKecamatan', 'Per kecamatan')}
        rows={result.kecamatan.map((k) => ({ key: k.code, name: k.name, area: k }))}
        {...common}
      />
      {kecamatanFilter}
      <AreaTable caption={t('simulation.byDesa', 'Per desa/kelurahan')} rows={desaRows} {...common} />

      <h3>{t('simulation.charts', 'Grafik')}</h3>
      <SelectField
        id="chart-class"
        label={t('simulation.chartClass', 'Kelas yang digambarkan')}
        value={chartClass}
        onChange={(v) => setChartClass(result.classes.find((c) => c === v) ?? chartClass)}
        options={result.classes.map((c) => ({ value: c, label: classLabel(t, c) }))}
        placeholder={false}
      />
      <Suspense fallback={<Loading />}>
        <ClassChart
          title={t('simulation.chartCluster', 'Jumlah keluarga {{class}} per klaster', {
            class: classLabel(t, chartClass),
          })}
          rows={clusterRows}
          welfareClass={chartClass}
          hasBaseline={hasBaseline}
        />
        <ClassChart
          title={t('simulation.chartDesa', 'Jumlah keluarga {{class}} per desa', {
            class: classLabel(t, chartClass),
          })}
          rows={desaRows}
          welfareClass={chartClass}
          hasBaseline={hasBaseline}
        />
      </Suspense>

      {result.movers ? (
        <>
          <h3>{t('simulation.movers', 'Keluarga yang berpindah kelas')}</h3>
          <ul className="results">
            {result.movers.map((m) => (
              <li key={m.householdId} className="card">
                {m.headName ?? '—'} · {desaNames.get(m.desaCode) ?? m.desaCode} ·{' '}
                {m.from ? classLabel(t, m.from) : '—'} → {classLabel(t, m.to)} (
                {m.direction === 'up'
                  ? t('simulation.up', 'Naik kelas')
                  : t('simulation.down', 'Turun kelas')}
                )
              </li>
            ))}
          </ul>
          {result.moversTruncated ? (
            <p className="muted">{t('simulation.truncated', 'Daftar dipotong.')}</p>
          ) : null}
        </>
      ) : (
        <p className="muted">
          {t('simulation.countsOnly', 'Nama keluarga tidak ditampilkan untuk peran Anda; hanya jumlahnya.')}
        </p>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AreaCounts, WelfareClass } from '../api/types.ts';

export interface ChartRow {
  key: string;
  name: string;
  area: AreaCounts;
}

/**
 * Households of one class per area, active version beside the candidate (recharts). The same numbers
 * are in the tables above, which screen readers read instead of the drawing.
 */
export function ClassChart({
  title,
  rows,
  welfareClass,
  hasBaseline,
}: {
  title: string;
  rows: ChartRow[];
  welfareClass: WelfareClass;
  hasBaseline: boolean;
}) {
  const { t } = useTranslation();
  const data = rows.map((r) => ({
    name: r.name,
    baseline: r.area.baseline[welfareClass] ?? 0,
    candidate: r.area.candidate[welfareClass] ?? 0,
  }));
  // The drawing is hidden from screen readers (the tables carry the numbers), so it must not take
  // the keyboard focus either: recharts' keyboard layer is off.
  // Horizontal bars: area names stay readable on a phone; the height grows with the number of areas.
  const height = Math.max(160, data.length * (hasBaseline ? 34 : 22) + 60);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip />
            <Legend />
            {hasBaseline ? (
              <Bar dataKey="baseline" name={t('simulation.baseline', 'Versi aktif')} fill="#9aa7b1" />
            ) : null}
            <Bar dataKey="candidate" name={t('simulation.candidate', 'Calon')} fill="#0b5d56" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

import { periodKey, periodLabel } from '../../shared/report/period.ts';
import { clusterTotals } from '../report/cluster-totals.ts';
import type { Overview } from '../report/read-overview.ts';
import { formatCompletion } from './format-completion.ts';
import type { PageContext } from './page-context.ts';

const WIDTH = 600;
const HEIGHT = 200;
const PAD = 30;

/** Three series, told apart by colour and by line style (not by colour alone). */
const SERIES = [
  { key: 'complete', label: 'trendComplete', colour: '#0b4f9c', dash: undefined },
  { key: 'office', label: 'trendOffice', colour: '#1b5e20', dash: '6 4' },
  { key: 'website', label: 'trendWebsite', colour: '#a4161a', dash: '2 4' },
] as const;

/**
 * The key shares of the cluster over the last periods: an inline SVG (no script) described by
 * its label, and the same figures as a table, the chart's text equivalent.
 */
export function TrendChart({ page, overview }: { page: PageContext; overview: Overview }) {
  const { t, language } = page;
  const points = overview.trend.map(({ period, units }) => ({ period, totals: clusterTotals(units) }));
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / Math.max(points.length - 1, 1);
  const y = (share: number) => HEIGHT - PAD - share * (HEIGHT - 2 * PAD);
  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">{t('trendTitle')}</h2>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={t('trendChartLabel', { count: points.length })}
        class="trend"
      >
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line x1={PAD} x2={WIDTH - PAD} y1={y(share)} y2={y(share)} stroke="#bbb" stroke-width="1" />
            <text x={2} y={y(share) + 4} font-size="11" fill="#1a1a1a">
              {`${share * 100}%`}
            </text>
          </g>
        ))}
        {SERIES.map((series) => (
          <polyline
            key={series.key}
            fill="none"
            stroke={series.colour}
            stroke-width="2.5"
            stroke-dasharray={series.dash}
            points={points
              .map(
                ({ totals }, i) =>
                  `${x(i)},${y(totals.procedures ? totals[series.key] / totals.procedures : 0)}`,
              )
              .join(' ')}
          />
        ))}
        {points.map(({ period }, i) => (
          <text
            key={periodKey(period)}
            x={x(i)}
            y={HEIGHT - 8}
            font-size="11"
            text-anchor="middle"
            fill="#1a1a1a"
          >
            {periodKey(period)}
          </text>
        ))}
      </svg>
      <table class="trend-table">
        <caption>{t('trendCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trendPeriod')}</th>
            {SERIES.map((series) => (
              <th key={series.key} scope="col" class="num">
                {t(series.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map(({ period, totals }) => (
            <tr key={periodKey(period)} data-period={periodKey(period)}>
              <th scope="row">{periodLabel(period, language)}</th>
              {SERIES.map((series) => (
                <td key={series.key} class="num">
                  {formatCompletion(totals[series.key], totals.procedures, language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import {type CSSProperties, Fragment, type ReactNode, useMemo} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {ScoreBand} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/RiskHeatMap';
import styles from './styles.module.css';

/** The band with the greatest `min` at or below the score, as the register computes it. */
export function bandOfScore(score: number, bands: ScoreBand[]): ScoreBand | null {
  let found: ScoreBand | null = null;
  for (const band of bands) {
    if (band.min <= score && (found === null || band.min >= found.min)) {
      found = band;
    }
  }
  return found;
}

function cellKey(likelihood: string, impact: string): string {
  return `${likelihood}\u0000${impact}`;
}

function cellLabel(likelihood: string, impact: string, count: number): string {
  const values = {likelihood, impact, count};
  return count === 1
    ? translate(
        {id: 'designDocs.riskHeatMap.cell.ariaLabel.one', message: 'Likelihood {likelihood}, impact {impact}: {count} risk'},
        values,
      )
    : translate(
        {id: 'designDocs.riskHeatMap.cell.ariaLabel.other', message: 'Likelihood {likelihood}, impact {impact}: {count} risks'},
        values,
      );
}

function Legend({bands, maxScore}: {bands: ScoreBand[]; maxScore: number}): ReactNode {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  return (
    <div className={clsx('risk-heatmap__legend', styles.legend)}>
      <span className={styles.legendTitle}>
        {translate({id: 'designDocs.riskHeatMap.legend.title', message: 'Score bands'})}
      </span>
      <ul className={styles.legendList}>
        {sorted.map((band, index) => {
          const next = sorted[index + 1];
          const upper = next ? next.min - 1 : maxScore;
          return (
            <li key={`${band.min}-${band.label}`} className={clsx('risk-heatmap__legend-item', styles.legendItem)}>
              <span className={clsx(styles.swatch, styles[band.tone])} aria-hidden="true" />
              <span>{band.label}</span>{' '}
              <span className={styles.range}>({upper > band.min ? `${band.min}–${upper}` : `${band.min}`})</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Likelihood x impact matrix: most likely at the top, least impact at the
 * left. Each cell is a toggle button counting the risks it holds.
 */
export default function RiskHeatMap({likelihood, impact, bands, risks, selected, onSelect, className}: Props): ReactNode {
  const rows = useMemo(() => [...likelihood].sort((a, b) => b.value - a.value), [likelihood]);
  const columns = useMemo(() => [...impact].sort((a, b) => a.value - b.value), [impact]);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const risk of risks) {
      if (risk.likelihood && risk.impact) {
        const key = cellKey(risk.likelihood.id, risk.impact.id);
        map.set(key, (map.get(key) ?? 0) + 1);
      }
    }
    return map;
  }, [risks]);
  if (rows.length === 0 || columns.length === 0) {
    return null;
  }
  const maxScore = (rows[0]?.value ?? 0) * (columns[columns.length - 1]?.value ?? 0);
  const likelihoodTitle = translate({id: 'designDocs.riskHeatMap.likelihood', message: 'Likelihood'});
  const impactTitle = translate({id: 'designDocs.riskHeatMap.impact', message: 'Impact'});
  const gridStyle = {
    '--risk-heatmap-columns': String(columns.length),
    '--risk-heatmap-rows': String(rows.length),
  } as CSSProperties;

  return (
    <div className={clsx('risk-heatmap', styles.heatMap, className)}>
      <div className={styles.scroller}>
        <div
          className={clsx('risk-heatmap__grid', styles.grid)}
          style={gridStyle}
          role="group"
          aria-label={translate({id: 'designDocs.riskHeatMap.ariaLabel', message: 'Risk heat map'})}>
          <span className={clsx('risk-heatmap__axis', styles.yAxisTitle)} aria-hidden="true">
            {likelihoodTitle}
          </span>
          {rows.map((row) => (
            <Fragment key={row.id}>
              <span className={clsx('risk-heatmap__level', styles.rowLabel)} aria-hidden="true">
                {row.label}
              </span>
              {columns.map((column) => {
                const count = counts.get(cellKey(row.id, column.id)) ?? 0;
                const band = bandOfScore(row.value * column.value, bands);
                const pressed = selected !== null && selected.likelihood === row.id && selected.impact === column.id;
                return (
                  <button
                    key={column.id}
                    type="button"
                    className={clsx(
                      'risk-heatmap__cell',
                      styles.cell,
                      styles[band?.tone ?? 'neutral'],
                      count === 0 && styles.empty,
                    )}
                    data-likelihood={row.id}
                    data-impact={column.id}
                    data-band={band?.label}
                    data-tone={band?.tone ?? 'neutral'}
                    data-count={count}
                    aria-pressed={pressed}
                    aria-label={cellLabel(row.label, column.label, count)}
                    title={band ? `${band.label} (${row.value * column.value})` : undefined}
                    onClick={() => onSelect(pressed ? null : {likelihood: row.id, impact: column.id})}>
                    {count}
                  </button>
                );
              })}
            </Fragment>
          ))}
          <span className={styles.corner} aria-hidden="true" />
          {columns.map((column) => (
            <span key={column.id} className={clsx('risk-heatmap__level', styles.columnLabel)} aria-hidden="true">
              {column.label}
            </span>
          ))}
          <span className={clsx('risk-heatmap__axis', styles.xAxisTitle)} aria-hidden="true">
            {impactTitle}
          </span>
        </div>
      </div>
      {bands.length > 0 && <Legend bands={bands} maxScore={maxScore} />}
    </div>
  );
}

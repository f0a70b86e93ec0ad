import {type ReactNode, useMemo, useState} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import StatusBadge from '@theme/StatusBadge';
import RiskHeatMap, {type HeatMapCell} from '@theme/RiskHeatMap';
import type {RiskEntry, RiskRegisterProps} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/RiskMatrix';
import styles from './styles.module.css';

function inCell(risk: RiskEntry, cell: HeatMapCell): boolean {
  return risk.likelihood?.id === cell.likelihood && risk.impact?.id === cell.impact;
}

function caption(data: RiskRegisterProps, selected: HeatMapCell | null, count: number): string {
  if (selected === null) {
    return translate({id: 'designDocs.riskMatrix.caption.all', message: 'All scored risks: {count}'}, {count});
  }
  const likelihood = data.likelihood.find((level) => level.id === selected.likelihood)?.label ?? selected.likelihood;
  const impact = data.impact.find((level) => level.id === selected.impact)?.label ?? selected.impact;
  return translate(
    {id: 'designDocs.riskMatrix.caption.cell', message: 'Likelihood {likelihood}, impact {impact}: {count}'},
    {likelihood, impact, count},
  );
}

function RiskItem({risk}: {risk: RiskEntry}): ReactNode {
  return (
    <li
      className={clsx('risk-matrix__item', styles.item)}
      data-risk-id={risk.id ?? undefined}
      data-likelihood={risk.likelihood?.id}
      data-impact={risk.impact?.id}
      data-score={risk.score ?? undefined}>
      <span className={styles.title}>{risk.title}</span>
      {risk.score !== null && (
        <span className={styles.score}>
          <span className={styles.scoreValue}>
            {translate({id: 'designDocs.riskMatrix.score', message: 'Score {score}'}, {score: risk.score})}
          </span>
          {risk.band && (
            <StatusBadge
              badge={{id: risk.band.label.toLowerCase(), label: risk.band.label, tone: risk.band.tone}}
              size="small"
              className={styles.badge}
            />
          )}
        </span>
      )}
      <span className={styles.source}>
        <DesignDocLink doc={risk.source} anchor={risk.anchor} />
        <SiteName source={risk.source} />
      </span>
    </li>
  );
}

/**
 * `::risk-matrix`: the likelihood x impact heat map on its own, for an MDX
 * page. Clicking a cell lists its risks below; the selection is local state,
 * so the page URL is left alone and several matrices can share a page.
 */
export default function RiskMatrix({data}: Props): ReactNode {
  const [selected, setSelected] = useState<HeatMapCell | null>(null);
  const listed = useMemo(
    () => (selected === null ? data.risks.filter((risk) => risk.score !== null) : data.risks.filter((risk) => inCell(risk, selected))),
    [data.risks, selected],
  );

  if (data.risks.length === 0) {
    return (
      <p className={clsx('risk-matrix__empty', styles.empty)}>
        {translate({id: 'designDocs.riskMatrix.empty', message: 'No risks are recorded.'})}
      </p>
    );
  }

  return (
    <div className={clsx('risk-matrix', styles.matrix)}>
      <RiskHeatMap
        likelihood={data.likelihood}
        impact={data.impact}
        bands={data.bands}
        risks={data.risks}
        selected={selected}
        onSelect={setSelected}
      />
      <p className={clsx('risk-matrix__caption', styles.caption)} aria-live="polite">
        <span>{caption(data, selected, listed.length)}</span>
        {selected !== null && (
          <button
            type="button"
            className="button button--link button--sm risk-matrix__clear"
            onClick={() => setSelected(null)}>
            {translate({id: 'designDocs.riskMatrix.showAll', message: 'Show all scored risks'})}
          </button>
        )}
      </p>
      {listed.length === 0 ? (
        <p className={clsx('risk-matrix__empty', styles.empty)}>
          {selected === null
            ? translate({id: 'designDocs.riskMatrix.noScored', message: 'No risk has a score yet.'})
            : translate({id: 'designDocs.riskMatrix.noMatch', message: 'No risks in this cell.'})}
        </p>
      ) : (
        <ul className={clsx('risk-matrix__list', styles.list)}>
          {listed.map((risk, index) => (
            // Ids repeat across docs; the source and position keep keys unique.
            <RiskItem key={`${risk.source.permalink}#${risk.id ?? ''}#${index}`} risk={risk} />
          ))}
        </ul>
      )}
    </div>
  );
}

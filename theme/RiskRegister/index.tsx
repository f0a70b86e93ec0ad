import {type ReactNode, useMemo} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import DesignDocsTable, {tableCells} from '@theme/DesignDocsTable';
import StatusBadge from '@theme/StatusBadge';
import DesignDocsFilterField, {FilterCount, FilterRow, QueryTextInput} from '@theme/DesignDocsFilterField';
import DesignDocsInstanceFilter, {DocsInstanceName} from '@theme/DesignDocsInstanceFilter';
import DesignDocsSiteFilter, {SiteName} from '@theme/DesignDocsSiteFilter';
import {
  useDocsInstanceFilter,
  useQueryState,
  useQueryText,
  useSiteFilter,
  type DocsInstanceFilter,
  type RiskEntry,
  type SiteFilter,
} from 'docusaurus-plugin-design-docs/client';
import RiskHeatMap, {type HeatMapCell} from '@theme/RiskHeatMap';
import type {Props} from '@theme/RiskRegister';
import styles from './styles.module.css';

const DASH = '—';

/** The minimum score typed, or null for none (empty, or not a number). */
function readMinScore(raw: string): number | null {
  const minScore = raw.trim() === '' ? null : Number(raw);
  return minScore !== null && Number.isFinite(minScore) ? minScore : null;
}

function meetsMinScore(risk: RiskEntry, minScore: number | null): boolean {
  return minScore === null || (risk.score !== null && risk.score >= minScore);
}

/** A cell filter, or one axis of it: risks off the scale never match. */
function inCell(risk: RiskEntry, likelihood: string | null, impact: string | null): boolean {
  return (likelihood === null || risk.likelihood?.id === likelihood) && (impact === null || risk.impact?.id === impact);
}

function Score({risk}: {risk: RiskEntry}): ReactNode {
  if (risk.score === null) {
    return DASH;
  }
  return (
    <span className={styles.score}>
      <span className={styles.scoreValue}>{risk.score}</span>
      {risk.band && (
        <StatusBadge
          badge={{id: risk.band.label.toLowerCase(), label: risk.band.label, tone: risk.band.tone}}
          size="small"
        />
      )}
    </span>
  );
}

function RiskTable({risks, instance, site}: {risks: RiskEntry[]; instance: DocsInstanceFilter; site: SiteFilter}): ReactNode {
  return (
    <DesignDocsTable className={clsx('table', 'risk-register__table')}>
      <thead>
        <tr>
          <th scope="col">{translate({id: 'designDocs.risks.column.id', message: 'ID'})}</th>
          <th scope="col">{translate({id: 'designDocs.risks.column.risk', message: 'Risk'})}</th>
          <th scope="col">{translate({id: 'designDocs.risks.column.likelihood', message: 'Likelihood'})}</th>
          <th scope="col">{translate({id: 'designDocs.risks.column.impact', message: 'Impact'})}</th>
          <th scope="col">{translate({id: 'designDocs.risks.column.score', message: 'Score'})}</th>
          <th scope="col">{translate({id: 'designDocs.risks.column.mitigation', message: 'Mitigation'})}</th>
          <th scope="col">{translate({id: 'designDocs.risks.column.owner', message: 'Owner'})}</th>
          <th scope="col">{translate({id: 'designDocs.risks.column.status', message: 'Status'})}</th>
          <th scope="col">{translate({id: 'designDocs.risks.column.source', message: 'Source'})}</th>
        </tr>
      </thead>
      <tbody>
        {risks.map((risk, index) => (
          <tr
            // Ids repeat across docs; the source and position keep keys unique.
            key={`${risk.source.permalink}#${risk.id ?? ''}#${index}`}
            className="risk-register__row"
            data-risk-id={risk.id ?? undefined}
            data-likelihood={risk.likelihood?.id}
            data-impact={risk.impact?.id}
            data-score={risk.score ?? undefined}>
            <td className={tableCells.id}>{risk.id ?? DASH}</td>
            <td className={styles.title}>{risk.title}</td>
            <td>{risk.likelihood?.label ?? DASH}</td>
            <td>{risk.impact?.label ?? DASH}</td>
            <td>
              <Score risk={risk} />
            </td>
            <td className={tableCells.text}>{risk.mitigation ?? DASH}</td>
            <td>{risk.owner ?? DASH}</td>
            <td>{risk.status ?? DASH}</td>
            <td className={tableCells.source}>
              <DesignDocLink doc={risk.source} anchor={risk.anchor} />
              <DocsInstanceName filter={instance} source={risk.source} />
              <SiteName filter={site} source={risk.source} />
            </td>
          </tr>
        ))}
      </tbody>
    </DesignDocsTable>
  );
}

/**
 * The risk register's body: a likelihood x impact heat map and a table
 * filtered through the URL query. Used by the portal page and by
 * `::risk-register` in MDX.
 */
export default function RiskRegister({data, query}: Props): ReactNode {
  const [params, updateQuery] = useQueryState(query);
  const likelihood = params.get('likelihood');
  const impact = params.get('impact');
  // The map and table follow the box as typed; the URL catches up after a pause.
  const minScoreBox = useQueryText('min-score', {prefix: query});
  const rawMinScore = minScoreBox.text;
  const minScore = readMinScore(rawMinScore);
  const instance = useDocsInstanceFilter(data.docsInstances, query);
  const site = useSiteFilter(data.sites, query);

  // The heat map counts what the score, instance and site filters leave,
  // so a cell's number is what clicking it shows.
  const scored = useMemo(
    () => data.risks.filter((risk) => instance.matches(risk.source) && site.matches(risk.source) && meetsMinScore(risk, minScore)),
    // `instance.matches` and `site.matches` change only with the chosen instance and site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.risks, minScore, instance.selected, site.selected],
  );
  const shown = useMemo(() => scored.filter((risk) => inCell(risk, likelihood, impact)), [scored, likelihood, impact]);

  const selected: HeatMapCell | null = likelihood !== null && impact !== null ? {likelihood, impact} : null;
  const filtered = likelihood !== null || impact !== null || rawMinScore !== '' || instance.selected !== null || site.selected !== null;
  const total = data.risks.length;

  return (
    <div className={clsx('risk-register', styles.page)}>
      {total === 0 ? (
        <p className={clsx('risk-register__empty', styles.empty)}>
          {translate({id: 'designDocs.risks.empty', message: 'No risks are recorded in the design docs yet.'})}
        </p>
      ) : (
        <>
          <RiskHeatMap
            likelihood={data.likelihood}
            impact={data.impact}
            bands={data.bands}
            risks={scored}
            selected={selected}
            onSelect={(cell) => updateQuery({likelihood: cell?.likelihood ?? null, impact: cell?.impact ?? null})}
          />
          <FilterRow className="risk-register__filters">
            <DesignDocsInstanceFilter filter={instance} />
            <DesignDocsSiteFilter filter={site} />
            <DesignDocsFilterField label={translate({id: 'designDocs.risks.filter.minScore', message: 'Minimum score'})}>
              <QueryTextInput queryText={minScoreBox} type="number" name="min-score" className={clsx('risk-register__min-score', styles.minScore)} min={0} step={1} inputMode="numeric" />
            </DesignDocsFilterField>
            <FilterCount className="risk-register__count">
              {translate(
                {id: 'designDocs.risks.count', message: 'Showing {shown} of {total} risks'},
                {shown: shown.length, total},
              )}
            </FilterCount>
            {filtered && (
              <button
                type="button"
                className="button button--sm button--secondary risk-register__clear"
                onClick={() => {
                  minScoreBox.clear();
                  updateQuery({likelihood: null, impact: null, 'min-score': null, instance: null, site: null});
                }}>
                {translate({id: 'designDocs.risks.filter.clear', message: 'Clear filter'})}
              </button>
            )}
          </FilterRow>
          {shown.length === 0 ? (
            <p className={clsx('risk-register__empty', styles.empty)}>
              {translate({id: 'designDocs.risks.noMatch', message: 'No risks match the filter.'})}
            </p>
          ) : (
            <RiskTable risks={shown} instance={instance} site={site} />
          )}
        </>
      )}
    </div>
  );
}

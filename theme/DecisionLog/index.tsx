import {type ReactNode, useMemo} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import DesignDocsStatusChips from '@theme/DesignDocsStatusChips';
import DesignDocsFilterField, {FilterCount, FilterRow, QueryTextInput} from '@theme/DesignDocsFilterField';
import DesignDocsInstanceFilter from '@theme/DesignDocsInstanceFilter';
import DesignDocsSiteFilter from '@theme/DesignDocsSiteFilter';
import {
  countByStatus,
  statusesByUse,
  useDocsInstanceFilter,
  useQueryState,
  useQueryText,
  useSiteFilter,
  withStatuses,
  type DecisionEntry,
} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/DecisionLog';
import DecisionCard from './DecisionCard';
import styles from './styles.module.css';

/** Entries rendered at first; the static HTML holds exactly these. */
const PAGE_SIZE = 50;

function matchesText(entry: DecisionEntry, needle: string): boolean {
  return (
    needle === '' ||
    [entry.title, entry.chosen ?? '', entry.rationale ?? '', ...entry.alternatives].some((text) =>
      text.toLowerCase().includes(needle),
    )
  );
}

/**
 * The decision log's body: every decision given, newest first, filtered by
 * status and text through the URL query. The static HTML holds the first
 * page. Used by the portal page and by `::decision-log` in MDX.
 */
export default function DecisionLog({data, query}: Props): ReactNode {
  const [params, update] = useQueryState(query);
  const selected = params.getAll('status');
  const selectedKey = selected.join('\n');
  // A new search shows the first page again.
  const search = useQueryText('q', {prefix: query, alongside: {limit: null}});
  // The list follows the box as typed; the URL catches up after a pause.
  const needle = search.text.trim().toLowerCase();

  const instance = useDocsInstanceFilter(data.docsInstances, query);
  const site = useSiteFilter(data.sites, query);

  const statuses = useMemo(() => statusesByUse(data.decisions).map(({status}) => status), [data.decisions]);
  const textMatches = useMemo(
    () => data.decisions.filter((entry) => instance.matches(entry.source) && site.matches(entry.source) && matchesText(entry, needle)),
    // `instance.matches` and `site.matches` change only with the chosen instance and site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.decisions, needle, instance.selected, site.selected],
  );
  const chipCounts = useMemo(() => countByStatus(textMatches), [textMatches]);
  const matches = useMemo(() => withStatuses(textMatches, selectedKey === '' ? [] : selectedKey.split('\n')), [textMatches, selectedKey]);

  const limit = Math.max(PAGE_SIZE, Number(params.get('limit')) || PAGE_SIZE);
  const visible = matches.slice(0, limit);
  const remaining = matches.length - visible.length;
  const filtered = selected.length > 0 || needle !== '' || instance.selected !== null || site.selected !== null;

  const toggleStatus = (id: string) => {
    update({status: selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id], limit: null});
  };
  const clearFilters = () => {
    search.clear();
    update({status: null, q: null, instance: null, site: null, limit: null});
  };

  return (
    <>
      <FilterRow className="decision-log__filters">
        {statuses.length > 0 && (
          <DesignDocsStatusChips
            statuses={statuses}
            selected={selected}
            counts={chipCounts}
            onToggle={toggleStatus}
            label={translate({id: 'designDocs.decisions.statusFilter', message: 'Filter by status'})}
            chipClassName="decision-log__chip"
          />
        )}
        <DesignDocsInstanceFilter filter={instance} />
        <DesignDocsSiteFilter filter={site} />
        <DesignDocsFilterField label={translate({id: 'designDocs.decisions.search', message: 'Search'})} wide>
          <QueryTextInput queryText={search} type="search" name="q" className="decision-log__search" placeholder={translate({id: 'designDocs.decisions.searchPlaceholder', message: 'Title, choice, rationale or alternative'})} />
        </DesignDocsFilterField>
      </FilterRow>
      <FilterCount className="decision-log__count">
        <Translate id="designDocs.decisions.count" values={{shown: matches.length, total: data.decisions.length}}>
          {'Showing {shown} of {total} decisions'}
        </Translate>
        {filtered && (
          <button type="button" className="button button--link button--sm" onClick={clearFilters}>
            <Translate id="designDocs.decisions.clear">Clear filters</Translate>
          </button>
        )}
      </FilterCount>
      {visible.length === 0 ? (
        <p className={clsx('decision-log__empty', styles.empty)}>
          {data.decisions.length === 0 ? (
            <Translate id="designDocs.decisions.none">No decision has been recorded yet.</Translate>
          ) : (
            <Translate id="designDocs.decisions.noMatch">No decision matches these filters.</Translate>
          )}
        </p>
      ) : (
        <div className={styles.list}>
          {visible.map((entry, index) => (
            <DecisionCard key={`${entry.source.permalink}\n${entry.title}\n${index}`} entry={entry} instance={instance} site={site} />
          ))}
        </div>
      )}
      {remaining > 0 && (
        <div className={styles.more}>
          <button
            type="button"
            className="button button--sm button--secondary decision-log__more"
            onClick={() => update({limit: String(limit + PAGE_SIZE)}, {replace: true})}>
            <Translate id="designDocs.decisions.showMore" values={{count: Math.min(PAGE_SIZE, remaining), remaining}}>
              {'Show {count} more ({remaining} left)'}
            </Translate>
          </button>
        </div>
      )}
    </>
  );
}

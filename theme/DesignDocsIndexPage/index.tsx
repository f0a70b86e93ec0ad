import {type ReactNode, useMemo} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import DesignDocsPortalLayout from '@theme/DesignDocsPortalLayout';
import {FilterCount} from '@theme/DesignDocsFilterField';
import DesignDocsStatusChips from '@theme/DesignDocsStatusChips';
import DesignDocsTable from '@theme/DesignDocsTable';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import {
  PAGE_SIZE,
  countByStatus,
  filterAndSortRows,
  matchesOtherFilters,
  readFilters,
  useQueryState,
  type SortKey,
} from 'docusaurus-plugin-design-docs/client';
import DocCells from '@theme/DesignDocsIndexPage/DocCells';
import IndexFilterBar from '@theme/DesignDocsIndexPage/FilterBar';
import type {Props} from '@theme/DesignDocsIndexPage';
import styles from './styles.module.css';

function columnLabel(key: SortKey): string {
  switch (key) {
    case 'number':
      return translate({id: 'designDocs.index.column.number', message: 'Number'});
    case 'title':
      return translate({id: 'designDocs.index.column.title', message: 'Title'});
    case 'status':
      return translate({id: 'designDocs.index.column.status', message: 'Status'});
    case 'people':
      return translate({id: 'designDocs.index.column.people', message: 'People'});
    case 'tags':
      return translate({id: 'designDocs.index.column.tags', message: 'Tags'});
    default:
      return translate({id: 'designDocs.index.column.date', message: 'Date'});
  }
}

/**
 * The index of one type across every docs instance. All state lives in the
 * URL query; the static HTML holds the unfiltered first page.
 */
export default function DesignDocsIndexPage({data, nav}: Props): ReactNode {
  const [params, update] = useQueryState();
  const filters = readFilters(params, data.sites);
  // Each row's site is named by these; the choice is read with the other filters.
  const site = {sites: filters.sites.slice()};
  const rows = useMemo(() => filterAndSortRows(data.rows, filters), [data.rows, params]); // eslint-disable-line react-hooks/exhaustive-deps
  const chipCounts = useMemo(() => {
    const needle = filters.text.trim().toLowerCase();
    return countByStatus(data.rows.filter((row) => matchesOtherFilters(row, filters, needle)));
  }, [data.rows, params]); // eslint-disable-line react-hooks/exhaustive-deps
  const statuses = useMemo(() => data.statuses.map(({status}) => status), [data.statuses]);

  const showInstance = data.rows.some((row) => row.instance !== undefined);
  const showSite = data.sites !== undefined;
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(pageCount, Math.max(1, Number(params.get('page')) || 1));
  const visible = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const filtered = params.toString() !== '' && rows.length !== data.rows.length;

  const toggleStatus = (id: string) => {
    const next = filters.statuses.includes(id) ? filters.statuses.filter((s) => s !== id) : [...filters.statuses, id];
    update({status: next, page: null});
  };
  const sortBy = (key: SortKey) => {
    const descending = filters.sort === key ? !filters.descending : key === 'number' || key === 'date';
    update({sort: key, dir: descending ? 'desc' : 'asc', page: null});
  };

  return (
    <DesignDocsPortalLayout
      title={data.type.label}
      description={translate(
        {id: 'designDocs.index.description', message: 'Every {type} across the documentation, with its status.'},
        {type: data.type.label},
      )}
      nav={nav}>
      <DesignDocsStatusChips
        className={styles.chips}
        statuses={statuses}
        selected={filters.statuses}
        counts={chipCounts}
        onToggle={toggleStatus}
        label={translate({id: 'designDocs.index.statusFilter', message: 'Filter by status'})}
        chipClassName="design-docs-index__chip"
      />
      <IndexFilterBar rows={data.rows} filters={filters} update={update} />
      <FilterCount className="design-docs-index__count">
        <Translate id="designDocs.index.count" values={{shown: rows.length, total: data.rows.length}}>
          {'{shown} of {total} documents'}
        </Translate>
        {filtered && (
          <button type="button" className="button button--link button--sm" onClick={() => update({status: null, tag: null, person: null, from: null, to: null, q: null, site: null, page: null})}>
            <Translate id="designDocs.index.clear">Clear filters</Translate>
          </button>
        )}
      </FilterCount>
      <DesignDocsTable className="design-docs-index__table">
        <thead>
          <tr>
            {(['number', 'title', 'status', 'date', 'people', 'tags'] as SortKey[]).map((key) => (
              <th key={key} aria-sort={filters.sort === key ? (filters.descending ? 'descending' : 'ascending') : undefined}>
                <button type="button" className={styles.sortButton} data-sort={key} onClick={() => sortBy(key)}>
                  {columnLabel(key)}
                  <span aria-hidden="true">{filters.sort === key ? (filters.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            ))}
            {showInstance && <th>{translate({id: 'designDocs.index.column.instance', message: 'Docs'})}</th>}
            {showSite && <th>{translate({id: 'designDocs.index.column.site', message: 'Site'})}</th>}
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.permalink} className="design-docs-index__row">
              <DocCells row={row} />
              <td>{row.people.join(', ')}</td>
              <td>{row.tags.join(', ')}</td>
              {showInstance && (
                <td className="design-docs-index__instance" data-instance={row.instance}>
                  {row.instance === 'default'
                    ? translate({id: 'designDocs.index.instance.default', message: 'Main docs', description: 'The docs plugin instance with the id "default"'})
                    : row.instance}
                </td>
              )}
              {showSite && (
                <td className="design-docs-index__site">
                  <SiteName filter={site} source={row} column />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </DesignDocsTable>
      {visible.length === 0 && (
        <p className={styles.empty}>
          <Translate id="designDocs.index.empty">No document matches these filters.</Translate>
        </p>
      )}
      {pageCount > 1 && (
        <nav className={clsx('pagination-nav', styles.pager)} aria-label={translate({id: 'designDocs.index.pages', message: 'Pages'})}>
          <button type="button" className="button button--secondary button--sm" disabled={page <= 1} onClick={() => update({page: String(page - 1)})}>
            <Translate id="designDocs.index.previous">Previous</Translate>
          </button>
          <span className="design-docs-index__page">
            <Translate id="designDocs.index.pageOf" values={{page, count: pageCount}}>
              {'Page {page} of {count}'}
            </Translate>
          </span>
          <button type="button" className="button button--secondary button--sm" disabled={page >= pageCount} onClick={() => update({page: String(page + 1)})}>
            <Translate id="designDocs.index.next">Next</Translate>
          </button>
        </nav>
      )}
    </DesignDocsPortalLayout>
  );
}

import {type ReactNode, useMemo} from 'react';
import {translate} from '@docusaurus/Translate';
import DesignDocsFilterField, {FilterRow, QueryTextInput} from '@theme/DesignDocsFilterField';
import DesignDocsSiteFilter from '@theme/DesignDocsSiteFilter';
import {siteNameOf, useQueryText, type IndexFilters, type SiteFilter} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/DesignDocsIndexPage/FilterBar';
import styles from './styles.module.css';

function distinct(values: string[]): string[] {
  return Array.from(new Set(values)).sort((a, b) => a.localeCompare(b));
}

type FilterKey = 'tag' | 'person' | 'from' | 'to';

/** One filter of the bar: its field, named by the URL key it writes; a new choice starts at page 1. */
function Filter({name, label, filters, update, options}: {name: FilterKey; label: string; filters: IndexFilters; update: Props['update']; options?: string[]}): ReactNode {
  const value = filters[name] ?? '';
  const onChange = (event: {target: {value: string}}) => update({[name]: event.target.value || null, page: null});
  return (
    <DesignDocsFilterField label={label} className={styles.field}>
      {options ? (
        <select name={name} value={value} onChange={onChange}>
          <option value="">{translate({id: 'designDocs.index.any', message: 'Any'})}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input type="date" name={name} value={value} onChange={onChange} />
      )}
    </DesignDocsFilterField>
  );
}

/** The index's site choice as the shared site filter: read with the other filters, and a new choice starts at page 1. */
function siteFilterOf(filters: IndexFilters, update: Props['update']): SiteFilter {
  return {
    sites: [...filters.sites],
    selected: filters.site,
    choose: (site) => update({site, page: null}),
    matches: (source) => filters.site === null || siteNameOf(source, filters.sites) === filters.site,
  };
}

/** Tag, person, date range, site (of a federated portal) and free-text filters of an index page. */
export default function IndexFilterBar({rows, filters, update}: Props): ReactNode {
  const tags = useMemo(() => distinct(rows.flatMap((row) => row.tags)), [rows]);
  const people = useMemo(() => distinct(rows.flatMap((row) => row.people)), [rows]);
  // The box keeps its own text and the URL follows (useQueryText): bound
  // straight to the URL, it would drop keys. A new search starts at page 1.
  const search = useQueryText('q', {alongside: {page: null}});
  const shared = {filters, update};
  return (
    <FilterRow className={styles.bar}>
      <DesignDocsFilterField label={translate({id: 'designDocs.index.search', message: 'Search'})} className={styles.field}>
        <QueryTextInput queryText={search} type="search" name="q" placeholder={translate({id: 'designDocs.index.searchPlaceholder', message: 'Title or summary'})} />
      </DesignDocsFilterField>
      <Filter name="tag" label={translate({id: 'designDocs.index.tag', message: 'Tag'})} options={tags} {...shared} />
      <Filter name="person" label={translate({id: 'designDocs.index.person', message: 'Person'})} options={people} {...shared} />
      <Filter name="from" label={translate({id: 'designDocs.index.from', message: 'From'})} {...shared} />
      <Filter name="to" label={translate({id: 'designDocs.index.to', message: 'To'})} {...shared} />
      <DesignDocsSiteFilter filter={siteFilterOf(filters, update)} className={styles.field} />
    </FilterRow>
  );
}

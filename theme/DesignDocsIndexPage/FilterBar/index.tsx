import {type ReactNode, useMemo} from 'react';
import {translate} from '@docusaurus/Translate';
import {useQueryText} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/DesignDocsIndexPage/FilterBar';
import styles from './styles.module.css';

function distinct(values: string[]): string[] {
  return Array.from(new Set(values)).sort((a, b) => a.localeCompare(b));
}

/** Tag, person, date range and free-text filters of an index page. */
export default function IndexFilterBar({rows, filters, update}: Props): ReactNode {
  const tags = useMemo(() => distinct(rows.flatMap((row) => row.tags)), [rows]);
  const people = useMemo(() => distinct(rows.flatMap((row) => row.people)), [rows]);
  const any = translate({id: 'designDocs.index.any', message: 'Any'});
  // The box keeps its own text and the URL follows (useQueryText): bound
  // straight to the URL, it would drop keys. A new search starts at page 1.
  const search = useQueryText('q', {alongside: {page: null}});
  return (
    <div className={styles.bar}>
      <label className={styles.field}>
        <span>{translate({id: 'designDocs.index.search', message: 'Search'})}</span>
        <input
          type="search"
          name="q"
          value={search.text}
          placeholder={translate({id: 'designDocs.index.searchPlaceholder', message: 'Title or summary'})}
          onChange={(event) => search.setText(event.target.value)}
        />
      </label>
      <label className={styles.field}>
        <span>{translate({id: 'designDocs.index.tag', message: 'Tag'})}</span>
        <select name="tag" value={filters.tag ?? ''} onChange={(event) => update({tag: event.target.value || null, page: null})}>
          <option value="">{any}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <span>{translate({id: 'designDocs.index.person', message: 'Person'})}</span>
        <select name="person" value={filters.person ?? ''} onChange={(event) => update({person: event.target.value || null, page: null})}>
          <option value="">{any}</option>
          {people.map((person) => (
            <option key={person} value={person}>
              {person}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <span>{translate({id: 'designDocs.index.from', message: 'From'})}</span>
        <input type="date" name="from" value={filters.from ?? ''} onChange={(event) => update({from: event.target.value || null, page: null})} />
      </label>
      <label className={styles.field}>
        <span>{translate({id: 'designDocs.index.to', message: 'To'})}</span>
        <input type="date" name="to" value={filters.to ?? ''} onChange={(event) => update({to: event.target.value || null, page: null})} />
      </label>
    </div>
  );
}

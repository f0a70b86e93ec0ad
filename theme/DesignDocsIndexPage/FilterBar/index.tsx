import {type ReactNode, useEffect, useMemo, useState} from 'react';
import {translate} from '@docusaurus/Translate';
import type {DocRow, IndexFilters, QueryChanges} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

export type Props = {
  rows: DocRow[];
  filters: IndexFilters;
  update: (changes: QueryChanges, options?: {replace?: boolean}) => void;
};

function distinct(values: string[]): string[] {
  return Array.from(new Set(values)).sort((a, b) => a.localeCompare(b));
}

/** Tag, person, date range and free-text filters of an index page. */
export default function IndexFilterBar({rows, filters, update}: Props): ReactNode {
  const tags = useMemo(() => distinct(rows.flatMap((row) => row.tags)), [rows]);
  const people = useMemo(() => distinct(rows.flatMap((row) => row.people)), [rows]);
  const any = translate({id: 'designDocs.index.any', message: 'Any'});
  // Docusaurus applies a new location only after the route is ready, so an
  // input bound straight to the URL would drop keystrokes: type locally,
  // follow the URL when it changes from outside (back button, clear).
  const [text, setText] = useState(filters.text);
  useEffect(() => setText(filters.text), [filters.text]);
  return (
    <div className={styles.bar}>
      <label className={styles.field}>
        <span>{translate({id: 'designDocs.index.search', message: 'Search'})}</span>
        <input
          type="search"
          name="q"
          value={text}
          placeholder={translate({id: 'designDocs.index.searchPlaceholder', message: 'Title or summary'})}
          // Typing replaces the history entry instead of adding one per key.
          onChange={(event) => {
            setText(event.target.value);
            update({q: event.target.value, page: null}, {replace: true});
          }}
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

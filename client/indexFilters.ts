import type {DocRow, SiteProps} from '../plugin/types/props.js';
import {siteNameOf} from './sites.js';

export type SortKey = 'number' | 'title' | 'status' | 'date' | 'people' | 'tags';

export type IndexFilters = {
  statuses: string[];
  tag: string | null;
  person: string | null;
  from: string | null;
  to: string | null;
  text: string;
  sort: SortKey;
  descending: boolean;
  /** The chosen site of a federated index (`site`), one of its sites; null for all. */
  site: string | null;
  /** The index's sites, this site first: what a row without `site` goes by. */
  sites: readonly SiteProps[];
};

export const PAGE_SIZE = 50;

/** Reads the filters from the URL query; unknown values fall back to defaults. `sites` are the index's own (TypeIndexProps). */
export function readFilters(params: URLSearchParams, sites: readonly SiteProps[] = []): IndexFilters {
  const sort = params.get('sort');
  const site = params.get('site');
  return {
    statuses: params.getAll('status'),
    tag: params.get('tag'),
    person: params.get('person'),
    from: params.get('from'),
    to: params.get('to'),
    text: params.get('q') ?? '',
    sort: sort === 'title' || sort === 'status' || sort === 'date' || sort === 'people' || sort === 'tags' ? sort : 'number',
    descending: params.get('dir') !== 'asc',
    site: site !== null && sites.some((s) => s.name === site) ? site : null,
    sites,
  };
}

function compareRows(a: DocRow, b: DocRow, key: SortKey): number {
  switch (key) {
    case 'title':
      return a.title.localeCompare(b.title);
    case 'status':
      return (a.status?.label ?? '').localeCompare(b.status?.label ?? '');
    case 'date':
      return (a.date ?? '').localeCompare(b.date ?? '');
    case 'people':
      return a.people.join(', ').localeCompare(b.people.join(', '));
    case 'tags':
      return a.tags.join(', ').localeCompare(b.tags.join(', '));
    default:
      return (a.number ?? -1) - (b.number ?? -1);
  }
}

/** Every filter but the status one: the status chips count within these. */
export function matchesOtherFilters(row: DocRow, filters: IndexFilters, needle: string): boolean {
  return (
    (filters.tag === null || row.tags.includes(filters.tag)) &&
    (filters.person === null || row.people.includes(filters.person)) &&
    (filters.from === null || (row.date !== null && row.date >= filters.from)) &&
    (filters.to === null || (row.date !== null && row.date <= filters.to)) &&
    (filters.site === null || siteNameOf(row, filters.sites) === filters.site) &&
    (needle === '' ||
      row.title.toLowerCase().includes(needle) ||
      (row.summary ?? '').toLowerCase().includes(needle) ||
      (row.reference ?? '').toLowerCase().includes(needle))
  );
}

export function filterAndSortRows(rows: DocRow[], filters: IndexFilters): DocRow[] {
  const needle = filters.text.trim().toLowerCase();
  const statuses = new Set(filters.statuses);
  const kept = rows.filter(
    (row) => (statuses.size === 0 || (row.status !== null && statuses.has(row.status.id))) && matchesOtherFilters(row, filters, needle),
  );
  const direction = filters.descending ? -1 : 1;
  return kept.sort((a, b) => direction * compareRows(a, b, filters.sort) || direction * compareRows(a, b, 'number'));
}

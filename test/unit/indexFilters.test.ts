import {describe, expect, it} from 'vitest';
import {filterAndSortRows, readFilters} from '../../client/indexFilters';
import type {DocRow} from '../../plugin/types/props';

function row(number: number, fields: Partial<DocRow> = {}): DocRow {
  return {
    reference: `ADR-${String(number).padStart(4, '0')}`,
    number,
    title: `Record ${number}`,
    permalink: `/adr/${number}`,
    type: 'adr',
    status: {id: 'accepted', label: 'Accepted', tone: 'success'},
    date: `2026-0${number}-01`,
    people: [],
    tags: [],
    summary: null,
    ...fields,
  };
}

const rows = [
  row(1, {status: {id: 'superseded', label: 'Superseded', tone: 'muted'}, tags: ['db'], people: ['Zoe']}),
  row(2, {title: 'Use Postgres', summary: 'Relational storage', tags: ['db', 'storage'], people: ['Ada']}),
  row(3, {tags: ['ui'], people: ['Ada', 'Bob']}),
];

const titles = (query: string) => filterAndSortRows(rows, readFilters(new URLSearchParams(query))).map((r) => r.number);

describe('ADR index filters, as read from the URL query', () => {
  it('shows every row, newest number first, with no query', () => {
    expect(titles('')).toEqual([3, 2, 1]);
  });

  it('combines status, tag, person and date range', () => {
    expect(titles('status=accepted')).toEqual([3, 2]);
    expect(titles('status=accepted&status=superseded&tag=db')).toEqual([2, 1]);
    expect(titles('person=Ada&from=2026-03-01')).toEqual([3]);
    expect(titles('to=2026-02-15')).toEqual([2, 1]);
  });

  it('searches title, summary and reference, ignoring case', () => {
    expect(titles('q=postgres')).toEqual([2]);
    expect(titles('q=RELATIONAL')).toEqual([2]);
    expect(titles('q=adr-0003')).toEqual([3]);
  });

  it('sorts by any column, either way', () => {
    expect(titles('sort=title&dir=asc')).toEqual([1, 3, 2]);
    expect(titles('sort=people&dir=asc')).toEqual([2, 3, 1]);
    expect(titles('sort=tags&dir=desc')).toEqual([3, 2, 1]);
    expect(titles('sort=bogus')).toEqual([3, 2, 1]);
  });
});

describe('the site filter of a federated index', () => {
  const sites = [{name: 'hub', label: 'Hub'}, {name: 'payments', label: 'Payments'}];
  const federatedRows = [...rows, row(4, {site: sites[1], permalink: 'https://payments.example.com/docs/adr/4'})];
  const shown = (query: string) => filterAndSortRows(federatedRows, readFilters(new URLSearchParams(query), sites)).map((r) => r.number);

  it('keeps one site\'s rows, this site\'s being those without a site', () => {
    expect(shown('')).toEqual([4, 3, 2, 1]);
    expect(shown('site=payments')).toEqual([4]);
    expect(shown('site=hub&tag=db')).toEqual([2, 1]);
  });

  it('ignores a site the index does not list', () => {
    expect(shown('site=nowhere')).toEqual([4, 3, 2, 1]);
    expect(readFilters(new URLSearchParams('site=payments')).site).toBeNull();
  });
});

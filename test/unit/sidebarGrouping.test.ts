import {describe, expect, it} from 'vitest';
import {groupDesignDocsByYear, yearOf} from '../../plugin/sidebar/groupByYear';
import {designDocsSidebarItemsGenerator} from '../../plugin/sidebar';

const record = (id: string, date: unknown) => ({id, frontMatter: {type: 'adr', status: 'accepted', date}});
const link = (id: string) => ({type: 'doc', id});
const options = {minItems: 3, undatedLabel: 'Undated'};

describe('grouping a generated sidebar by year', () => {
  const docs = [record('adr/1', '2024-05-01'), record('adr/2', new Date('2025-01-02')), record('adr/3', '2024-12-31'), record('adr/4', 'next week'), {id: 'adr/readme', frontMatter: {}}];

  it('puts each record under its year, newest first, undated last, other docs ahead', () => {
    const grouped = groupDesignDocsByYear([link('adr/readme'), link('adr/1'), link('adr/2'), link('adr/3'), link('adr/4')], docs, options);
    expect(grouped).toEqual([
      link('adr/readme'),
      {type: 'category', label: '2025', collapsible: true, collapsed: true, items: [link('adr/2')]},
      {type: 'category', label: '2024', collapsible: true, collapsed: true, items: [link('adr/1'), link('adr/3')]},
      {type: 'category', label: 'Undated', collapsible: true, collapsed: true, items: [link('adr/4')]},
    ]);
  });

  it('leaves a folder with fewer records than minItems as it is, and groups inside sub-folders', () => {
    const short = [link('adr/1'), link('adr/2')];
    expect(groupDesignDocsByYear(short, docs, options)).toEqual(short);
    const nested = groupDesignDocsByYear([{type: 'category', label: 'Decisions', items: [link('adr/1'), link('adr/2'), link('adr/3')]}], docs, options);
    expect(nested[0]!.items!.map((item) => item.label)).toEqual(['2025', '2024']);
  });

  it('reads a year from written dates and YAML dates only', () => {
    expect(yearOf('2026-03-01')).toBe('2026');
    expect(yearOf(new Date('2019-07-04T00:00:00Z'))).toBe('2019');
    expect(yearOf(new Date('nope'))).toBeNull();
    expect(yearOf('March 2026')).toBeNull();
    expect(yearOf(2026)).toBeNull();
  });

  it('refuses options it cannot honour, naming them', () => {
    expect(() => designDocsSidebarItemsGenerator({minItems: 0})).toThrow(/minItems must be a whole number of at least 1, got 0/);
    expect(() => designDocsSidebarItemsGenerator({groupBy: 'status' as 'year'})).toThrow(/groupBy must be "year", got "status"/);
  });

  it('wraps the default generator', async () => {
    const generator = designDocsSidebarItemsGenerator({minItems: 2});
    const items = await generator({
      defaultSidebarItemsGenerator: async () => [link('adr/1'), link('adr/3')],
      docs,
    } as never);
    expect(items).toEqual([{type: 'category', label: '2024', collapsible: true, collapsed: true, items: [link('adr/1'), link('adr/3')]}]);
  });
});

import {readDate} from '../normalize/fields';
import {ProblemCollector} from '../normalize/problems';
import {bodyReadingOf} from '../normalize/bodyReading';

/**
 * Sidebar items as the docs plugin's generator returns them, reduced to
 * what grouping needs; every other field passes through untouched.
 */
export type GeneratedSidebarItem = {type: string; id?: string; items?: GeneratedSidebarItem[]; [key: string]: unknown};

export type SidebarDoc = {id: string; frontMatter: Record<string, unknown>};

export type GroupByYearOptions = {
  /** Only a folder with at least this many design docs is grouped. */
  minItems: number;
  /** Label of the group for docs without a readable date. */
  undatedLabel: string;
};

/** The year of a front-matter date, written (`2026-03-01`) or read by YAML as a Date. */
export function yearOf(date: unknown): string | null {
  if (date instanceof Date) {
    return Number.isNaN(date.getTime()) ? null : String(date.getUTCFullYear());
  }
  const match = typeof date === 'string' ? /^\s*(\d{4})-\d{1,2}-\d{1,2}/.exec(date) : null;
  return match ? match[1]! : null;
}

/** The year of a doc: its front-matter date, else the date its body states (`* Date: 2018-02-12`, `**Date**: February 8, 2026`). */
export function docYear(frontMatter: Record<string, unknown>): string | null {
  const written = yearOf(frontMatter.date);
  if (written !== null || frontMatter.date !== undefined) {
    return written;
  }
  const bodyDate = bodyReadingOf(frontMatter)?.fields.date?.text;
  return bodyDate === undefined ? null : yearOf(readDate(bodyDate, 'date', new ProblemCollector('')));
}

/**
 * Replaces a long run of design docs in each folder of a generated sidebar
 * with one collapsed category per year, newest first, each in the
 * generator's own order. Other docs and sub-folders stay where they were,
 * ahead of the years.
 *
 * A collapsed category's items are not rendered until it is opened, so a
 * page lists the records of its own year, not all of them: a flat sidebar
 * of a thousand records is rendered into each of a thousand pages, which is
 * most of the time such a site takes to build (ADR-0030).
 */
export function groupDesignDocsByYear(
  items: GeneratedSidebarItem[],
  docs: SidebarDoc[],
  options: GroupByYearOptions,
): GeneratedSidebarItem[] {
  const docsById = new Map(docs.map((doc) => [doc.id, doc]));
  const isDesignDoc = (item: GeneratedSidebarItem) => {
    const type = item.type === 'doc' && item.id ? docsById.get(item.id)?.frontMatter.type : undefined;
    return typeof type === 'string' && type.trim() !== '';
  };
  const regroup = (level: GeneratedSidebarItem[]): GeneratedSidebarItem[] => {
    const withGroupedFolders = level.map((item) => (item.type === 'category' && item.items ? {...item, items: regroup(item.items)} : item));
    const designDocs = withGroupedFolders.filter(isDesignDoc);
    if (designDocs.length < options.minItems) {
      return withGroupedFolders;
    }
    const byYear = new Map<string, GeneratedSidebarItem[]>();
    for (const item of designDocs) {
      const year = docYear(docsById.get(item.id!)!.frontMatter) ?? options.undatedLabel;
      const group = byYear.get(year) ?? [];
      group.push(item);
      byYear.set(year, group);
    }
    const years = [...byYear.keys()].sort((a, b) => (a === options.undatedLabel ? 1 : b === options.undatedLabel ? -1 : b.localeCompare(a)));
    return [
      ...withGroupedFolders.filter((item) => !isDesignDoc(item)),
      ...years.map((year) => ({
        type: 'category',
        label: year,
        collapsible: true,
        collapsed: true,
        items: byYear.get(year)!,
      })),
    ];
  };
  return regroup(items);
}

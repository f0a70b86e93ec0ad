import type {IndexedVersions, PluginOptions} from '../../types/options';
import type {DesignDocModel, DesignDocRecord} from '../../types/model';
import type {Vocabulary} from '../../vocabulary/vocabulary';
import type {SiteProps} from '../../types/props';
import {groupBy} from '../../model/groupBy';

/** What every portal view builder reads: the model and the settings. */
export type PortalContext = {
  model: Pick<DesignDocModel, 'docs' | 'byKey' | 'relations'>;
  vocabulary: Vocabulary;
  options: Pick<PluginOptions, 'types' | 'riskScale' | 'staleAfterDays'> & Partial<Pick<PluginOptions, 'graph'>>;
  /** The build's "today", `YYYY-MM-DD`, passed in so builders stay pure. */
  today: string;
  /**
   * This site as a federated portal's site filter names it (`federation.name`,
   * and its label or the site's title); absent, registers call it "This site".
   */
  localSite?: SiteProps;
};

/** The docs the portal indexes: by default each instance's latest version. */
export function selectPortalDocs(docs: DesignDocRecord[], versions: IndexedVersions): DesignDocRecord[] {
  return versions === 'all' ? docs : docs.filter((doc) => doc.isLatestVersion);
}

/**
 * The docs instances `docs` come from, when there are several: a register
 * then names each row's instance and can filter by it. Only the docs that
 * give the register a row count, so a filter never offers an instance
 * whose choice would empty it. An empty object otherwise, so a
 * one-instance portal's data does not change.
 */
export function docsInstancesOf(docs: Iterable<Pick<DesignDocRecord, 'pluginId'>>): {docsInstances?: string[]} {
  const ids = new Set<string>();
  for (const doc of docs) {
    ids.add(doc.pluginId);
  }
  return ids.size > 1 ? {docsInstances: [...ids].sort()} : {};
}

/** ISO dates sort as plain strings; no locale is involved. Ascending; a missing date sorts first. Called in sorts of 10,000 rows, so no allocation. */
export function compareIsoDates(x: string | null, y: string | null): number {
  const a = x ?? '';
  const b = y ?? '';
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `items` in the order of their keys, items of one key in the order given:
 * what a stable sort by `compare` on the keys gives, with the keys sorted
 * once each. A register of 10,000 rows has a few hundred dates, so this is
 * a sort of hundreds and one pass, not n log n comparisons of rows.
 */
export function sortByKey<T, K>(items: T[], keyOf: (item: T) => K, compare: (a: K, b: K) => number): T[] {
  const groups = groupBy(items, keyOf);
  const sorted: T[] = [];
  for (const key of [...groups.keys()].sort(compare)) {
    for (const item of groups.get(key)!) {
      sorted.push(item);
    }
  }
  return sorted;
}

export {daysBetween} from '../../vocabulary/days';

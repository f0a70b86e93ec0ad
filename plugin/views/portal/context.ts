import type {IndexedVersions, PluginOptions} from '../../types/options';
import type {DesignDocModel, DesignDocRecord} from '../../types/model';
import type {Vocabulary} from '../../vocabulary/vocabulary';
import type {SiteProps, SitesProps} from '../../types/props';
import {groupBy} from '../../model/groupBy';
import {remoteSiteOf} from '../docPage';

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
export function docsInstancesOf(docs: Iterable<Pick<DesignDocRecord, 'pluginId' | 'remote'>>): {docsInstances?: string[]} {
  const ids = new Set<string>();
  for (const doc of docs) {
    // A remote record's docs instance is its own site's business; the site filter tells those apart.
    if (!doc.remote) {
      ids.add(doc.pluginId);
    }
  }
  return ids.size > 1 ? {docsInstances: [...ids].sort()} : {};
}

/** What a portal names this site when federation does not say: `federation.name`'s default. */
export const LOCAL_SITE: SiteProps = {name: 'local', label: 'This site'};

/**
 * The sites `docs` come from, when another site contributes any: this site
 * first (when it has a row here), then the others by label. Like
 * docsInstancesOf, only the docs that give the register a row count, so
 * the site filter never offers a site whose choice would empty it; and an
 * empty object for a one-site portal, whose data then does not change.
 * A row without `site` is this site's, so the client reads the first site
 * as the one such rows belong to: it is this site whenever there are any.
 */
export function sitesOf(docs: readonly Pick<DesignDocRecord, 'remote'>[], context: Pick<PortalContext, 'localSite'>): SitesProps {
  // Every register asks, federated or not: a one-site portal's answer is one pass, no allocation.
  if (!docs.some((doc) => doc.remote)) {
    return {};
  }
  return sitesAmong(docs.map(remoteSiteOf), context);
}

/** sitesOf for rows already built: each row's `site`, undefined for this site's own. */
export function sitesAmong(sites: Iterable<SiteProps | undefined>, context: Pick<PortalContext, 'localSite'>): SitesProps {
  let local = false;
  const remote = new Map<string, SiteProps>();
  for (const site of sites) {
    if (site) {
      remote.set(site.name, site);
    } else {
      local = true;
    }
  }
  if (remote.size === 0) {
    return {};
  }
  const others = [...remote.values()].sort((a, b) => a.label.localeCompare(b.label) || a.name.localeCompare(b.name));
  return {sites: local ? [context.localSite ?? LOCAL_SITE, ...others] : others};
}

/**
 * A sort's last word between two docs of equal rank, say the ADR-0003 of
 * two sites: this site's first, then the others by label.
 */
export function compareSites(a: {site?: SiteProps}, b: {site?: SiteProps}): number {
  // One object per site (remoteSiteOf): the same site, or both this one's, is equal at once.
  if (a.site === b.site) {
    return 0;
  }
  if (!a.site || !b.site) {
    return a.site ? 1 : -1;
  }
  return a.site.label.localeCompare(b.site.label) || a.site.name.localeCompare(b.site.name);
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

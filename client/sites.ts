import type {SiteProps} from '../plugin/types/props.js';

// Pure, with no hook: the index's filters (indexFilters.ts) read these too.

/**
 * The name of the site a row is on. A row of this site carries no `site`:
 * it goes by the register's first site, which is this site whenever the
 * register has such rows (the plugin's sitesOf lists it first, and only then).
 */
export function siteNameOf(source: {site?: SiteProps}, sites: readonly SiteProps[] | undefined): string | undefined {
  return source.site?.name ?? sites?.[0]?.name;
}

/** The label of the site a row is on, by the same rule. */
export function siteLabelOf(source: {site?: SiteProps}, sites: readonly SiteProps[] | undefined): string | undefined {
  return source.site?.label ?? sites?.[0]?.label;
}

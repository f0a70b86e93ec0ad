import type {SiteProps} from '../plugin/types/props.js';
import {useQueryChoice} from './queryChoice.js';
import {siteNameOf} from './sites.js';

export type SiteFilter = {
  /** The sites to choose from, this site first; empty when the register lists one site's rows only. */
  sites: SiteProps[];
  /** The chosen site's name, from the URL's `site` key; null for all. */
  selected: string | null;
  choose(site: string | null): void;
  /** Whether a row whose doc link (or row) is `source` is shown. */
  matches(source: {site?: SiteProps}): boolean;
};

/**
 * The site filter of a register of a federated portal, which lists other
 * sites' records beside this site's own: kept in the URL (`?site=payments`,
 * with the embed's prefix) like the register's other filters.
 */
export function useSiteFilter(sites: SiteProps[] | undefined, query?: string): SiteFilter {
  const list = sites ?? [];
  const {selected, choose} = useQueryChoice(
    'site',
    list.map((site) => site.name),
    query,
  );
  return {
    sites: list,
    selected,
    choose,
    matches: (source) => selected === null || siteNameOf(source, list) === selected,
  };
}

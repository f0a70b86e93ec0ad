import type {PortalHomeProps, PortalNavProps, PortalPageSummary} from '../../types/props';

/**
 * The front door's props: every page of the navigation but itself, in the
 * navigation's order, each with the summary its route gave. The summaries
 * are read off the pages' own data, so the counts on the front door are
 * the rows a reader then finds on each page.
 */
export function buildPortalHomeProps(nav: PortalNavProps, summaries: ReadonlyMap<string, PortalPageSummary>): PortalHomeProps {
  return {
    pages: nav.pages
      .filter((page) => page.id !== 'home')
      .map((page) => ({...page, ...(summaries.get(page.path) ?? {count: 0, statuses: []})})),
  };
}

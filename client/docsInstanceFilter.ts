import {useQueryChoice} from './queryChoice.js';

export type DocsInstanceFilter = {
  /** The docs instances to choose from; empty when the register lists only one. */
  instances: string[];
  /** The chosen instance, from the URL's `instance` key; null for all. */
  selected: string | null;
  choose(instance: string | null): void;
  /** Whether a row whose doc link is `source` is shown. */
  matches(source: {docsInstance?: string; site?: unknown}): boolean;
};

/**
 * The docs-instance filter of a register that lists several docs
 * instances: kept in the URL (`?instance=platform`, with the embed's prefix)
 * like the register's other filters, so a filtered view can be shared.
 */
export function useDocsInstanceFilter(instances: string[] | undefined, query?: string): DocsInstanceFilter {
  const list = instances ?? [];
  const {selected, choose} = useQueryChoice('instance', list, query);
  return {
    instances: list,
    selected,
    choose,
    // A doc of the `default` docs instance carries no name; another site's
    // doc is in none of this site's instances, so a choice of one leaves it out.
    matches: (source) => selected === null || (!source.site && (source.docsInstance ?? 'default') === selected),
  };
}

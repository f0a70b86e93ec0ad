import {useCallback, useMemo} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';

export type QueryChanges = Record<string, string | string[] | null>;

/** The part of a query under `prefix.` (all of it without a prefix), with bare keys. */
export function scopedParams(search: string, prefix?: string): URLSearchParams {
  const all = new URLSearchParams(search);
  if (!prefix) {
    return all;
  }
  const scoped = new URLSearchParams();
  for (const [key, value] of all) {
    if (key.startsWith(`${prefix}.`)) {
      scoped.append(key.slice(prefix.length + 1), value);
    }
  }
  return scoped;
}

/**
 * Page state kept in the URL query, so a filtered view can be shared and
 * the back button steps through filter changes. Static rendering sees no
 * query and renders the unfiltered first page.
 *
 * With a `prefix`, the component reads and writes its keys as
 * `prefix.key`, so several filterable embeds on one page keep their own
 * filters (RFC-0002); the component still uses bare key names.
 */
export function useQueryState(prefix?: string): [URLSearchParams, (changes: QueryChanges, options?: {replace?: boolean}) => void] {
  const location = useLocation();
  const history = useHistory();
  // The first client render must match the static HTML, which was built
  // without a query; the URL's filters apply right after hydration.
  const hydrated = useIsBrowser();
  const params = useMemo(() => scopedParams(hydrated ? location.search : '', prefix), [hydrated, location.search, prefix]);
  const update = useCallback(
    (changes: QueryChanges, {replace = false}: {replace?: boolean} = {}) => {
      const next = new URLSearchParams(location.search);
      for (const [bareKey, value] of Object.entries(changes)) {
        const key = prefix ? `${prefix}.${bareKey}` : bareKey;
        next.delete(key);
        for (const item of value === null ? [] : Array.isArray(value) ? value : [value]) {
          if (item !== '') {
            next.append(key, item);
          }
        }
      }
      const search = next.toString();
      const target = {pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash};
      if (replace) {
        history.replace(target);
      } else {
        history.push(target);
      }
    },
    [history, location.hash, location.pathname, location.search, prefix],
  );
  return [params, update];
}

import {useCallback, useMemo} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';

export type QueryChanges = Record<string, string | string[] | null>;

/**
 * Page state kept in the URL query, so a filtered view can be shared and
 * the back button steps through filter changes. Static rendering sees no
 * query and renders the unfiltered first page.
 */
export function useQueryState(): [URLSearchParams, (changes: QueryChanges, options?: {replace?: boolean}) => void] {
  const location = useLocation();
  const history = useHistory();
  // The first client render must match the static HTML, which was built
  // without a query; the URL's filters apply right after hydration.
  const hydrated = useIsBrowser();
  const params = useMemo(() => new URLSearchParams(hydrated ? location.search : ''), [hydrated, location.search]);
  const update = useCallback(
    (changes: QueryChanges, {replace = false}: {replace?: boolean} = {}) => {
      const next = new URLSearchParams(location.search);
      for (const [key, value] of Object.entries(changes)) {
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
    [history, location.hash, location.pathname, location.search],
  );
  return [params, update];
}

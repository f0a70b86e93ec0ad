import {lazy} from 'react';
import MDXComponents from '@theme-init/MDXComponents';

/**
 * `<StatusBadge status="accepted" />` (and `:status[accepted]`) in any MDX
 * page, with no import. The portal components (`::adr-index`, `<RiskMatrix/>`
 * and the rest) are imported by the remark plugin into the pages that embed
 * them, so that ordinary pages do not download them.
 *
 * Every doc page's bundle holds this map, so the badge is loaded lazily:
 * its code and the status catalog come only with a page that shows one.
 * Its pill and colours are global CSS (the sidebar's badges share them), so
 * the static HTML of such a page is styled before any script runs.
 */
export default {
  ...MDXComponents,
  StatusBadge: lazy(() => import('@theme/StatusBadge')),
};

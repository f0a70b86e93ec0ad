import MDXComponents from '@theme-init/MDXComponents';
import StatusBadge from '@theme/StatusBadge';

/**
 * `<StatusBadge status="accepted" />` (and `:status[accepted]`) in any MDX
 * page, with no import. The portal components (`::adr-index`, `<RiskMatrix/>`
 * and the rest) are imported by the remark plugin into the pages that embed
 * them, so that ordinary pages do not download them.
 */
export default {
  ...MDXComponents,
  StatusBadge,
};

import MDXComponents from '@theme-init/MDXComponents';
import StatusBadge from '@theme/StatusBadge';

/** `<StatusBadge status="accepted" />` in any MDX page, with no import. */
export default {
  ...MDXComponents,
  StatusBadge,
};

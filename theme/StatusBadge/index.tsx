import {type ReactNode} from 'react';
import clsx from 'clsx';
import {findStatusBadge} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/StatusBadge';
// Its pill and tones are global stylesheets (badge.css, tones.css), loaded
// on every page as client modules.

export default function StatusBadge({status, type, badge, size = 'medium', className}: Props): ReactNode {
  const data = badge ?? (status ? findStatusBadge(status, type) : null);
  if (!data) {
    return null;
  }
  return (
    <span
      className={clsx(
        'design-doc-status-badge',
        `design-doc-status-badge--${data.tone}`,
        size === 'small' && 'design-doc-status-badge--small',
        className,
      )}
      data-status={data.id}>
      {data.label}
    </span>
  );
}

import {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import StatusBadge from '@theme/StatusBadge';
import type {Props} from '@theme/DesignDocLink';

/** `ADR-0004: Title` linking to the doc (or a place on it), optionally with its status. */
export default function DesignDocLink({doc, showStatus = false, anchor = null, className}: Props): ReactNode {
  return (
    <>
      <Link to={anchor ? `${doc.permalink}#${encodeURIComponent(anchor)}` : doc.permalink} className={className}>{doc.reference ? `${doc.reference}: ${doc.title}` : doc.title}</Link>
      {showStatus && doc.status && (
        <>
          {' '}
          <StatusBadge badge={doc.status} size="small" />
        </>
      )}
    </>
  );
}

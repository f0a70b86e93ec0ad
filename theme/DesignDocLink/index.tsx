import {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import StatusBadge from '@theme/StatusBadge';
import type {DocLinkProps} from 'docusaurus-plugin-design-docs/client';

export type Props = {doc: DocLinkProps; showStatus?: boolean};

/** `ADR-0004: Title` linking to the doc, optionally with its status. */
export default function DesignDocLink({doc, showStatus = false}: Props): ReactNode {
  return (
    <>
      <Link to={doc.permalink}>{doc.reference ? `${doc.reference}: ${doc.title}` : doc.title}</Link>
      {showStatus && doc.status && (
        <>
          {' '}
          <StatusBadge badge={doc.status} size="small" />
        </>
      )}
    </>
  );
}

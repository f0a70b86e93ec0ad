import {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import IconExternalLink from '@theme/Icon/ExternalLink';
import StatusBadge from '@theme/StatusBadge';
import type {Props, RecordLinkProps} from '@theme/DesignDocLink';
import styles from './styles.module.css';

/** Another site's page: only an absolute http(s) address is ever a link (the reader checks this already). */
const WEB_ADDRESS = /^https?:\/\//i;

/**
 * A link to a record's page (or a place on it): here, or on the other
 * site that owns it (federation), marked external, opening in a new tab
 * as Docusaurus' Link does for any absolute URL, and naming that site to
 * a screen reader. An address of another site that is not http(s) is
 * shown as text, never linked.
 */
export function RecordLink({permalink, site, anchor = null, className, children}: RecordLinkProps): ReactNode {
  const to = anchor ? `${permalink}#${encodeURIComponent(anchor)}` : permalink;
  if (!site) {
    return (
      <Link to={to} className={className}>
        {children}
      </Link>
    );
  }
  const where = (
    <span className={styles.hidden}>{` ${translate({id: 'designDocs.link.onSite', message: '(on {site})', description: 'After a link to a record of another site of a federated portal'}, {site: site.label})}`}</span>
  );
  if (!WEB_ADDRESS.test(permalink)) {
    return (
      <span className={clsx('design-doc-link--unlinked', styles.holdsHidden, className)} data-site={site.name}>
        {children}
        {where}
      </span>
    );
  }
  return (
    <Link to={to} className={clsx('design-doc-link--external', styles.holdsHidden, className)} data-site={site.name}>
      {children}
      {where}
      <IconExternalLink />
    </Link>
  );
}

/** `ADR-0004: Title` linking to the doc (or a place on it), optionally with its status. */
export default function DesignDocLink({doc, showStatus = false, anchor = null, className}: Props): ReactNode {
  return (
    <>
      <RecordLink permalink={doc.permalink} site={doc.site} anchor={anchor} className={className}>
        {doc.reference ? `${doc.reference}: ${doc.title}` : doc.title}
      </RecordLink>
      {showStatus && doc.status && (
        <>
          {' '}
          <StatusBadge badge={doc.status} size="small" />
        </>
      )}
    </>
  );
}

import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import type {Props} from '@theme/DesignDocBanner';

/**
 * Tells a reader landing on a superseded, deprecated or rejected doc that
 * it is no longer current, and where the current decision is.
 */
export default function DesignDocBanner({designDoc, className}: Props): ReactNode {
  const {banner, type} = designDoc;
  if (!banner) {
    return null;
  }
  const tone = banner.status.tone === 'danger' ? 'alert--danger' : 'alert--warning';
  return (
    <div
      className={clsx('design-doc-banner', 'alert', tone, 'margin-bottom--md', className)}
      role="note"
      data-status={banner.status.id}>
      <p className="margin-bottom--none">
        <Translate
          id="designDocs.banner.notCurrent"
          values={{type: type.label, status: <strong>{banner.status.label.toLowerCase()}</strong>}}>
          {'This {type} is {status}.'}
        </Translate>{' '}
        {banner.successors.length > 0 && (
          <>
            <Translate id="designDocs.banner.seeSuccessor">{'See the current decision:'}</Translate>{' '}
            {banner.successors.map((successor, index) => (
              <React.Fragment key={successor.permalink}>
                {index > 0 && ', '}
                <DesignDocLink doc={successor} className="design-doc-banner__successor" />
                <SiteName source={successor} />
              </React.Fragment>
            ))}
          </>
        )}
      </p>
    </div>
  );
}

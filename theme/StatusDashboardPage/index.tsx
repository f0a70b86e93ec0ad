import {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import DesignDocsPortalLayout from '@theme/DesignDocsPortalLayout';
import StatusDashboard from '@theme/StatusDashboard';
import type {Props} from '@theme/StatusDashboardPage';

/**
 * Counts, reviews, stale and open work, and the latest decisions. The body
 * is `@theme/StatusDashboard`.
 */
export default function StatusDashboardPage({data, nav}: Props): ReactNode {
  return (
    <DesignDocsPortalLayout
      title={translate({id: 'designDocs.dashboard.title', message: 'Architecture dashboard'})}
      description={translate({
        id: 'designDocs.dashboard.description',
        message: 'Where the design docs stand: what waits for review, what is stale and what is still open.',
      })}
      nav={nav}>
      <StatusDashboard data={data} nav={nav} />
    </DesignDocsPortalLayout>
  );
}

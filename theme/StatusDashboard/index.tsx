import {type ReactNode} from 'react';
import DesignDocsInstanceFilter from '@theme/DesignDocsInstanceFilter';
import DesignDocsSiteFilter from '@theme/DesignDocsSiteFilter';
import {FilterRow} from '@theme/DesignDocsFilterField';
import {useDocsInstanceFilter, useReviewerFilter, useSiteFilter, type DocLinkProps} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/StatusDashboard';
import {LatestDecisions, OpenQuestions} from './DocLists';
import {ReviewQueue, StaleDocs} from './DocTables';
import SiteSummaries from './SiteSummaries';
import TypeCounts from './TypeCounts';

/**
 * The dashboard's body: counts (and of a federated portal, each site's),
 * reviews, stale and open work, and the latest decisions. Used by the
 * portal page and by `::status-dashboard`.
 */
export default function StatusDashboard({data, nav}: Props): ReactNode {
  const typeIndex = (label: string) => nav?.pages.find((page) => page.id === 'type' && page.label === label)?.path;
  const decisionLog = nav?.pages.find((page) => page.id === 'decisions')?.path;
  // With several docs instances or sites, the lists of work can be narrowed to one; the counts stay the portal's.
  const instance = useDocsInstanceFilter(data.docsInstances);
  const site = useSiteFilter(data.sites);
  const reviewer = useReviewerFilter(data.reviewers);
  const shown = (source: DocLinkProps) => instance.matches(source) && site.matches(source);
  return (
    <>
      <TypeCounts counts={data.counts} indexOf={typeIndex} />
      {data.siteSummaries && <SiteSummaries summaries={data.siteSummaries} />}
      {site.sites.length > 1 ? (
        // Side by side when a federated portal has both choices; a one-site portal's page stays as it was.
        <FilterRow className="dashboard__filters">
          <DesignDocsInstanceFilter filter={instance} className="dashboard__instance-filter" />
          <DesignDocsSiteFilter filter={site} className="dashboard__site-filter" />
        </FilterRow>
      ) : (
        <DesignDocsInstanceFilter filter={instance} className="dashboard__instance-filter" />
      )}
      <ReviewQueue entries={data.reviewQueue} reviewer={reviewer} instance={instance} site={site} />
      <StaleDocs entries={data.stale.filter((entry) => shown(entry.doc))} staleAfterDays={data.staleAfterDays} instance={instance} site={site} />
      <OpenQuestions entries={data.openQuestions.filter((entry) => shown(entry.doc))} site={site} />
      <LatestDecisions entries={data.latestDecisions.filter((entry) => shown(entry.source))} decisionLog={decisionLog} site={site} />
    </>
  );
}

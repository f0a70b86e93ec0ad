import {type ReactNode} from 'react';
import DesignDocsInstanceFilter from '@theme/DesignDocsInstanceFilter';
import {useDocsInstanceFilter, useReviewerFilter} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/StatusDashboard';
import {LatestDecisions, OpenQuestions} from './DocLists';
import {ReviewQueue, StaleDocs} from './DocTables';
import TypeCounts from './TypeCounts';

/**
 * The dashboard's body: counts, reviews, stale and open work, and the
 * latest decisions. Used by the portal page and by `::status-dashboard`.
 */
export default function StatusDashboard({data, nav}: Props): ReactNode {
  const typeIndex = (label: string) => nav?.pages.find((page) => page.id === 'type' && page.label === label)?.path;
  const decisionLog = nav?.pages.find((page) => page.id === 'decisions')?.path;
  // With several docs instances, the lists of work can be narrowed to one; the counts stay the portal's.
  const instance = useDocsInstanceFilter(data.docsInstances);
  const reviewer = useReviewerFilter(data.reviewers);
  return (
    <>
      <TypeCounts counts={data.counts} indexOf={typeIndex} />
      <DesignDocsInstanceFilter filter={instance} className="dashboard__instance-filter" />
      <ReviewQueue entries={data.reviewQueue} reviewer={reviewer} instance={instance} />
      <StaleDocs entries={data.stale.filter((entry) => instance.matches(entry.doc))} staleAfterDays={data.staleAfterDays} instance={instance} />
      <OpenQuestions entries={data.openQuestions.filter((entry) => instance.matches(entry.doc))} />
      <LatestDecisions entries={data.latestDecisions.filter((entry) => instance.matches(entry.source))} decisionLog={decisionLog} />
    </>
  );
}

import {type ReactNode} from 'react';
import type {DashboardProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';
import {LatestDecisions, OpenQuestions} from './DocLists';
import {ReviewQueue, StaleDocs} from './DocTables';
import TypeCounts from './TypeCounts';

/**
 * `nav` is absent when embedded in an MDX page (`::status-dashboard`); the
 * links to other portal pages are then left out.
 */
export type Props = {data: DashboardProps; nav?: PortalNavProps};

/**
 * The dashboard's body: counts, reviews, stale and open work, and the
 * latest decisions. Used by the portal page and by `::status-dashboard`.
 */
export default function StatusDashboard({data, nav}: Props): ReactNode {
  const typeIndex = (label: string) => nav?.pages.find((page) => page.id === 'type' && page.label === label)?.path;
  const decisionLog = nav?.pages.find((page) => page.id === 'decisions')?.path;
  return (
    <>
      <TypeCounts counts={data.counts} indexOf={typeIndex} />
      <ReviewQueue entries={data.reviewQueue} />
      <StaleDocs entries={data.stale} staleAfterDays={data.staleAfterDays} />
      <OpenQuestions entries={data.openQuestions} />
      <LatestDecisions entries={data.latestDecisions} decisionLog={decisionLog} />
    </>
  );
}

import {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {StatusCounts} from '@theme/DesignDocsCountCards';
import DesignDocsTable, {tableCells} from '@theme/DesignDocsTable';
import type {SiteSummary} from 'docusaurus-plugin-design-docs/client';
import {Section} from './Section';

function Column({children, number = false}: {children: string; number?: boolean}): ReactNode {
  return (
    <th scope="col" className={number ? tableCells.number : undefined}>
      {children}
    </th>
  );
}

/**
 * A federated portal's sites side by side, this site first: each one's
 * documents by status, its open risks in the risk scale's highest band,
 * what waits for review and what is stale. Given only when another site
 * contributes; the portal's own numbers, whatever the filters below say.
 */
export default function SiteSummaries({summaries}: {summaries: SiteSummary[]}): ReactNode {
  return (
    <Section
      name="sites"
      title={translate({id: 'designDocs.dashboard.sites.title', message: 'Sites'})}
      intro={translate({
        id: 'designDocs.dashboard.sites.intro',
        message: 'The documents of each site this portal lists, with their open risks in the highest band of the risk scale, those waiting for review and those that are stale.',
      })}>
      <DesignDocsTable className={clsx('table', 'dashboard__sites')} wrapAnywhere>
        <thead>
          <tr>
            <Column>{translate({id: 'designDocs.dashboard.sites.column.site', message: 'Site'})}</Column>
            <Column number>{translate({id: 'designDocs.dashboard.sites.column.documents', message: 'Documents'})}</Column>
            <Column>{translate({id: 'designDocs.dashboard.sites.column.statuses', message: 'Statuses'})}</Column>
            <Column number>{translate({id: 'designDocs.dashboard.sites.column.criticalRisks', message: 'Open critical risks'})}</Column>
            <Column number>{translate({id: 'designDocs.dashboard.sites.column.inReview', message: 'In review'})}</Column>
            <Column number>{translate({id: 'designDocs.dashboard.sites.column.stale', message: 'Stale'})}</Column>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr key={summary.site.name} className="dashboard__site" data-site={summary.site.name}>
              <th scope="row">{summary.site.label}</th>
              <td className={tableCells.number} data-field="documents">
                {summary.total}
              </td>
              <td data-field="statuses">
                <StatusCounts statuses={summary.statuses} />
              </td>
              <td className={tableCells.number} data-field="critical-risks">
                {summary.openCriticalRisks}
              </td>
              <td className={tableCells.number} data-field="in-review">
                {summary.inReview}
              </td>
              <td className={tableCells.number} data-field="stale">
                {summary.stale}
              </td>
            </tr>
          ))}
        </tbody>
      </DesignDocsTable>
    </Section>
  );
}

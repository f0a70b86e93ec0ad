import {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import DesignDocsTable, {tableCells} from '@theme/DesignDocsTable';
import {DocsInstanceName} from '@theme/DesignDocsInstanceFilter';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import {FilterRow} from '@theme/DesignDocsFilterField';
import {ReviewQueueTable, ReviewerFilter} from '@theme/ReviewQueue';
import type {DashboardProps, DocsInstanceFilter, ReviewerFilter as ReviewerFilterState, SiteFilter} from 'docusaurus-plugin-design-docs/client';
import {Section} from './Section';

type StaleEntry = DashboardProps['stale'][number];

function staleReason(entry: StaleEntry): string {
  return entry.reason === 'review-by'
    ? translate({id: 'designDocs.dashboard.stale.reviewBy', message: 'Review date passed'})
    : translate({id: 'designDocs.dashboard.stale.notUpdated', message: 'Not updated for {days} days'}, {days: entry.days});
}

function Column({children}: {children: string}): ReactNode {
  return <th scope="col">{children}</th>;
}

const DASH = <span aria-hidden="true">—</span>;

/** A date, or a dash hidden from screen readers when there is none. */
function Time({date}: {date: string | null}): ReactNode {
  return date ? <time dateTime={date}>{date}</time> : DASH;
}

/**
 * Docs waiting for review, ready first: who reviews, for how many days,
 * open feedback, checklist and what blocks each; narrowed to one reviewer
 * by the URL's `reviewer`.
 */
export function ReviewQueue({entries, reviewer, instance, site}: {entries: DashboardProps['reviewQueue']; reviewer: ReviewerFilterState; instance: DocsInstanceFilter; site: SiteFilter}): ReactNode {
  const shown = entries.filter((entry, index) => instance.matches(entry.doc) && site.matches(entry.doc) && reviewer.matches(index));
  return (
    <Section
      name="review-queue"
      title={translate({id: 'designDocs.dashboard.review.title', message: 'Waiting for review'})}
      empty={entries.length === 0 && <Translate id="designDocs.dashboard.review.empty">Nothing is waiting for review.</Translate>}>
      {reviewer.choices.length > 1 && (
        <FilterRow className="dashboard__review-filters">
          <ReviewerFilter filter={reviewer} />
        </FilterRow>
      )}
      <ReviewQueueTable entries={shown} instance={instance} site={site} />
    </Section>
  );
}

/** Docs in force whose review date passed or that were not updated for too long. */
export function StaleDocs({entries, staleAfterDays, instance, site}: {entries: DashboardProps['stale']; staleAfterDays: number; instance: DocsInstanceFilter; site: SiteFilter}): ReactNode {
  return (
    <Section
      name="stale"
      title={translate({id: 'designDocs.dashboard.stale.title', message: 'Stale documents'})}
      intro={
        <Translate id="designDocs.dashboard.stale.intro" values={{days: staleAfterDays}}>
          {'Documents still in force whose review date has passed, or that were not updated for more than {days} days.'}
        </Translate>
      }
      empty={entries.length === 0 && <Translate id="designDocs.dashboard.stale.empty">No document is stale.</Translate>}>
      <DesignDocsTable className={clsx('table', 'dashboard__table')} wrapAnywhere>
        <thead>
          <tr>
            <Column>{translate({id: 'designDocs.dashboard.column.document', message: 'Document'})}</Column>
            <Column>{translate({id: 'designDocs.dashboard.column.reason', message: 'Reason'})}</Column>
            <Column>{translate({id: 'designDocs.dashboard.column.since', message: 'Since'})}</Column>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.doc.permalink} data-reason={entry.reason}>
              <td>
                <DesignDocLink doc={entry.doc} showStatus />
                <DocsInstanceName filter={instance} source={entry.doc} />
                <SiteName filter={site} source={entry.doc} />
              </td>
              <td>{staleReason(entry)}</td>
              <td className={tableCells.nowrap}>
                <Time date={entry.since} />
              </td>
            </tr>
          ))}
        </tbody>
      </DesignDocsTable>
    </Section>
  );
}

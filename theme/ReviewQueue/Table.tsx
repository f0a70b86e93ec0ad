import {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import DesignDocsTable, {tableCells} from '@theme/DesignDocsTable';
import {DocsInstanceName} from '@theme/DesignDocsInstanceFilter';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import {FEEDBACK_CATEGORIES, FeedbackEmoji, ToneTag, blockerLabel, feedbackCategoryLabel} from '@theme/DesignDocReview/labels';
import {readinessTone} from '@theme/DesignDocReview/Summary';
import type {DocsInstanceFilter, ReviewQueueEntry, SiteFilter} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

const DASH = <span aria-hidden="true">—</span>;

function Column({children}: {children: string}): ReactNode {
  return <th scope="col">{children}</th>;
}

/** Open feedback by category: each category's emoji, its count and its name. */
function OpenFeedback({counts}: {counts: ReviewQueueEntry['openFeedback']}): ReactNode {
  const open = FEEDBACK_CATEGORIES.filter((category) => counts[category] > 0);
  if (open.length === 0) {
    return DASH;
  }
  return (
    <ul className={styles.counts}>
      {open.map((category) => (
        <li key={category} className="review-queue__feedback" data-category={category}>
          <FeedbackEmoji category={category} /> {counts[category]} <span className={styles.category}>{feedbackCategoryLabel(category)}</span>
        </li>
      ))}
    </ul>
  );
}

function Readiness({entry}: {entry: ReviewQueueEntry}): ReactNode {
  if (entry.ready) {
    return <ToneTag tone="success">{translate({id: 'designDocs.reviewQueue.ready', message: 'Ready'})}</ToneTag>;
  }
  return (
    <ToneTag tone={readinessTone(entry)} className={styles.blocked}>
      {translate({id: 'designDocs.reviewQueue.blockedBy', message: 'Blocked by: {blockers}'}, {blockers: entry.blockers.map(blockerLabel).join(', ')})}
    </ToneTag>
  );
}

/**
 * The review queue's table: each doc waiting for review with its
 * reviewers, days in review, open feedback, checklist progress and whether
 * it is ready, in the order given (ready first).
 */
export default function ReviewQueueTable({entries, instance, site}: {entries: ReviewQueueEntry[]; instance: DocsInstanceFilter; site?: SiteFilter}): ReactNode {
  return (
    <DesignDocsTable className={clsx('table', 'review-queue__table')} wrapAnywhere>
      <thead>
        <tr>
          <Column>{translate({id: 'designDocs.dashboard.column.document', message: 'Document'})}</Column>
          <Column>{translate({id: 'designDocs.dashboard.column.reviewers', message: 'Reviewers'})}</Column>
          <Column>{translate({id: 'designDocs.reviewQueue.column.days', message: 'Days in review'})}</Column>
          <Column>{translate({id: 'designDocs.reviewQueue.column.feedback', message: 'Open feedback'})}</Column>
          <Column>{translate({id: 'designDocs.reviewQueue.column.checklist', message: 'Checklist'})}</Column>
          <Column>{translate({id: 'designDocs.reviewQueue.column.readiness', message: 'Readiness'})}</Column>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.doc.permalink} className="review-queue__row" data-ready={entry.ready} data-blockers={entry.blockers.join(' ')}>
            <td className={tableCells.source}>
              <DesignDocLink doc={entry.doc} showStatus />
              <DocsInstanceName filter={instance} source={entry.doc} />
              {site && <SiteName filter={site} source={entry.doc} />}
            </td>
            <td>{entry.reviewers.length > 0 ? entry.reviewers.join(', ') : DASH}</td>
            <td className={tableCells.number} data-field="days">
              {entry.daysInReview === null ? DASH : entry.since ? <time dateTime={entry.since} title={entry.since}>{entry.daysInReview}</time> : entry.daysInReview}
            </td>
            <td data-field="feedback">
              <OpenFeedback counts={entry.openFeedback} />
            </td>
            <td className={tableCells.nowrap} data-field="checklist">
              {entry.checklist.total === 0 ? (
                DASH
              ) : (
                <span
                  aria-label={translate(
                    {id: 'designDocs.header.checklistProgress', message: '{done} of {total} checklist items done'},
                    {done: entry.checklist.done, total: entry.checklist.total},
                  )}>
                  {`${entry.checklist.done}/${entry.checklist.total}`}
                </span>
              )}
            </td>
            <td className={styles.readiness} data-field="readiness">
              <Readiness entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </DesignDocsTable>
  );
}

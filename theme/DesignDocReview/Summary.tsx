import {Fragment, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {DocReviewProps, StatusTone} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/DesignDocReview/Summary';

type Part = {name: string; text: string};

/** The tone of a readiness (a doc's, or a review-queue entry's): ready, blocked by critical feedback, or blocked otherwise. */
export function readinessTone(readiness: {ready: boolean; blockers: readonly string[]}): StatusTone {
  return readiness.ready ? 'success' : readiness.blockers.includes('critical-feedback') ? 'danger' : 'warning';
}

function useParts(review: DocReviewProps): Part[] {
  const {selectMessage} = usePluralForm();
  const {readiness, inReview, approved} = review;
  const parts: Part[] = [];
  if (readiness.ready) {
    parts.push({
      name: 'ready',
      text: approved
        ? translate({id: 'designDocs.review.summary.complete', message: 'Review complete'})
        : inReview
          ? translate({id: 'designDocs.review.summary.readyForApproval', message: 'Ready for approval'})
          : translate({id: 'designDocs.review.summary.readyForReview', message: 'Ready for review'}),
    });
  }
  const {checklist, feedback, sections, findings} = readiness;
  if (checklist.total > 0) {
    parts.push({name: 'checklist', text: translate({id: 'designDocs.review.summary.checklist', message: 'Checklist {done}/{total}'}, {done: checklist.done, total: checklist.total})});
  }
  const critical = feedback.open.critical;
  const other = feedback.open.important + feedback.open['nice-to-have'] + feedback.open.question;
  if (critical > 0) {
    parts.push({name: 'critical', text: translate({id: 'designDocs.review.summary.critical', message: '{count} critical feedback open'}, {count: critical})});
  }
  if (other > 0) {
    parts.push({
      name: 'feedback',
      text:
        critical > 0
          ? translate({id: 'designDocs.review.summary.otherFeedback', message: '{count} other feedback open'}, {count: other})
          : translate({id: 'designDocs.review.summary.feedback', message: '{count} feedback open'}, {count: other}),
    });
  }
  if (sections.missing.length > 0) {
    const count = sections.missing.length;
    parts.push({name: 'sections', text: selectMessage(count, translate({id: 'designDocs.review.summary.sections', message: '{count} section missing|{count} sections missing'}, {count}))});
  }
  if (findings.length > 0) {
    const count = findings.length;
    parts.push({name: 'findings', text: selectMessage(count, translate({id: 'designDocs.review.summary.findings', message: '{count} finding|{count} findings'}, {count}))});
  }
  return parts;
}

/**
 * A doc's readiness in one line: "Checklist 3/5 · 1 critical feedback open ·
 * 2 sections missing", or "Ready for approval" first when nothing blocks.
 * The dots are left unread by screen readers; each part is its own phrase.
 */
export default function DesignDocReviewSummary({review, className}: Props): ReactNode {
  const parts = useParts(review);
  return (
    <span className={clsx('design-doc-review-summary', className)}>
      {parts.map((part, index) => (
        <Fragment key={part.name}>
          {index > 0 && <span aria-hidden="true"> · </span>}
          <span data-part={part.name}>{part.text}</span>
        </Fragment>
      ))}
    </span>
  );
}

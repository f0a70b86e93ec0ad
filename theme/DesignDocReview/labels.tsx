import {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {DocReviewProps, ReviewQueueEntry, StatusTone} from 'docusaurus-plugin-design-docs/client';
import styles from './labels.module.css';

export type FeedbackCategory = DocReviewProps['feedback'][number]['category'];
export type ReadinessBlocker = ReviewQueueEntry['blockers'][number];

/** The seed's categories, most pressing first. */
export const FEEDBACK_CATEGORIES: FeedbackCategory[] = ['critical', 'important', 'nice-to-have', 'question'];

/** The seed's emoji of each category; always shown with its name, never alone. */
export const FEEDBACK_EMOJI: Record<FeedbackCategory, string> = {critical: '🔴', important: '🟡', 'nice-to-have': '🟢', question: '💬'};

export const FEEDBACK_TONES: Record<FeedbackCategory, StatusTone> = {critical: 'danger', important: 'warning', 'nice-to-have': 'success', question: 'info'};

export function feedbackCategoryLabel(category: FeedbackCategory): string {
  switch (category) {
    case 'critical':
      return translate({id: 'designDocs.review.category.critical', message: 'Critical'});
    case 'important':
      return translate({id: 'designDocs.review.category.important', message: 'Important'});
    case 'nice-to-have':
      return translate({id: 'designDocs.review.category.niceToHave', message: 'Nice-to-have'});
    default:
      return translate({id: 'designDocs.review.category.question', message: 'Question'});
  }
}

/** What stops a doc, as "Blocked by: ..." names it. */
export function blockerLabel(blocker: ReadinessBlocker): string {
  switch (blocker) {
    case 'checklist':
      return translate({id: 'designDocs.review.blocker.checklist', message: 'checklist'});
    case 'critical-feedback':
      return translate({id: 'designDocs.review.blocker.criticalFeedback', message: 'critical feedback'});
    default:
      return translate({id: 'designDocs.review.blocker.sections', message: 'sections'});
  }
}

/**
 * A category's emoji, as decoration: screen readers skip it, and the
 * category's name is always written beside it (a system without an emoji
 * font shows a box).
 */
export function FeedbackEmoji({category}: {category: FeedbackCategory}): ReactNode {
  return <span aria-hidden="true">{FEEDBACK_EMOJI[category]}</span>;
}

/** A short word in a tone's colours (`Ready`, `Open`, `Resolved`), from the shared tone variables. */
export function ToneTag({tone, className, children}: {tone: StatusTone; className?: string; children: ReactNode}): ReactNode {
  return (
    <span className={clsx(styles.tag, className)} data-tone={tone}>
      {children}
    </span>
  );
}

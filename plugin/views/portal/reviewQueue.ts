import type {ReviewQueueEntry, ReviewQueueProps, ReviewerChoice} from '../../types/props';
import {namesReviewer, reviewQueueOf, type ReviewQueueItem} from '../../review/queue';
import {toDocLink} from '../docPage';
import {docsInstancesOf, sitesOf, type PortalContext} from './context';

function toEntry({doc, readiness, since, daysInReview}: ReviewQueueItem, context: PortalContext): ReviewQueueEntry {
  return {
    doc: toDocLink(doc, context.vocabulary),
    reviewers: doc.people.reviewers,
    since,
    daysInReview,
    ready: readiness.ready,
    blockers: readiness.blockers,
    checklist: {done: readiness.checklist.done, total: readiness.checklist.total},
    openFeedback: readiness.feedback.open,
  };
}

const words = (name: string) => name.trim().split(/\s+/).length;

/**
 * The reviewer filter's choices: each reviewer of the queue once, by the
 * shortest name that names them (`Mei Chen`, not also `Principal Engineer
 * Mei Chen`), with the entries the choice keeps.
 */
export function reviewerChoices(items: ReviewQueueItem[]): ReviewerChoice[] {
  const names = [...new Set(items.flatMap((item) => item.doc.people.reviewers.map((name) => name.trim())).filter(Boolean))];
  names.sort((a, b) => words(a) - words(b) || a.localeCompare(b));
  const kept: string[] = [];
  for (const name of names) {
    if (!kept.some((shorter) => namesReviewer(name, shorter))) {
      kept.push(name);
    }
  }
  return kept
    .sort((a, b) => a.localeCompare(b))
    .map((name) => ({
      name,
      entries: items.flatMap((item, index) => (item.doc.people.reviewers.some((reviewer) => namesReviewer(reviewer, name)) ? [index] : [])),
    }));
}

/**
 * The review queue of the context's docs, in `reviewQueueOf`'s order (ready
 * first), with its reviewer choices: the docs `keep` keeps, the first
 * `limit` of them.
 */
export function buildReviewQueueProps(
  context: PortalContext,
  {keep = () => true, limit = Infinity}: {keep?: (item: ReviewQueueItem) => boolean; limit?: number} = {},
): ReviewQueueProps {
  const items = reviewQueueOf(context.model.docs, context.vocabulary, context.today).filter(keep).slice(0, limit);
  return {
    entries: items.map((item) => toEntry(item, context)),
    reviewers: reviewerChoices(items),
    ...docsInstancesOf(items.map((item) => item.doc)),
    ...sitesOf(items.map((item) => item.doc), context),
  };
}

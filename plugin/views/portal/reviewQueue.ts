import type {ReviewQueueEntry, ReviewQueueProps, ReviewerChoice} from '../../types/props';
import {nameWords, reviewQueueOf, wordsName, type ReviewQueueItem} from '../../review/queue';
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

/** `compute`, worked out once per name for as long as the returned function is kept. */
function memoized<T>(compute: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>();
  return (name) => {
    if (!known.has(name)) {
      known.set(name, compute(name));
    }
    return known.get(name) as T;
  };
}

/**
 * The reviewer filter's choices: each reviewer of the queue once, by the
 * shortest name that names them (`Mei Chen`, not also `Principal Engineer
 * Mei Chen`), with the entries the choice keeps.
 */
export function reviewerChoices(items: ReviewQueueItem[]): ReviewerChoice[] {
  // Each name is split into words once: a queue of a whole organisation
  // names the same few hundred reviewers thousands of times.
  const words = memoized(nameWords);
  const names = [...new Set(items.flatMap((item) => item.doc.people.reviewers.map((name) => name.trim())).filter(Boolean))];
  names.sort((a, b) => words(a).length - words(b).length || a.localeCompare(b));
  const kept: string[] = [];
  for (const name of names) {
    if (!kept.some((shorter) => wordsName(words(name), words(shorter)))) {
      kept.push(name);
    }
  }
  kept.sort((a, b) => a.localeCompare(b));
  // The kept names each way a doc writes a reviewer names, worked out once per way.
  const choicesOf = memoized((reviewer: string) => kept.flatMap((name, choice) => (wordsName(words(reviewer), words(name)) ? [choice] : [])));
  const entries = kept.map((): number[] => []);
  items.forEach((item, index) => {
    const chosen = new Set(item.doc.people.reviewers.flatMap(choicesOf));
    for (const choice of chosen) {
      entries[choice]!.push(index);
    }
  });
  return kept.map((name, choice) => ({name, entries: entries[choice]!}));
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

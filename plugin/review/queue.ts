import type {DesignDocRecord, ReviewReadiness} from '../types/model';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {daysBetween, isoDay} from '../vocabulary/days';
import {reviewReadinessOf} from './readiness';

/**
 * The review queue: every doc whose status waits for reviewers, with its
 * readiness and how long it has waited. The dashboard, the
 * `::review-queue` directive, design-docs.json and `design-docs:review
 * --reviewer` all list it from here, in the same order.
 */

export type ReviewQueueItem = {
  doc: DesignDocRecord;
  readiness: ReviewReadiness;
  /** The day the wait is counted from: the status date, else the doc's date, else its last update. */
  since: string | null;
  daysInReview: number | null;
};

/** Whether a doc waits for reviewers: by its status here, or, for a remote record, by its own site's queue when its export says. */
export function isInReview(doc: DesignDocRecord, vocabulary: Vocabulary): boolean {
  if (doc.remote && doc.remote.inReview !== null) {
    return doc.remote.inReview;
  }
  return doc.status !== null && vocabulary.findStatus(doc.type, doc.status)?.review === true;
}

export function reviewSince(doc: DesignDocRecord): string | null {
  return doc.statusDate ?? doc.date ?? (doc.lastUpdatedAt === null ? null : isoDay(doc.lastUpdatedAt));
}

/**
 * Ready docs first (a reviewer can approve them now), then the fewest
 * blockers, then the longest wait; by reference last, so equal docs keep
 * one order on every page.
 */
export function compareQueueItems(a: ReviewQueueItem, b: ReviewQueueItem): number {
  return (
    Number(b.readiness.ready) - Number(a.readiness.ready) ||
    a.readiness.blockers.length - b.readiness.blockers.length ||
    (b.daysInReview ?? -1) - (a.daysInReview ?? -1) ||
    a.doc.permalink.localeCompare(b.doc.permalink)
  );
}

export function reviewQueueOf(docs: DesignDocRecord[], vocabulary: Vocabulary, today: string): ReviewQueueItem[] {
  const items: ReviewQueueItem[] = [];
  for (const doc of docs) {
    if (!isInReview(doc, vocabulary)) {
      continue;
    }
    const since = reviewSince(doc);
    items.push({doc, readiness: reviewReadinessOf(doc, vocabulary), since, daysInReview: since === null ? null : Math.max(0, daysBetween(since, today))});
  }
  return items.sort(compareQueueItems);
}

/** Words of a name, for matching `Mei Chen` against `Principal Engineer Mei Chen (Payments)`. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
}

/** Whether `name`, as a doc writes it, names `reviewer`: every word of the name given, in order, in it. */
export function namesReviewer(name: string, reviewer: string): boolean {
  return wordsName(nameWords(name), nameWords(reviewer));
}

/** namesReviewer on names already split by nameWords: for a caller that matches the same names many times. */
export function wordsName(words: string[], wanted: string[]): boolean {
  return wanted.length > 0 && words.some((_, start) => wanted.every((word, i) => words[start + i] === word));
}

/** Whether `reviewer` is one of the doc's reviewers (`namesReviewer`). */
export function hasReviewer(doc: DesignDocRecord, reviewer: string): boolean {
  return doc.people.reviewers.some((name) => namesReviewer(name, reviewer));
}

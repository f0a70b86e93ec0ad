import type {DesignDocRecord, FeedbackCounts, ReadinessBlocker, ReviewReadiness} from '../types/model';
import {FEEDBACK_CATEGORIES, reviewReadinessOf} from '../review/readiness';
import {reviewQueueOf, type ReviewQueueItem} from '../review/queue';
import {referenceOf} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {openChecklistItems, openFeedbackItems, placeOf, type OpenChecklistItem, type OpenFeedbackItem} from './reviewItems';

/**
 * `design-docs:review`: one record's readiness, or the review queue, as
 * text for people and as JSON for CI bots. The keys are written in one
 * order, so two runs diff line by line (the CLI guide documents them).
 */

/** One doc of the review queue, `design-docs:review --format json`. */
export type ReviewEntry = {
  reference: string | null;
  title: string;
  file: string;
  permalink: string;
  status: string | null;
  reviewers: string[];
  /** The day the wait is counted from; null when the doc is not in review or no date says. */
  since: string | null;
  daysInReview: number | null;
  ready: boolean;
  blockers: ReadinessBlocker[];
  checklist: {done: number; total: number; open: OpenChecklistItem[]};
  openFeedback: FeedbackCounts;
  missingSections: string[];
};

/** One doc's readiness, `design-docs:review <doc> --format json`: its queue entry and the items behind it. */
export type DocReview = ReviewEntry & {
  inReview: boolean;
  openFeedbackItems: OpenFeedbackItem[];
  findings: {rule: string; message: string}[];
};

function entryOf(doc: DesignDocRecord, readiness: ReviewReadiness, wait: {since: string | null; daysInReview: number | null}, vocabulary: Vocabulary, source: string | null): ReviewEntry {
  return {
    reference: referenceOf(doc, vocabulary),
    title: doc.title,
    file: doc.file,
    permalink: doc.permalink,
    status: doc.status,
    reviewers: doc.people.reviewers,
    since: wait.since,
    daysInReview: wait.daysInReview,
    ready: readiness.ready,
    blockers: readiness.blockers,
    checklist: {done: readiness.checklist.done, total: readiness.checklist.total, open: openChecklistItems(doc, source)},
    openFeedback: readiness.feedback.open,
    missingSections: readiness.sections.missing,
  };
}

export function queueEntryOf(item: ReviewQueueItem, vocabulary: Vocabulary, source: string | null): ReviewEntry {
  return entryOf(item.doc, item.readiness, item, vocabulary, source);
}

export function docReviewOf(doc: DesignDocRecord, vocabulary: Vocabulary, today: string, source: string | null): DocReview {
  // A doc in review is read as the queue reads it, days waiting included.
  const [queued] = reviewQueueOf([doc], vocabulary, today);
  const readiness = queued?.readiness ?? reviewReadinessOf(doc, vocabulary);
  const {reference, title, file, permalink, status, ...rest} = entryOf(doc, readiness, queued ?? {since: null, daysInReview: null}, vocabulary, source);
  return {
    reference,
    title,
    file,
    permalink,
    status,
    inReview: queued !== undefined,
    ...rest,
    openFeedbackItems: openFeedbackItems(doc, source),
    findings: readiness.findings.map(({rule, message}) => ({rule, message})),
  };
}

const BLOCKER_WORDS: Record<ReadinessBlocker, string> = {checklist: 'checklist', 'critical-feedback': 'critical feedback', sections: 'missing sections'};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function readinessWords(entry: ReviewEntry): string {
  return entry.ready ? 'ready' : `blocked by ${entry.blockers.map((blocker) => BLOCKER_WORDS[blocker]).join(', ')}`;
}

function nameOf(entry: ReviewEntry): string {
  return entry.reference ? `${entry.reference} ${JSON.stringify(entry.title)}` : JSON.stringify(entry.title);
}

/** The text report of one doc: a heading line, then one line per part of its readiness and one per open item. */
export function docReviewText(review: DocReview, statusLabel: string | null): string {
  const lines = [`${nameOf(review)} (${review.file})`];
  const status = statusLabel ?? review.status ?? 'none';
  if (!review.inReview) {
    lines.push(`Status: ${status}`);
  } else if (review.daysInReview === null) {
    lines.push(`Status: ${status} (no date says since when)`);
  } else {
    lines.push(`Status: ${status}, ${plural(review.daysInReview, 'day')} (since ${review.since})`);
  }
  lines.push(`Reviewers: ${review.reviewers.join(', ') || 'none named'}`);
  lines.push(`Readiness: ${readinessWords(review)}`);
  const {checklist} = review;
  lines.push(checklist.total === 0 ? 'Checklist: none' : `Checklist: ${checklist.done}/${checklist.total} ticked`);
  lines.push(...checklist.open.map((item) => `  ${placeOf(review.file, item.line)}: [ ] ${item.text}`));
  const open = FEEDBACK_CATEGORIES.filter((category) => review.openFeedback[category] > 0);
  lines.push(`Open feedback: ${open.map((category) => `${review.openFeedback[category]} ${category}`).join(', ') || 'none'}`);
  lines.push(...review.openFeedbackItems.map((item) => `  ${placeOf(review.file, item.line)}: ${item.category}${item.by ? ` from ${item.by}` : ''}: ${item.text}`));
  lines.push(`Missing sections: ${review.missingSections.join(', ') || 'none'}`);
  lines.push(`Findings: ${review.findings.length === 0 ? 'none' : ''}`.trimEnd());
  lines.push(...review.findings.map((finding) => `  ${finding.message}`));
  return lines.join('\n');
}

/** One line of the queue: what blocks the doc, how long it has waited, its checklist and open critical feedback. */
function queueLine(entry: ReviewEntry, withReviewers: boolean): string {
  const parts = [
    readinessWords(entry),
    entry.daysInReview === null ? 'days in review unknown' : `${plural(entry.daysInReview, 'day')} in review`,
    entry.checklist.total === 0 ? 'no checklist' : `checklist ${entry.checklist.done}/${entry.checklist.total}`,
    entry.openFeedback.critical === 0 ? 'no critical feedback open' : `${entry.openFeedback.critical} critical feedback open`,
    ...(withReviewers ? [`reviewers: ${entry.reviewers.join(', ') || 'none named'}`] : []),
  ];
  return `- ${nameOf(entry)}: ${parts.join('; ')} (${entry.file})`;
}

/**
 * The queue as text: a heading that says whose queue it is, then a line a
 * doc. An empty queue of a reviewer names the reviewers the queue has, for
 * a name mistyped.
 */
export function queueText(entries: ReviewEntry[], reviewer: string | undefined, reviewersInQueue: string[]): string {
  if (entries.length === 0) {
    if (reviewer === undefined) {
      return 'No design doc is in review.';
    }
    const known = reviewersInQueue.length > 0 ? `\nThe docs in review name: ${reviewersInQueue.join(', ')}.` : '';
    return `No design doc in review names ${JSON.stringify(reviewer)} as a reviewer.${known}`;
  }
  const whose = reviewer === undefined ? 'in review' : `in review with reviewer ${JSON.stringify(reviewer)}`;
  const heading = `${plural(entries.length, 'design doc')} ${whose}, ready first:`;
  return [heading, ...entries.map((entry) => queueLine(entry, reviewer === undefined))].join('\n');
}

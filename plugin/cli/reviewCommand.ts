import fs from 'fs';
import path from 'path';
import type {DesignDocRecord} from '../types/model';
import {hasReviewer} from '../review/queue';
import {docReviewOf, docReviewText, queueEntryOf, queueText} from './reviewReport';
import type {FoundRecord, QueuedRecord} from './siteInstances';

/**
 * What `design-docs:review` prints: one doc's readiness, or the review
 * queue (a reviewer's, or everyone's), as text or as JSON. A report, never
 * an edit: it reads the files only to place front-matter items on a line.
 */

export type ReviewFormat = 'text' | 'json';

export function reviewFormatOf(flag: string): ReviewFormat | null {
  return flag === 'text' || flag === 'json' ? flag : null;
}

/** The record's file text, for lines of items written in front matter; null when it cannot be read. */
export function recordSource(siteDir: string, doc: DesignDocRecord): string | null {
  try {
    return fs.readFileSync(path.join(siteDir, doc.file), 'utf8');
  } catch {
    return null;
  }
}

export function docReviewOutput({record, instance: {vocabulary}}: FoundRecord, format: ReviewFormat, today: string, siteDir: string): string {
  const review = docReviewOf(record, vocabulary, today, recordSource(siteDir, record));
  if (format === 'json') {
    return JSON.stringify(review, null, 2);
  }
  const status = record.status === null ? null : (vocabulary.findStatus(record.type, record.status)?.label ?? record.status);
  return docReviewText(review, status);
}

export function queueOutput(queue: QueuedRecord[], reviewer: string | undefined, format: ReviewFormat, siteDir: string): string {
  const listed = reviewer === undefined ? queue : queue.filter(({item}) => hasReviewer(item.doc, reviewer));
  const entries = listed.map(({item, instance}) => queueEntryOf(item, instance.vocabulary, recordSource(siteDir, item.doc)));
  if (format === 'json') {
    return JSON.stringify(entries, null, 2);
  }
  const reviewers = [...new Set(queue.flatMap(({item}) => item.doc.people.reviewers))].sort((a, b) => a.localeCompare(b));
  return queueText(entries, reviewer, reviewers);
}

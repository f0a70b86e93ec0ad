import type {DesignDocRecord, Feedback, FeedbackCategory} from '../types/model';
import {fieldOf, locationOf} from '../normalize/entryLocations';
import {approvalBlockers} from '../review/readiness';
import {locateField} from './locateField';

/**
 * The open checklist items and feedback of a record, each with the line
 * it is written on, so the commands can say `file:line` as a compiler
 * does: its line in the body, else its item in the front matter, else the
 * front-matter field that holds the list.
 */

export type OpenChecklistItem = {text: string; line: number | null};

export type OpenFeedbackItem = {category: FeedbackCategory; by: string | null; text: string; line: number | null};

/** What the approval gate holds against a record, item by item. */
export type ApprovalHold = {checklist: OpenChecklistItem[]; critical: OpenFeedbackItem[]};

/** `source` is the record's file text, for lists written in its front matter; null when it could not be read. */
function lineOf(list: readonly object[], index: number, source: string | null): number | null {
  const at = locationOf(list, index);
  if (at) {
    return at.line;
  }
  const field = fieldOf(list);
  if (field === undefined || source === null) {
    return null;
  }
  return locateField(source, `${field}[${index}]`) ?? locateField(source, field);
}

export function openChecklistItems(doc: DesignDocRecord, source: string | null): OpenChecklistItem[] {
  return doc.checklist.flatMap((item, index) => (item.done ? [] : [{text: item.text, line: lineOf(doc.checklist, index, source)}]));
}

export function openFeedbackItems(doc: DesignDocRecord, source: string | null, only: (item: Feedback) => boolean = () => true): OpenFeedbackItem[] {
  return doc.feedback.flatMap((item, index) =>
    item.resolved || !only(item) ? [] : [{category: item.category, by: item.by, text: item.text, line: lineOf(doc.feedback, index, source)}],
  );
}

/** The gate's blockers (review/readiness' approvalBlockers), placed; null when nothing holds the record. */
export function approvalHoldOf(doc: DesignDocRecord, source: string | null): ApprovalHold | null {
  const {checklist, critical} = approvalBlockers(doc);
  if (checklist.length === 0 && critical.length === 0) {
    return null;
  }
  return {
    checklist: openChecklistItems(doc, source).filter((item) => checklist.includes(item.text)),
    critical: openFeedbackItems(doc, source, (item) => critical.includes(item)),
  };
}

/** `docs/design/x.md:42`, or the file alone when the line is not known. */
export function placeOf(file: string, line: number | null): string {
  return line === null ? file : `${file}:${line}`;
}

/** One line per item, as a compiler reports: `docs/design/x.md:42: checklist item "..." is not ticked`. */
export function holdLines(file: string, hold: ApprovalHold): string[] {
  return [
    ...hold.checklist.map((item) => `${placeOf(file, item.line)}: checklist item ${JSON.stringify(item.text)} is not ticked`),
    ...hold.critical.map((item) => `${placeOf(file, item.line)}: critical feedback${item.by ? ` from ${item.by}` : ''} is unresolved: ${JSON.stringify(item.text)}`),
  ];
}

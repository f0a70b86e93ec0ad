import type {DesignDocRecord} from '../types/model';
import type {DocReviewProps} from '../types/props';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {reviewReadinessOf} from '../review/readiness';

/**
 * What a doc's page (and `<ReviewReadiness />`) shows of its review: its
 * readiness with every checklist and feedback item. Null for a doc no
 * longer in force (superseded, rejected, obsolete), for one with no review
 * data and no required sections, and for one past review (approved-like)
 * with nothing left open or missing: their pages stay as they were.
 */
export function toDocReview(doc: DesignDocRecord, vocabulary: Vocabulary): DocReviewProps | null {
  const status = doc.status === null ? undefined : vocabulary.findStatus(doc.type, doc.status);
  if (status && !status.active) {
    return null;
  }
  const readiness = reviewReadinessOf(doc, vocabulary);
  const hasData = doc.checklist.length > 0 || doc.feedback.length > 0 || readiness.findings.length > 0;
  if (!hasData && readiness.sections.required === 0) {
    return null;
  }
  const approved = status?.approved ?? false;
  const open =
    readiness.checklist.open.length > 0 || readiness.feedback.openItems.length > 0 || readiness.sections.missing.length > 0 || readiness.findings.length > 0;
  if (approved && !open) {
    return null;
  }
  return {inReview: status?.review ?? false, approved, readiness, checklist: doc.checklist, feedback: doc.feedback};
}

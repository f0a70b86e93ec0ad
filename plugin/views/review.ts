import type {DesignDocRecord} from '../types/model';
import type {DocReviewProps} from '../types/props';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {approvalBlockers, reviewReadinessOf} from '../review/readiness';

/**
 * What a doc's page (and `<ReviewReadiness />`) shows of its review: its
 * readiness with every checklist and feedback item. Null for a doc no
 * longer in force (superseded, rejected, obsolete), for one with no review
 * data and no required sections, and for one past review (approved-like)
 * that the approval gate lets through: a long-accepted ADR without a
 * Consequences section is not asked to be reviewed again on every visit.
 */
export function toDocReview(doc: DesignDocRecord, vocabulary: Vocabulary): DocReviewProps | null {
  const status = doc.status === null ? undefined : vocabulary.findStatus(doc.type, doc.status);
  if (status && !status.active) {
    return null;
  }
  const approved = status?.approved ?? false;
  if (approved) {
    // Asked first, from the record alone: most records of a site are approved, and this runs for every page.
    const held = approvalBlockers(doc);
    if (held.checklist.length === 0 && held.critical.length === 0) {
      return null;
    }
  }
  const readiness = reviewReadinessOf(doc, vocabulary);
  const hasData = doc.checklist.length > 0 || doc.feedback.length > 0 || readiness.findings.length > 0;
  if (!hasData && readiness.sections.required === 0) {
    return null;
  }
  return {inReview: status?.review ?? false, approved, readiness, checklist: doc.checklist, feedback: doc.feedback};
}

import type {DesignDocRecord, Problem} from '../types/model';
import type {ApprovalGate} from '../types/options';
import {fieldOf, locationOf} from '../normalize/entryLocations';
import {quote} from '../normalize/problems';
import {approvalBlockers} from '../review/readiness';
import type {Vocabulary} from '../vocabulary/vocabulary';

/**
 * The seed's "must address before implementation": a doc in an
 * approved-like status (a status with `approved: true`; by default
 * approved, implemented, accepted and final) may not keep unticked
 * checklist items or unresolved critical feedback. One problem per item,
 * each at the item (its line in the body, or its front-matter path), so
 * the author sees every one at once. A warning by default; an error with
 * `approvalGate: 'error'`.
 */

/** The gate's own problems, so the report can say how to relax the gate (report.ts). */
const gateProblems = new WeakSet<Problem>();

/** Whether `problem` is one the approval gate raised. */
export function isApprovalGateProblem(problem: Problem): boolean {
  return gateProblems.has(problem);
}

function placed(list: readonly object[], index: number, bodyField: string, fallback: string) {
  const at = locationOf(list, index);
  if (at) {
    return {field: bodyField, line: at.line, ...(at.column !== undefined && {column: at.column})};
  }
  return {field: `${fieldOf(list) ?? fallback}[${index}]`};
}

export function approvalGateProblems(docs: DesignDocRecord[], vocabulary: Vocabulary, gate: ApprovalGate): Problem[] {
  if (gate === 'off') {
    return [];
  }
  const severity = gate === 'error' ? 'error' : 'warning';
  const problems: Problem[] = [];
  for (const doc of docs) {
    const status = doc.status === null ? undefined : vocabulary.findStatus(doc.type, doc.status);
    if (!status?.approved || (doc.checklist.length === 0 && doc.feedback.length === 0)) {
      continue;
    }
    const {checklist, critical} = approvalBlockers(doc);
    const word = status.label;
    doc.checklist.forEach((item, index) => {
      if (!item.done && checklist.includes(item.text)) {
        problems.push({
          file: doc.file,
          ...placed(doc.checklist, index, 'checklist', 'checklist'),
          message: `${word}, but the validation checklist item ${quote(item.text)} is not ticked`,
          severity,
        });
      }
    });
    doc.feedback.forEach((item, index) => {
      if (critical.includes(item)) {
        const by = item.by ? ` from ${item.by}` : '';
        problems.push({
          file: doc.file,
          ...placed(doc.feedback, index, 'Feedback', 'feedback'),
          message: `${word}, but critical feedback${by} is unresolved: ${quote(item.text)}`,
          severity,
        });
      }
    });
  }
  for (const problem of problems) {
    gateProblems.add(problem);
  }
  return problems;
}

import type {BodyEntry} from './types';
import {synonyms} from './labels';
import {readLabelledValues} from './decisionBlocks';
import {isPlaceholder} from './lists';
import type {Section} from './outline';
import type {SourceText} from './sourceText';

/**
 * The seed's "Revision Tracking" block, one per revision:
 *
 *     ## Revision: 2026-11-20
 *     **Feedback from**: Mei Chen, Priya Raman
 *     **Changes made**:
 *     - Section 3.2: p99 targets added
 *     **Rationale**: ...
 */

const REVISION_LABELS = synonyms({
  feedbackFrom: ['feedback from', 'reviewed by', 'reviewers', 'feedback by', 'feedback'],
  changes: ['changes made', 'changes', 'what changed', 'summary of changes'],
  rationale: ['rationale', 'why', 'reason', 'reasons'],
  author: ['author', 'by', 'revised by', 'updated by'],
  version: ['version'],
  date: ['date'],
});

/** `Revision: 2026-11-20`, `Revision 2 - 2026-11-20`, `Revision (v1.1, 2026-11-20)`: what follows the word. */
const REVISION_HEADING = /^revision\b\s*(?:#?(\d+(?:\.\d+)*)\b)?\s*[:\-–—(]?\s*(.*?)\)?\s*$/i;

export function isRevisionHeading(section: Section): boolean {
  return /^revision\b/i.test(section.text.replace(/^(?:(?:\d+\.)*\d+\.?|[A-Z]\.)\s+/, '')) && section.name !== 'revision history';
}

/** One revision block, or null when the section has none of the block's labels. */
export function readRevisionBlock(section: Section, source: SourceText): BodyEntry | null {
  const {values, extra} = readLabelledValues(section, source, REVISION_LABELS, {listKeys: ['feedbackFrom']});
  if (!values.feedbackFrom && !values.changes && !values.rationale) {
    return null;
  }
  const line = section.heading.position?.start.line ?? 0;
  const heading = REVISION_HEADING.exec(section.text.replace(/^(?:(?:\d+\.)*\d+\.?|[A-Z]\.)\s+/, ''));
  const written = heading?.[2]?.trim() ?? '';
  if (isPlaceholder(written) || /^\[[^\]]*\]$/.test(section.text.replace(/^revision\s*:?\s*/i, ''))) {
    // The seed's own example, `## Revision: [Date]`, still unfilled.
    return null;
  }
  if (!values.date && written !== '') {
    // `Revision: v1.1, 2026-11-20`: the heading's last part is the date.
    const parts = written.split(/\s*[,;]\s*/);
    // A heading such as `Revision: second round` names no day.
    if (/\b\d{4}\b/.test(parts.at(-1)!)) {
      values.date = {label: 'Revision', text: parts.at(-1)!, line, column: 1};
    }
    if (!values.version && parts.length > 1) {
      values.version = {label: 'Revision', text: parts[0]!.replace(/^v(?=\d)/i, ''), line, column: 1};
    }
  }
  if (!values.version && heading?.[1]) {
    values.version = {label: 'Revision', text: heading[1], line, column: 1};
  }
  values.changes ??= {label: 'Changes made', text: '', line, column: 1};
  // The changes are one text, `Section 3.2: targets added; Section 13: risk added`.
  delete values.changes.items;
  return {values, extra, line, column: 1, anchor: section.anchor};
}

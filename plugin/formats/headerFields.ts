import type {PhrasingContent, RootContent} from 'mdast';
import type {RelationKind} from '../types/model';
import type {BodyField, BodyReading} from './types';
import {splitLines, type InlineLine} from './markdown';
import {readLabelLine, synonyms, normalizeLabel} from './labels';
import {isPlaceholder, splitInlineList} from './lists';
import type {SourceText} from './sourceText';
import {keyValueRows} from './tables';

/**
 * The lines a record states its metadata on before its first section:
 * the template's `**Status**: Review` block, MADR 2's `* Status: accepted`
 * bullets and adr-tools' `Date: 2017-03-01`, in every spelling real
 * documents use.
 */

const FIELD_LABELS = synonyms<BodyField>({
  status: ['status', 'document status', 'current status'],
  date: ['date', 'created', 'date created', 'created on', 'creation date', 'decision date'],
  version: ['version', 'document version', 'doc version'],
  authors: ['author', 'authors', 'written by', 'prepared by', 'created by', 'drafted by'],
  owners: ['owner', 'owners', 'document owner', 'dri'],
  reviewers: ['reviewer', 'reviewers', 'reviewed by'],
  approvers: ['approver', 'approvers', 'approved by', 'sign off', 'signoff'],
  deciders: ['decider', 'deciders', 'decision makers', 'decided by'],
  consulted: ['consulted'],
  informed: ['informed'],
  tags: ['tags', 'tag'],
});

const RELATION_LABELS = synonyms<RelationKind>({
  supersedes: ['supersedes', 'supercedes', 'replaces'],
  'superseded-by': ['superseded by', 'superceded by', 'replaced by'],
  amends: ['amends'],
  'amended-by': ['amended by'],
  related: ['related', 'related to', 'relates to', 'see also', 'related docs', 'related documents'],
});

const NAME_FIELDS = new Set<BodyField>(['authors', 'owners', 'reviewers', 'approvers', 'deciders', 'consulted', 'informed']);

/** The label lines of a block: paragraph lines, list items' first lines, quoted lines. */
function labelLinesOf(block: RootContent, found: (line: InlineLine, inList: boolean) => void, inList = false): void {
  switch (block.type) {
    case 'paragraph':
      splitLines(block.children).forEach((line) => found(line, inList));
      return;
    case 'list':
      for (const item of block.children) {
        const first = item.children[0];
        if (first?.type === 'paragraph') {
          splitLines(first.children).forEach((line) => found(line, true));
        }
      }
      return;
    case 'blockquote':
      block.children.forEach((child) => labelLinesOf(child, found, inList));
      return;
    default:
  }
}

function record(
  reading: BodyReading,
  source: SourceText,
  label: string,
  value: PhrasingContent[],
  line: number,
  {restated}: {restated: boolean},
): boolean {
  const key = normalizeLabel(label);
  const field = FIELD_LABELS.get(key);
  if (field) {
    if (reading.fields[field]) {
      return true;
    }
    const text = source.text(value, label, line);
    if (NAME_FIELDS.has(field)) {
      // `[Principal Engineer, Code Reviewer]` is the template's placeholder, not two people.
      text.items = isPlaceholder(text.text) ? [] : splitInlineList(text.text, {words: true});
    } else if (field === 'tags') {
      text.items = splitInlineList(text.text.replace(/#/g, ''));
    }
    reading.fields[field] = text;
    if (restated) {
      reading.restatements.push({field, start: line, end: line});
    }
    return true;
  }
  const kind = RELATION_LABELS.get(key);
  if (kind) {
    const text = source.text(value, label, line);
    const targets = text.links ?? splitInlineList(text.text);
    for (const target of targets) {
      reading.relations.push({kind, target, label, line, column: text.column});
    }
    if (restated && targets.length > 0) {
      reading.restatements.push({field: kind, start: line, end: line});
    }
    return true;
  }
  return false;
}

/**
 * Reads header fields from `blocks` into `reading`. Bold labels are the
 * template's; plain labels (`Date:`) count only for known field names.
 * Returns the styles seen: bold lines, and bullets written without bold.
 */
export function readHeaderFields(blocks: RootContent[], source: SourceText, reading: BodyReading): {bold: boolean; bullets: boolean} {
  const seen = {bold: false, bullets: false};
  for (const block of blocks) {
    if (block.type === 'table') {
      // `| **Status** | Draft |`: a two-column table of fields. Table rows
      // stay on the page (a half-empty table reads worse than a repeat).
      for (const row of keyValueRows(block)) {
        if (record(reading, source, row.label, row.value.children, row.line, {restated: false})) {
          seen.bold = true;
        }
      }
      continue;
    }
    labelLinesOf(block, (line, inList) => {
      const label = readLabelLine(line, {plain: true});
      if (!label || (!label.bold && !FIELD_LABELS.has(label.key) && !RELATION_LABELS.has(label.key))) {
        return;
      }
      if (record(reading, source, label.label, label.value, label.line, {restated: true})) {
        if (label.bold) {
          seen.bold = true;
        } else if (inList) {
          seen.bullets = true;
        }
      }
    });
  }
  return seen;
}

/** `Superseded by [3. Use MySQL](0003-use-mysql.md)`: a relation stated in prose. */
const RELATION_PROSE =
  /^\s*(superseded by|superceded by|replaced by|invalidated by|supersedes|supercedes|replaces|amended by|amends|refined by|refines|relates to|related to|see also)\b\s*:?\s*/i;

export function relationOfProse(text: string): RelationKind | null {
  const verb = RELATION_PROSE.exec(text)?.[1]?.toLowerCase();
  if (!verb) {
    return null;
  }
  if (verb.startsWith('superseded') || verb.startsWith('superceded') || verb === 'replaced by' || verb === 'invalidated by') {
    return 'superseded-by';
  }
  if (verb.startsWith('supersedes') || verb.startsWith('supercedes') || verb === 'replaces') {
    return 'supersedes';
  }
  if (verb === 'amended by') {
    return 'amended-by';
  }
  return verb === 'amends' ? 'amends' : 'related';
}

/** The text after the relation verb: the target when no link names it. */
export function relationProseTarget(text: string): string {
  return text.replace(RELATION_PROSE, '').replace(/\.$/, '').trim();
}

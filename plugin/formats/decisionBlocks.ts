import type {ListItem, RootContent} from 'mdast';
import type {BodyEntry, BodyText} from './types';
import {plainText, splitLines} from './markdown';
import {readLabelLine, synonyms} from './labels';
import {splitInlineList} from './lists';
import type {Section} from './outline';
import type {SourceText} from './sourceText';

/**
 * The template's decision block: a `### Decision N: <title>` heading (or
 * any heading under a trade-offs section) followed by `**Chosen**:`,
 * `**Alternatives Considered**:`, `**Rationale**:` and `**Trade-offs**:`.
 */

const DECISION_LABELS = synonyms({
  chosen: ['chosen', 'choice', 'decision', 'selected', 'selected option', 'chosen option', 'outcome', 'solution', 'approach'],
  alternatives: ['alternatives', 'alternatives considered', 'alternative', 'options considered', 'considered options', 'options', 'other options', 'rejected alternatives', 'rejected options'],
  rationale: ['rationale', 'why', 'reason', 'reasons', 'reasoning', 'justification'],
  tradeoffs: ['trade offs', 'tradeoffs', 'trade off', 'tradeoff', 'consequences', 'cons', 'downsides', 'costs'],
  status: ['status'],
});

const NUMBERED_DECISION = /^decision\s*#?\d+\b\s*[:.\-–—)]?\s*/i;

/** `Decision 1: Use PostgreSQL` and `12.1 Database engine` both give their title. */
function decisionTitle(section: Section): string {
  return section.text.replace(/^(?:(?:\d+\.)*\d+\.?|[A-Z]\.)\s+/, '').replace(NUMBERED_DECISION, '').trim();
}

/**
 * A list item's text up to a bold label line: the seed writes
 * `- Section Y: Added [missing element]` and `**Rationale**: ...` with no
 * blank line between, so the label line continues the last item.
 */
function itemTextBeforeLabel(item: ListItem): string {
  const parts: string[] = [];
  for (const child of item.children) {
    if (child.type === 'list') {
      continue;
    }
    if (child.type !== 'paragraph') {
      parts.push(plainText(child));
      continue;
    }
    for (const line of splitLines(child.children)) {
      if (readLabelLine(line, {plain: false})) {
        return parts.join(' ').replace(/\s+/g, ' ').trim();
      }
      parts.push(plainText(line.nodes));
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text of a block that follows an empty label: a paragraph, or a list's items. */
function followingValue(block: RootContent | undefined): {text: string; items?: string[]} | null {
  if (block?.type === 'paragraph') {
    return {text: plainText(block).replace(/\s+/g, ' ').trim()};
  }
  if (block?.type === 'list') {
    const items = block.children.map(itemTextBeforeLabel).filter(Boolean);
    return {text: items.join('; '), items};
  }
  return null;
}

export function isDecisionHeading(section: Section): boolean {
  return NUMBERED_DECISION.test(section.name) || (section.kind === 'decisions' && section.parent?.kind === 'decisions');
}

/**
 * The `**Label**: value` lines of a section's own blocks, by the key each
 * label means in `labels` (the rest in `extra`, by the label as written).
 * An empty label takes the paragraph or list after it; a line without a
 * label carries on the value before it. Used by the template's decision
 * blocks and its "Revision: [Date]" blocks.
 */
export function readLabelledValues(
  section: Section,
  source: SourceText,
  labels: Map<string, string>,
  {listKeys = []}: {listKeys?: string[]} = {},
): {values: Record<string, BodyText>; extra: Record<string, BodyText>} {
  const values: Record<string, BodyText> = {};
  const extra: Record<string, BodyText> = {};
  let last: BodyText | null = null;
  // The paragraph `last` was labelled in: in a list, only its own lines carry it on.
  let lastParagraph: unknown = null;
  section.blocks.forEach((block, index) => {
    const paragraphs = block.type === 'paragraph' ? [block] : block.type === 'list' ? block.children.flatMap((item) => item.children.filter((c) => c.type === 'paragraph')) : [];
    if (paragraphs.length === 0) {
      return;
    }
    let labelled = false;
    for (const paragraph of paragraphs) {
      for (const line of splitLines(paragraph.children)) {
        const label = readLabelLine(line, {plain: false}) ?? readLabelLine(line, {plain: true});
        const key = label ? labels.get(label.key) : undefined;
        if (!label || (!label.bold && !key)) {
          // A line without a label carries on the value before it.
          if (last && (block.type === 'paragraph' || lastParagraph === paragraph)) {
            last.text = `${last.text} ${plainText(line.nodes).trim()}`.trim();
          }
          continue;
        }
        labelled = true;
        const value = source.text(label.value, label.label, label.line);
        if (value.text === '') {
          const next = followingValue(section.blocks[index + 1]);
          if (next) {
            value.text = next.text;
            if (next.items) {
              value.items = next.items;
            }
          }
        }
        if (key && listKeys.includes(key) && !value.items) {
          value.items = splitInlineList(value.text, {words: key !== 'alternatives'});
        }
        if (key && !values[key]) {
          values[key] = value;
        } else {
          extra[label.label] = value;
        }
        last = value;
        lastParagraph = paragraph;
      }
    }
    if (!labelled) {
      last = null;
    }
  });
  return {values, extra};
}

/** One decision block, or null when the section holds no decision fields. */
export function readDecisionBlock(section: Section, source: SourceText): BodyEntry | null {
  const {values, extra} = readLabelledValues(section, source, DECISION_LABELS, {listKeys: ['alternatives']});
  const numbered = NUMBERED_DECISION.test(section.name);
  if (Object.keys(values).length === 0 && !numbered) {
    return null;
  }
  const title = decisionTitle(section);
  const line = section.heading.position?.start.line ?? 0;
  values.title = {label: 'Decision', text: title === '' ? section.text : title, line, column: 1};
  return {values, extra, line, column: 1, anchor: section.anchor};
}

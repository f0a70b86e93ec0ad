import type {RootContent} from 'mdast';
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

/** The text of a block that follows an empty label: a paragraph, or a list's items. */
function followingValue(block: RootContent | undefined): {text: string; items?: string[]} | null {
  if (block?.type === 'paragraph') {
    return {text: plainText(block).replace(/\s+/g, ' ').trim()};
  }
  if (block?.type === 'list') {
    const items = block.children.map((item) => plainText(item.children.filter((c) => c.type !== 'list')).replace(/\s+/g, ' ').trim()).filter(Boolean);
    return {text: items.join('; '), items};
  }
  return null;
}

export function isDecisionHeading(section: Section): boolean {
  return NUMBERED_DECISION.test(section.name) || (section.kind === 'decisions' && section.parent?.kind === 'decisions');
}

/** One decision block, or null when the section holds no decision fields. */
export function readDecisionBlock(section: Section, source: SourceText): BodyEntry | null {
  const values: Record<string, BodyText> = {};
  const extra: Record<string, BodyText> = {};
  let last: BodyText | null = null;
  section.blocks.forEach((block, index) => {
    const paragraphs = block.type === 'paragraph' ? [block] : block.type === 'list' ? block.children.flatMap((item) => item.children.filter((c) => c.type === 'paragraph')) : [];
    if (paragraphs.length === 0) {
      return;
    }
    let labelled = false;
    for (const paragraph of paragraphs) {
      for (const line of splitLines(paragraph.children)) {
        const label = readLabelLine(line, {plain: false}) ?? readLabelLine(line, {plain: true});
        const key = label ? DECISION_LABELS.get(label.key) : undefined;
        if (!label || (!label.bold && !key)) {
          // A line without a label carries on the value before it.
          if (last && block.type === 'paragraph') {
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
        if (key === 'alternatives' && !value.items) {
          value.items = splitInlineList(value.text);
        }
        if (key && !values[key]) {
          values[key] = value;
        } else {
          extra[label.label] = value;
        }
        last = value;
      }
    }
    if (!labelled) {
      last = null;
    }
  });
  const numbered = NUMBERED_DECISION.test(section.name);
  if (Object.keys(values).length === 0 && !numbered) {
    return null;
  }
  const title = decisionTitle(section);
  const line = section.heading.position?.start.line ?? 0;
  values.title = {label: 'Decision', text: title === '' ? section.text : title, line, column: 1};
  return {values, extra, line, column: 1, anchor: section.anchor};
}

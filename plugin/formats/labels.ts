import type {PhrasingContent} from 'mdast';
import {plainText, type InlineLine} from './markdown';

/**
 * Labels as people write them, compared without case, punctuation or the
 * `(s)` of `Owner(s)`: `**Reviewed By:**`, `Reviewers` and `reviewer(s)`
 * all reach the same key.
 */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** Builds a lookup from each spelling to its key. */
export function synonyms<K extends string>(table: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, words] of Object.entries(table) as [K, string[]][]) {
    for (const word of words) {
      map.set(normalizeLabel(word), key);
    }
  }
  return map;
}

export type LabelLine = {
  /** The label as written, without bold or colon: `Owner(s)`. */
  label: string;
  key: string;
  /** Whether the label was bold (the template's form) rather than plain text (`Date: ...`). */
  bold: boolean;
  /** The inline nodes after the colon. */
  value: PhrasingContent[];
  line: number;
};

const PLAIN_LABEL = /^\s*([\p{L}][\p{L}\p{N} ()'/-]{0,40}?)\s*:(?:\s+|$)/u;

/** `- Date 2023-09-26`: a date label some MADR folders write without its colon. */
const DATE_WITHOUT_COLON = /^\s*(Date)\s+(?=\d{4}-\d{1,2}\b)/i;

function withoutLeadingColon(nodes: PhrasingContent[]): PhrasingContent[] | null {
  const [first, ...rest] = nodes;
  if (first?.type !== 'text') {
    return null;
  }
  const match = /^\s*:\s*/.exec(first.value);
  if (!match) {
    return null;
  }
  const remainder = first.value.slice(match[0].length);
  return remainder === '' ? rest : [{type: 'text', value: remainder}, ...rest];
}

/**
 * A line that starts with a label and a colon: `**Status**: Review`,
 * `**Status:** Approved`, or, when `plain` is allowed, `Date: 2017-03-01`
 * and MADR 2's `Status: accepted`. Null for any other line.
 */
export function readLabelLine(line: InlineLine, {plain}: {plain: boolean}): LabelLine | null {
  const nodes = line.nodes.filter((node) => node.type !== 'html');
  const first = nodes[0];
  if (!first) {
    return null;
  }
  if (first.type === 'strong' || first.type === 'emphasis') {
    const text = plainText(first).trim();
    if (text.endsWith(':')) {
      const label = text.slice(0, -1).trim();
      return label === '' ? null : {label, key: normalizeLabel(label), bold: true, value: trimStart(nodes.slice(1)), line: line.line};
    }
    const value = withoutLeadingColon(nodes.slice(1));
    return value && text !== '' ? {label: text, key: normalizeLabel(text), bold: true, value, line: line.line} : null;
  }
  if (!plain || first.type !== 'text') {
    return null;
  }
  const match = PLAIN_LABEL.exec(first.value) ?? DATE_WITHOUT_COLON.exec(first.value);
  if (!match) {
    return null;
  }
  const remainder = first.value.slice(match[0].length);
  const value: PhrasingContent[] = remainder === '' ? nodes.slice(1) : [{type: 'text', value: remainder}, ...nodes.slice(1)];
  return {label: match[1]!, key: normalizeLabel(match[1]!), bold: false, value, line: line.line};
}

function trimStart(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes;
  if (first?.type === 'text') {
    const value = first.value.replace(/^\s+/, '');
    return value === '' ? rest : [{...first, value}, ...rest];
  }
  return nodes;
}

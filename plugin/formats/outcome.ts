import type {ListItem, RootContent} from 'mdast';
import type {BodyEntry, BodyText} from './types';
import {plainText, sentencesOf} from './markdown';
import type {Section} from './outline';

/** adr-tools' `## Decision`, MADR's `## Decision Outcome`. */
const OUTCOME_SECTION = /^(decision|decision outcome|outcome)$/;
const OPTIONS_SECTION = /^(considered options|options considered|options|alternatives( considered)?)$/;

function textOf(node: RootContent | ListItem): string {
  return plainText(node).replace(/\s+/g, ' ').trim();
}

function firstParagraph(blocks: RootContent[]): RootContent | null {
  for (const block of blocks) {
    if (block.type === 'paragraph' && textOf(block) !== '') {
      return block;
    }
    if (block.type === 'list') {
      const paragraph = block.children[0]?.children.find((child) => child.type === 'paragraph');
      if (paragraph && textOf(paragraph) !== '') {
        return paragraph;
      }
    }
  }
  return null;
}

/**
 * MADR: `Chosen option: "JSON lines", because every tool reads it.` is the
 * option and its reason. Found by index, not by a lazy pattern, so a long
 * line costs linear time.
 */
function chosenOption(text: string): {chosen: string; rationale: string | null} | null {
  const prefix = /^chosen option\s*:?\s*/i.exec(text);
  if (!prefix) {
    return null;
  }
  const rest = text.slice(prefix[0].length);
  const because = /,?\s+because\b\s*/i.exec(rest);
  const option = (because ? rest.slice(0, because.index) : rest).trim().replace(/^["“'`]+|["”'`]+$/g, '');
  const reason = because ? rest.slice(because.index + because[0].length).trim() : '';
  return {chosen: option, rationale: reason === '' ? null : reason.charAt(0).toUpperCase() + reason.slice(1)};
}

function at(label: string, text: string, node: {position?: {start: {line: number; column: number}}}, items?: string[]): BodyText {
  return {label, text, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 1, ...(items && {items})};
}

/**
 * An ADR's own decision, from its Decision section: what was chosen (the
 * first sentence, or MADR's chosen option) and why (what the section says
 * after it), with MADR's considered options as the alternatives. The
 * decision log lists it instead of the record's summary.
 */
export function readOutcome(sections: Section[]): BodyEntry | null {
  const section = sections.find((s) => s.depth <= 2 && OUTCOME_SECTION.test(s.name));
  const paragraph = section && firstParagraph(section.blocks);
  if (!section || !paragraph) {
    return null;
  }
  const text = textOf(paragraph);
  const madr = chosenOption(text);
  let chosen = madr?.chosen ?? '';
  let rationale = madr?.rationale ?? null;
  if (!madr) {
    const [first, ...more] = sentencesOf(text);
    chosen = first ?? text;
    rationale = more.length > 0 ? more.join(' ') : null;
  }
  // No title: the model gives the decision the record's own.
  const values: Record<string, BodyText> = {chosen: at(section.text, chosen, paragraph)};
  if (rationale) {
    values.rationale = at(section.text, rationale, paragraph);
  }
  const options = sections.find((s) => OPTIONS_SECTION.test(s.name));
  const alternatives = (options?.blocks ?? [])
    .flatMap((block) => (block.type === 'list' ? block.children : []))
    .map((item) => textOf({...item, children: item.children.filter((c) => c.type !== 'list')}))
    .filter((option) => option !== '' && option.toLowerCase() !== chosen.toLowerCase());
  if (options && alternatives.length > 0) {
    values.alternatives = at(options.text, alternatives.join(', '), options.heading, alternatives);
  }
  return {values, extra: {}, anchor: section.anchor, line: section.heading.position?.start.line ?? 0, column: 1};
}

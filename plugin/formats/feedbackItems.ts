import type {List, ListItem, RootContent} from 'mdast';
import type {BodyFeedback, BodyText} from './types';
import {plainText} from './markdown';
import type {Section} from './outline';

/**
 * Review feedback written in the body: list items under a "Feedback" or
 * "Review feedback" heading that start with one of the seed's category
 * emoji or words,
 *
 *     - [ ] 🔴 **Critical** (Mei Chen): the retry budget is unbounded.
 *       Resolution: capped at 3 in Decision 4.
 *     - [x] 🟡 Important — Priya Raman: add p99 targets.
 *
 * A ticked task box marks an item resolved. Items that name no category
 * are not feedback and are left out.
 */

/**
 * The seed's emoji, with the variation selector some editors add. Only
 * found here; what each means is normalize's (`feedbackCategoryOf`).
 */
const EMOJI = /^(?:🔴|🟡|🟢|💬)\uFE0F?/u;

/** Category words, each as the seed writes it and as reviewers shorten it. */
const CATEGORY_WORD = /^(critical|blocker|blocking|important|major|nice[ -]to[ -]have|minor|nit|suggestion|question)\b/i;

/** After the category: `(Mei Chen)`, `(by Mei Chen, 2026-11-20)`. */
const BY_IN_PARENS = /^\(\s*(?:by\s+|from\s+)?([^()]+?)\s*\)\s*[:\-–—]?\s*/i;
/** `from Mei Chen:` or `by Mei Chen:`. */
const BY_WORD = /^(?:from|by)\s+([^:]{1,60}):\s*/i;
/** After a dash: `— Mei Chen: text` names the reviewer before the colon. */
const BY_AFTER_DASH = /^([^:]{1,60}):\s+/;
/** A reply inside the item: `Resolution: ...`, `Resolved: ...`. */
const RESOLUTION = /(?:^|\s)(?:\*\*)?(resolution|resolved|answer|response|addressed)(?:\*\*)?\s*:\s*/i;

const DATE_AFTER_NAME = /\s*[,;]\s*\d{4}-\d{1,2}-\d{1,2}$/;

/** `Feedback from Mei Chen (2026-11-20)`: the reviewer a feedback heading names. */
export function reviewerOfHeading(section: Section): string | null {
  const match = /^(?:review\s+)?feedback\s+(?:from|by)\s+(.+?)\s*(?:\([^)]*\))?\s*$/i.exec(section.text.replace(/^(?:(?:\d+\.)*\d+\.?|[A-Z]\.)\s+/, ''));
  return match ? match[1]!.trim() : null;
}

function at(item: ListItem, label: string, text: string): BodyText {
  return {label, text, line: item.position?.start.line ?? 0, column: item.position?.start.column ?? 0};
}

function ownText(item: ListItem): string {
  return plainText(item.children.filter((child) => child.type !== 'list')).replace(/\s+/g, ' ').trim();
}

/** One item, or null when it names no category. */
function readItem(item: ListItem, by: string | null, anchor: string): BodyFeedback | null {
  let rest = ownText(item);
  const emoji = EMOJI.exec(rest);
  let written = emoji ? emoji[0] : '';
  rest = rest.slice(written.length).trimStart();
  const word = CATEGORY_WORD.exec(rest);
  // Without the emoji the word must be set off, so `Critical path is ...` is not a category.
  if (word && (emoji || /^\s*[:\-–—(]/.test(rest.slice(word[0].length)))) {
    written = `${written} ${word[0]}`.trim();
    rest = rest.slice(word[0].length).trimStart();
  }
  if (written === '') {
    return null;
  }
  const values: Record<string, BodyText> = {category: at(item, 'Category', written)};
  const dashed = /^[-–—]\s*/.exec(rest);
  rest = rest.replace(/^[:\-–—]\s*/, '');
  const byMatch = BY_IN_PARENS.exec(rest) ?? BY_WORD.exec(rest) ?? (dashed ? BY_AFTER_DASH.exec(rest) : null);
  if (byMatch) {
    values.by = at(item, 'By', byMatch[1]!.replace(DATE_AFTER_NAME, '').trim());
    rest = rest.slice(byMatch[0].length);
  } else if (by) {
    values.by = at(item, 'By', by);
  }
  const resolution = RESOLUTION.exec(rest);
  if (resolution) {
    values.resolution = at(item, resolution[1]!, rest.slice(resolution.index + resolution[0].length).trim());
    rest = rest.slice(0, resolution.index).trim();
  }
  for (const child of item.children) {
    // A reply on its own line below the item, or as a nested list item.
    const replies = child.type === 'list' ? child.children.map(ownText) : child.type === 'paragraph' && child !== item.children[0] ? [plainText(child).trim()] : [];
    for (const reply of replies) {
      const match = RESOLUTION.exec(reply);
      if (match && match.index === 0 && !values.resolution) {
        values.resolution = at(item, match[1]!, reply.slice(match[0].length).trim());
      }
    }
  }
  values.text = at(item, 'Feedback', rest.trim());
  const resolvedWord = /^(resolved|addressed)$/i.test(values.resolution?.label ?? '');
  values.resolved = at(item, 'Resolved', String(item.checked === true || (item.checked == null && resolvedWord)));
  return {values, extra: {}, line: values.text.line, column: values.text.column, anchor};
}

function listsIn(blocks: RootContent[]): List[] {
  return blocks.filter((block): block is List => block.type === 'list');
}

/** The feedback items written directly under one feedback section (its subsections are read on their own). */
export function readFeedbackSection(section: Section, inheritedBy: string | null): BodyFeedback[] {
  const by = reviewerOfHeading(section) ?? inheritedBy;
  return listsIn(section.blocks).flatMap((list) =>
    list.children.map((item) => readItem(item, by, section.anchor)).filter((item): item is BodyFeedback => item !== null),
  );
}

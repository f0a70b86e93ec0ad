import type {List, ListItem, RootContent} from 'mdast';
import type {BodyChecklistItem, BodyText} from './types';
import {plainText} from './markdown';
import type {Section} from './outline';

function itemText(item: ListItem): string {
  return plainText(item.children.filter((child) => child.type !== 'list')).replace(/\s+/g, ' ').trim();
}

function listsIn(blocks: RootContent[]): List[] {
  return blocks.filter((block): block is List => block.type === 'list');
}

/**
 * The numbered or bulleted list under an "Open Questions" heading. A ticked
 * task item is a question answered, not an open one.
 */
export function readOpenQuestions(section: Section): BodyText[] {
  return listsIn(section.content).flatMap((list) =>
    list.children
      .filter((item) => item.checked !== true)
      .map((item) => ({label: section.text, text: itemText(item), line: item.position?.start.line ?? 0, column: item.position?.start.column ?? 0}))
      .filter((question) => question.text !== ''),
  );
}

/** GFM task-list items under a "Validation Checklist" heading, nested ones included. */
export function readChecklist(section: Section): BodyChecklistItem[] {
  const items: BodyChecklistItem[] = [];
  const walk = (list: List) => {
    for (const item of list.children) {
      if (typeof item.checked === 'boolean') {
        items.push({text: itemText(item), done: item.checked, line: item.position?.start.line ?? 0, column: item.position?.start.column ?? 0});
      }
      listsIn(item.children).forEach(walk);
    }
  };
  listsIn(section.content).forEach(walk);
  return items;
}

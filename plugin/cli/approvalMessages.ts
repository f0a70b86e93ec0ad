import type {ApprovalGate, StatusDefinition} from '../types/options';
import {holdLines, type ApprovalHold} from './reviewItems';

/**
 * What `design-docs:status` says when a record would enter an
 * approved-like status with its review not finished: the refusal, and
 * the warning when `--force` overrides it. Both name every item, at its
 * `file:line`.
 */

function counted(count: number, noun: string, state: string): string {
  return `${count} ${noun}${count === 1 ? ' is' : 's are'} ${state}`;
}

/** `2 checklist items are not ticked and 1 critical feedback item is unresolved` */
function holdSummary(hold: ApprovalHold): string {
  return [
    ...(hold.checklist.length > 0 ? [counted(hold.checklist.length, 'checklist item', 'not ticked')] : []),
    ...(hold.critical.length > 0 ? [counted(hold.critical.length, 'critical feedback item', 'unresolved')] : []),
  ].join(' and ');
}

const indented = (lines: string[]) => lines.map((line) => `  ${line}`);

export function refusalMessage(file: string, next: StatusDefinition, hold: ApprovalHold): string {
  const todo = [...(hold.checklist.length > 0 ? ['tick the checklist items'] : []), ...(hold.critical.length > 0 ? ['resolve the critical feedback'] : [])].join(' and ');
  return [
    `"${file}" was not moved to ${next.label}: ${holdSummary(hold)}. Nothing was changed.`,
    ...indented(holdLines(file, hold)),
    `${todo.charAt(0).toUpperCase()}${todo.slice(1)}, then run the command again; or add --force to move it to ${next.label} anyway.`,
  ].join('\n');
}

export function forcedMessage(file: string, next: StatusDefinition, hold: ApprovalHold, gate: ApprovalGate): string {
  const consequence =
    gate === 'error'
      ? "The build and design-docs:lint fail on each until it is resolved (approvalGate: 'error')."
      : 'The build and design-docs:lint warn about each until it is resolved.';
  return [`"${file}" moved to ${next.label} with --force, although ${holdSummary(hold)}:`, ...indented(holdLines(file, hold)), consequence].join('\n');
}

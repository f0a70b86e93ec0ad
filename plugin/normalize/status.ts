import type {Vocabulary} from '../model/vocabulary';
import {parseStatusText} from '../model/references';
import type {BodyText} from '../formats/types';
import {isPlaceholder} from '../formats/lists';
import type {DeclaredRelation, DesignDocTypeDefinition} from '../types';
import {readText} from './fields';
import {describeValue, quote, type ProblemCollector} from './problems';

/** A value and the name (and place) to report it by. */
export type Given = {value: unknown; name: string; body?: BodyText};

/** `Draft | Review | Approved`, as the unfilled template has it: several statuses, none chosen. */
function listsSeveralStatuses(text: string): boolean {
  // Split, then trim: `\s*` around the separator would backtrack quadratically on long runs of spaces.
  return text.split(/\||\s\/\s|\bor\b/i).filter((part) => part.trim() !== '').length > 1;
}

export type StatusReading = {status: string | null; relation: DeclaredRelation | null; reported: boolean};

export function readStatus(
  given: Given,
  type: DesignDocTypeDefinition | undefined,
  vocabulary: Vocabulary,
  problems: ProblemCollector,
): StatusReading {
  const text = readText(given.value, given.name, problems);
  if (text === null) {
    // A status of the wrong shape (a list, a map) is already reported.
    const reported = !(given.value === undefined || given.value === null || typeof given.value === 'string');
    return {status: null, relation: null, reported};
  }
  if (isPlaceholder(text) || listsSeveralStatuses(text)) {
    // Never silently the first word: the author has not chosen yet.
    const choices = type ? `: ${type.statuses.map((s) => s.label).join(', ')}` : '';
    problems.add(given.name, `${quote(text)} is not one status; choose one status${choices}`, 'warning');
    return {status: null, relation: null, reported: true};
  }
  const parsed = parseStatusText(text);
  const target = given.body?.links?.[0] ?? parsed.relation?.target;
  const relation = parsed.relation && target ? {kind: parsed.relation.kind, target, field: given.name, ...(given.body && {line: given.body.line})} : null;
  const definition = type && vocabulary.findStatus(type.id, parsed.status);
  if (type && !definition) {
    problems.add(given.name, `unknown status ${describeValue(parsed.status)} for type ${type.id}; use one of ${type.statuses.map((s) => s.id).join(', ')}`);
  }
  return {status: definition?.id ?? parsed.status.toLowerCase(), relation, reported: false};
}


import type {Vocabulary} from '../vocabulary/vocabulary';
import {parseStatusText} from '../vocabulary/references';
import type {BodyText} from '../formats/types';
import {isPlaceholder} from '../formats/lists';
import type {DesignDocTypeDefinition} from '../types/options';
import type {DeclaredRelation} from '../types/model';
import {readText} from './fields';
import {quote, type ProblemCollector} from './problems';

/** A value and the name (and place) to report it by. */
export type Given = {value: unknown; name: string; body?: BodyText};

/** `Draft | Review | Approved`, as the unfilled template has it: several statuses, none chosen. */
function listsSeveralStatuses(text: string): boolean {
  // Split, then trim: `\s*` around the separator would backtrack quadratically on long runs of spaces.
  return text.split(/\||\s\/\s|\bor\b/i).filter((part) => part.trim() !== '').length > 1;
}

export type StatusReading = {
  status: string | null;
  /** What the author wrote after the status word: `proposed. **Parked until Q3.**` */
  note: string | null;
  relation: DeclaredRelation | null;
  reported: boolean;
  /** A status word the type does not know, reported once per word by the model with its count. */
  unknown: UnknownStatus | null;
};

export type UnknownStatus = {type: DesignDocTypeDefinition; written: string; field: string; line?: number; column?: number};

/** More words than this, and no status word first, is prose: a note, not a status. */
const MOST_WORDS_IN_A_STATUS = 3;

/**
 * The status word(s) a text starts with, and what follows them:
 * `Accepted, but see 0021 for more` is accepted with a note.
 */
function leadingStatus(text: string, type: DesignDocTypeDefinition, vocabulary: Vocabulary) {
  const words = text.trim().split(/\s+/);
  for (let count = Math.min(MOST_WORDS_IN_A_STATUS + 1, words.length - 1); count >= 1; count -= 1) {
    const candidate = words.slice(0, count).join(' ').replace(/[.,;:!)\]]+$/, '');
    const definition = vocabulary.findStatus(type.id, candidate);
    if (definition) {
      const note = words.slice(count).join(' ').replace(/^[-–—.,;:!\s]+/, '').trim();
      return {definition, note: note === '' ? null : note};
    }
  }
  return null;
}

/**
 * How many characters of `text` the leading status words take when a
 * note follows them (`Accepted, but see ...` gives 8), else null: the CLI
 * then changes the status and leaves the note as written.
 */
export function statusWordsLength(text: string, typeId: string, vocabulary: Vocabulary): number | null {
  const type = vocabulary.types.get(typeId);
  if (!type) {
    return null;
  }
  for (let count = MOST_WORDS_IN_A_STATUS + 1; count >= 1; count -= 1) {
    const match = new RegExp(`^(\\s*)((?:\\S+\\s+){${count - 1}}\\S+)`).exec(text);
    if (!match || match[0].length === text.trimEnd().length) {
      continue;
    }
    const words = match[2]!.replace(/[.,;:!)\]]+$/, '');
    if (vocabulary.findStatus(type.id, words)) {
      return match[1]!.length + words.length;
    }
  }
  return null;
}

export function readStatus(
  given: Given,
  type: DesignDocTypeDefinition | undefined,
  vocabulary: Vocabulary,
  problems: ProblemCollector,
): StatusReading {
  // `✅ Accepted`, `🤔 Proposed`: a symbol before the word is decoration.
  const written = readText(given.value, given.name, problems)?.replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+(?=\p{L})/u, '') ?? null;
  // MADR templates left as `[draft]` with one word chosen: that word.
  const bracketed = written && type && isPlaceholder(written) ? written.trim().slice(1, -1).trim() : null;
  const text = bracketed && vocabulary.findStatus(type!.id, bracketed) ? bracketed : written;
  if (text === null) {
    // A status of the wrong shape (a list, a map) is already reported.
    const reported = !(given.value === undefined || given.value === null || typeof given.value === 'string');
    return {status: null, note: null, relation: null, reported, unknown: null};
  }
  if (isPlaceholder(text) || listsSeveralStatuses(text)) {
    // Never silently the first word: the author has not chosen yet.
    const choices = type ? `: ${type.statuses.map((s) => s.label).join(', ')}` : '';
    problems.add(given.name, `${quote(text)} is not one status; choose one status${choices}`, 'warning');
    return {status: null, note: null, relation: null, reported: true, unknown: null};
  }
  const parsed = parseStatusText(text);
  const target = given.body?.links?.[0] ?? parsed.relation?.target;
  const relation = parsed.relation && target ? {kind: parsed.relation.kind, target, field: given.name, ...(given.body && {line: given.body.line})} : null;
  if (!type) {
    return {status: parsed.status.toLowerCase(), note: null, relation, reported: false, unknown: null};
  }
  const definition = vocabulary.findStatus(type.id, parsed.status);
  if (definition) {
    return {status: definition.id, note: null, relation, reported: false, unknown: null};
  }
  const lead = relation ? null : leadingStatus(text, type, vocabulary);
  if (lead) {
    return {status: lead.definition.id, note: lead.note, relation, reported: false, unknown: null};
  }
  // `Reverted by discussion #1198`, `Implemented in #1557`, `Implemented. Parts were
  // superseded by ...`: a status word the type lacks, then a note.
  // Only in a body: a front-matter `status:` is a field the author filled on purpose.
  const byWhom = relation || !given.body ? null : /^(\p{L}+)(?:\s+((?:by|in|on|since|via|with|as of)\s.*)|[.;:,]\s+(\S.*))$/isu.exec(text.trim());
  if (byWhom) {
    const place = given.body ? {line: given.body.line, column: given.body.column} : {};
    return {status: byWhom[1]!.toLowerCase(), note: byWhom[2] ?? byWhom[3]!, relation, reported: false, unknown: {type, written: byWhom[1]!, field: given.name, ...place}};
  }
  if (given.body && parsed.status.split(/\s+/).length > MOST_WORDS_IN_A_STATUS) {
    problems.add(
      given.name,
      `${quote(text)} does not start with a status of type ${type.id}; use one of ${type.statuses.map((s) => s.id).join(', ')} (the text is kept as a note)`,
      'warning',
    );
    return {status: null, note: text, relation, reported: true, unknown: null};
  }
  const place = given.body ? {line: given.body.line, column: given.body.column} : {};
  return {status: parsed.status.toLowerCase(), note: null, relation, reported: false, unknown: {type, written: parsed.status, field: given.name, ...place}};
}

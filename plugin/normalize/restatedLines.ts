import type {Vocabulary} from '../vocabulary/vocabulary';
import type {BodyField, BodyReading} from '../formats/types';
import type {RelationKind} from '../types/model';

const RELATION_KINDS = new Set<string>(['supersedes', 'superseded-by', 'amends', 'amended-by', 'related']);
import {readDate, readNameList, readText, readTextList} from './fields';
import {canonicalizeKeys} from './keys';
import {ProblemCollector} from './problems';
import {readStatus} from './status';

/** A header field read to the one value the page header shows, or null when it shows none. */
function shownValue(field: BodyField, value: unknown, typeId: string, vocabulary: Vocabulary): string | null {
  const quiet = new ProblemCollector('');
  switch (field) {
    case 'status': {
      const type = vocabulary.types.get(typeId) ?? vocabulary.findType(typeId);
      // The header shows the badge, known or not, and the note beside it;
      // a status section of prose alone is the note.
      const {status, note} = readStatus({value, name: 'status'}, type, vocabulary, quiet);
      return status === null && note === null ? null : `${status ?? ''}\n${note ?? ''}`;
    }
    case 'date':
      // A slashed date such as `05/02/2018` stays on the page: the order its
      // folder writes dates is known to the model, not to this one file, and
      // when no order is known the header shows no date at all.
      return readDate(value, field, quiet);
    case 'version':
      return readText(value, field, quiet);
    case 'tags':
      return readTextList(value, field, quiet).join(', ').toLowerCase() || null;
    default:
      return readNameList(value, field, quiet).join(', ').toLowerCase() || null;
  }
}

/**
 * The body lines a page leaves out because its header already shows what
 * they say: the template's `**Status**: Review` block, MADR 2's bullets,
 * adr-tools' `Date:` line and status section. A line stays when the front
 * matter says something else (the reader should see both; the build
 * warns), or when the header could not show its value (a placeholder).
 */
export function restatedLines(
  reading: BodyReading,
  frontMatter: Record<string, unknown>,
  typeId: string,
  vocabulary: Vocabulary,
): [number, number][] {
  const {fields} = canonicalizeKeys(frontMatter, new ProblemCollector(''));
  const hidden: [number, number][] = [];
  for (const restatement of reading.restatements) {
    if (RELATION_KINDS.has(restatement.field)) {
      // `**Related**: ADR-0002`: the header lists it, unless front matter gives that relation instead.
      if (!fields.has(restatement.field as RelationKind)) {
        hidden.push([restatement.start, restatement.end]);
      }
      continue;
    }
    const field = restatement.field as BodyField;
    const body = reading.fields[field];
    const fromBody = body ? shownValue(field, body.items ?? body.text, typeId, vocabulary) : null;
    if (fromBody === null) {
      continue;
    }
    const written = fields.get(field);
    if (written !== undefined && written !== null && shownValue(field, written, typeId, vocabulary) !== fromBody) {
      continue;
    }
    hidden.push([restatement.start, restatement.end]);
  }
  return hidden;
}

/** The source with the given 1-based line ranges blanked, so every other line keeps its number. */
export function blankLines(source: string, ranges: [number, number][]): string {
  if (ranges.length === 0) {
    return source;
  }
  const lines = source.split(/(?<=\n)/);
  for (const [start, end] of ranges) {
    for (let line = start; line <= end && line <= lines.length; line += 1) {
      lines[line - 1] = lines[line - 1]!.replace(/[^\r\n]+/, '');
    }
  }
  return lines.join('');
}

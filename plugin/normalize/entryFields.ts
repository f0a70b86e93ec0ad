import type {BodyEntry} from '../formats/types';
import type {ExtraFields} from '../types/model';
import {plainTextList, readDate, readList, readMap, readText, readTextList} from './fields';
import {toKebabKey} from './keys';
import type {ProblemCollector} from './problems';
import {hasForbiddenCharacters, replaceForbiddenCharacters} from './characters';

/**
 * One register entry as its reader sees it. Entries are written either as
 * front-matter lists or as the body's tables and decision blocks; each
 * reader (`sections`) sees one entry through `EntryFields`, so both are
 * read, checked and reported the same way: a front-matter entry by its
 * path (`risks[2].likelihood`), a body entry by its column as written and
 * its line and column in the file.
 */
export type EntryFields = {
  value(name: string): unknown;
  /** The name a problem with this value reports. */
  field(name: string): string;
  /** Problems about this value, placed where it was written. */
  problems(name: string): ProblemCollector;
  extra: ExtraFields;
  anchor: string | null;
};

/** A front-matter entry, read through the aliases of its kind: `trade-offs` is `tradeoffs`. */
function frontMatterEntry(
  entry: Record<string, unknown>,
  path: string,
  aliases: Record<string, string>,
  known: string[],
  problems: ProblemCollector,
): EntryFields {
  const values = new Map<string, {key: string; value: unknown}>();
  const extra: [string, string][] = [];
  for (const [key, value] of Object.entries(entry)) {
    const kebab = toKebabKey(key);
    const canonical = aliases[kebab] ?? kebab;
    if (!known.includes(canonical)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        extra.push([key, replaceForbiddenCharacters(String(value), `${path}.${key}`, problems)]);
      }
      continue;
    }
    if (!values.has(canonical) || kebab === canonical) {
      values.set(canonical, {key, value});
    }
  }
  return {
    value: (name) => values.get(name)?.value,
    field: (name) => `${path}.${values.get(name)?.key ?? name}`,
    problems: () => problems,
    // Entries, not assignments: a key named `__proto__` stays a key.
    extra: Object.fromEntries(extra),
    anchor: null,
  };
}

/** One shared empty `extra`: most entries have no unknown columns, and a 10,000-doc site has tens of thousands of entries. */
export const NO_EXTRA: ExtraFields = Object.freeze({}) as ExtraFields;

/** Whether `map` has no key of its own; without the array `Object.keys` builds, for the entries (nearly all) with no extra columns. */
function hasNoKeys(map: Record<string, unknown>): boolean {
  for (const key in map) {
    if (Object.hasOwn(map, key)) {
      return false;
    }
  }
  return true;
}

/** A table row or decision block of the body, each value at its own line and column. */
class BodyEntryFields implements EntryFields {
  readonly extra: ExtraFields;
  readonly anchor: string | null;

  constructor(
    private readonly entry: BodyEntry,
    private readonly collector: ProblemCollector,
    private readonly fallbackLabels: Record<string, string>,
  ) {
    this.anchor = entry.anchor;
    this.extra = hasNoKeys(entry.extra) ? NO_EXTRA : Object.fromEntries(Object.keys(entry.extra).map((label) => [label, this.extraText(label)]));
  }

  private extraText(label: string): string {
    const value = this.entry.extra[label]!;
    return hasForbiddenCharacters(value.text) ? replaceForbiddenCharacters(value.text, label, this.collector.at(value)) : value.text;
  }

  value(name: string): unknown {
    const value = this.entry.values[name];
    return value === undefined ? undefined : (value.items ?? value.text);
  }

  field(name: string): string {
    return this.entry.values[name]?.label ?? this.fallbackLabels[name] ?? name;
  }

  problems(name: string): ProblemCollector {
    return this.collector.at(this.entry.values[name] ?? this.entry);
  }
}

export function bodyEntry(entry: BodyEntry, problems: ProblemCollector, fallbackLabels: Record<string, string>): EntryFields {
  return new BodyEntryFields(entry, problems, fallbackLabels);
}

/**
 * A value's text, read the quick way when it is plain text (every body
 * value is); anything else goes through `readText`, which reports it.
 */
export function text(e: EntryFields, name: string): string | null {
  const value = e.value(name);
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') {
      return null;
    }
    // Names and places are built only for text that needs reporting.
    return hasForbiddenCharacters(trimmed) ? replaceForbiddenCharacters(trimmed, e.field(name), e.problems(name)) : trimmed;
  }
  return readText(value, e.field(name), e.problems(name));
}

export function textList(e: EntryFields, name: string): string[] {
  const value = e.value(name);
  if (value === undefined || value === null) {
    return [];
  }
  // As `readTextList` reads it; its name and place only when one is needed.
  return (Array.isArray(value) ? plainTextList(value) : null) ?? readTextList(value, e.field(name), e.problems(name));
}

/** A date as `readDate` reads it, the name and place built only when one is needed. */
export function date(e: EntryFields, name: string): string | null {
  const value = e.value(name);
  return value === undefined ? null : readDate(value, e.field(name), e.problems(name));
}

/** A front-matter register (a list of maps, or of bare strings for `shorthandKey`), each entry by `readEntry`. */
export function readEntries<T>(
  value: unknown,
  field: string,
  problems: ProblemCollector,
  shorthandKey: string,
  aliases: Record<string, string>,
  known: string[],
  readEntry: (entry: EntryFields) => T | null,
): T[] {
  const result: T[] = [];
  readList(value, field, problems).forEach((item, index) => {
    const path = `${field}[${index}]`;
    // A bare string is shorthand for an entry with only its main text.
    const map = typeof item === 'string' && item.trim() !== '' ? {[shorthandKey]: item} : readMap(item, path, problems);
    const entry = map && readEntry(frontMatterEntry(map, path, aliases, known, problems));
    if (entry) {
      result.push(entry);
    }
  });
  return result;
}

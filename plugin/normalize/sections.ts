import type {Vocabulary} from '../vocabulary/vocabulary';
import {toWord} from '../vocabulary/vocabulary';
import type {BodyEntry, BodyRequirement} from '../formats/types';
import type {
  ChecklistItem,
  Decision,
  ExtraFields,
  Requirement,
  RequirementKind,
  Revision,
  Risk,
} from '../types';
import {plainTextList, readDate, readList, readMap, readText, readTextList} from './fields';
import {toKebabKey} from './keys';
import {describeValue, type Location, type ProblemCollector} from './problems';
import {hasForbiddenCharacters, replaceForbiddenCharacters} from './characters';
import {rememberLocations} from './entryLocations';

/**
 * Register entries (decisions, risks, requirements, revisions), written
 * either as front-matter lists or as the body's tables and decision
 * blocks. Each reader sees one entry through `EntryFields`, so both are
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
    const labels = Object.keys(entry.extra);
    this.extra = labels.length === 0 ? NO_EXTRA : Object.fromEntries(labels.map((label) => [label, this.extraText(label)]));
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
function text(e: EntryFields, name: string): string | null {
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

function textList(e: EntryFields, name: string): string[] {
  const value = e.value(name);
  if (value === undefined || value === null) {
    return [];
  }
  // As `readTextList` reads it; its name and place only when one is needed.
  return (Array.isArray(value) ? plainTextList(value) : null) ?? readTextList(value, e.field(name), e.problems(name));
}

/** A date as `readDate` reads it, the name and place built only when one is needed. */
function date(e: EntryFields, name: string): string | null {
  const value = e.value(name);
  return value === undefined ? null : readDate(value, e.field(name), e.problems(name));
}

function readEntries<T>(
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

const DECISION_ALIASES: Record<string, string> = {
  decision: 'title',
  name: 'title',
  choice: 'chosen',
  outcome: 'chosen',
  'chosen-option': 'chosen',
  'alternatives-considered': 'alternatives',
  options: 'alternatives',
  'considered-options': 'alternatives',
  why: 'rationale',
  justification: 'rationale',
  'trade-offs': 'tradeoffs',
  consequences: 'tradeoffs',
};
const DECISION_FIELDS = ['title', 'chosen', 'alternatives', 'rationale', 'tradeoffs', 'status'];

function readDecision(e: EntryFields): Decision {
  const title = text(e, 'title');
  if (title === null) {
    e.problems('title').add(e.field('title'), 'a decision needs a title');
  }
  return {
    title: title ?? '(untitled decision)',
    chosen: text(e, 'chosen'),
    alternatives: textList(e, 'alternatives'),
    rationale: text(e, 'rationale'),
    tradeoffs: text(e, 'tradeoffs'),
    status: text(e, 'status'),
    anchor: e.anchor,
    extra: e.extra,
  };
}

export function readDecisions(value: unknown, field: string, problems: ProblemCollector): Decision[] {
  return readEntries(value, field, problems, 'title', DECISION_ALIASES, DECISION_FIELDS, readDecision);
}

export function readBodyDecisions(entries: BodyEntry[], problems: ProblemCollector): Decision[] {
  return entries.map((entry) => readDecision(bodyEntry(entry, problems, {title: 'Decision'})));
}

const RISK_ALIASES: Record<string, string> = {
  risk: 'title',
  name: 'title',
  description: 'title',
  probability: 'likelihood',
  severity: 'impact',
  mitigations: 'mitigation',
};
const RISK_FIELDS = ['id', 'title', 'likelihood', 'impact', 'mitigation', 'owner', 'status'];

function readScale(scale: Vocabulary['likelihood'], e: EntryFields, name: string) {
  const value = e.value(name);
  if (value === undefined || value === null || value === '') {
    return null;
  }
  const level = typeof value === 'string' || typeof value === 'number' ? scale.find(value) : undefined;
  if (!level) {
    e.problems(name).add(
      e.field(name),
      `${describeValue(value)} is not on the scale; use one of ${scale.levels.map((l) => l.label).join(', ')} (or 1-${scale.levels.length})`,
    );
    return null;
  }
  return level;
}

function riskReader(vocabulary: Vocabulary) {
  return (e: EntryFields): Risk => {
    const title = text(e, 'title');
    if (title === null) {
      e.problems('title').add(e.field('title'), 'a risk needs a title');
    }
    const likelihood = readScale(vocabulary.likelihood, e, 'likelihood');
    const impact = readScale(vocabulary.impact, e, 'impact');
    return {
      id: text(e, 'id'),
      title: title ?? '(untitled risk)',
      likelihood: likelihood?.id ?? null,
      impact: impact?.id ?? null,
      score: likelihood && impact ? likelihood.value * impact.value : null,
      mitigation: text(e, 'mitigation'),
      owner: text(e, 'owner'),
      status: text(e, 'status'),
      anchor: e.anchor,
      extra: e.extra,
    };
  };
}

export function readRisks(value: unknown, field: string, problems: ProblemCollector, vocabulary: Vocabulary): Risk[] {
  return readEntries(value, field, problems, 'title', RISK_ALIASES, RISK_FIELDS, riskReader(vocabulary));
}

export function readBodyRisks(entries: BodyEntry[], problems: ProblemCollector, vocabulary: Vocabulary): Risk[] {
  const read = riskReader(vocabulary);
  return entries.map((entry) => read(bodyEntry(entry, problems, {title: 'Risk'})));
}

const REQUIREMENT_ALIASES: Record<string, string> = {
  requirement: 'text',
  description: 'text',
  title: 'text',
  type: 'kind',
  moscow: 'priority',
};
const REQUIREMENT_FIELDS = ['id', 'text', 'priority', 'kind', 'category', 'target'];

function parseKind(raw: string): RequirementKind | null {
  const word = toWord(raw);
  if (['functional', 'fr', 'function'].includes(word)) {
    return 'functional';
  }
  if (['non-functional', 'nonfunctional', 'nfr', 'quality', 'quality-attribute'].includes(word)) {
    return 'non-functional';
  }
  return null;
}

function requirementReader(vocabulary: Vocabulary, tableKind: RequirementKind | null = null) {
  return (e: EntryFields): Requirement => {
    const id = text(e, 'id');
    const category = text(e, 'category');
    // A non-functional row may name only its category and target.
    const statement = text(e, 'text') ?? (tableKind === 'non-functional' ? category : null);
    if (statement === null) {
      e.problems('text').add(e.field('text'), 'a requirement needs its text');
    }
    const priorityText = text(e, 'priority');
    const priority = priorityText === null ? null : (vocabulary.findPriority(priorityText) ?? null);
    if (priorityText !== null && priority === null) {
      e.problems('priority').add(
        e.field('priority'),
        `${describeValue(priorityText)} is not a priority; use Must Have, Should Have, Could Have or Won't Have (or ${vocabulary.priorityWords.join(', ')}; more with the "priorityWords" option)`,
        'warning',
      );
    }
    const target = text(e, 'target');
    const kindText = text(e, 'kind');
    let kind = kindText === null ? tableKind : parseKind(kindText);
    if (kindText !== null && kind === null) {
      e.problems('kind').add(e.field('kind'), `${describeValue(kindText)} is not a kind; use functional or non-functional`);
    }
    // The template's non-functional table has a target and no priority.
    kind ??= /^nfr/i.test(id ?? '') || target !== null ? 'non-functional' : 'functional';
    return {id, text: statement ?? '(no text)', priority, kind, category, target, anchor: e.anchor, extra: e.extra};
  };
}

export function readRequirements(value: unknown, field: string, problems: ProblemCollector, vocabulary: Vocabulary): Requirement[] {
  return readEntries(value, field, problems, 'text', REQUIREMENT_ALIASES, REQUIREMENT_FIELDS, requirementReader(vocabulary));
}

/**
 * Requirement rows of the body's tables. The template's non-functional
 * table has no ID column, so such rows get `NFR-1`, `NFR-2`, ... (and
 * `FR-n` for functional ones), after the highest id the doc already uses.
 */
export function readBodyRequirements(entries: BodyRequirement[], problems: ProblemCollector, vocabulary: Vocabulary): Requirement[] {
  const readers = {functional: requirementReader(vocabulary, 'functional'), 'non-functional': requirementReader(vocabulary, 'non-functional'), none: requirementReader(vocabulary)};
  const requirements: Requirement[] = [];
  const places: Location[] = [];
  for (const entry of entries) {
    requirements.push(readers[entry.kind ?? 'none'](bodyEntry(entry, problems, {text: 'Requirement'})));
    places.push(entry.values.id ?? entry);
  }
  // Only requirements are checked after normalizing (an id used twice), so only they keep their place.
  rememberLocations(requirements, places);
  const next: Record<string, number> = {};
  for (const requirement of requirements) {
    const match = /^(N?FR)-(\d+)$/i.exec(requirement.id ?? '');
    if (match) {
      const prefix = match[1]!.toUpperCase();
      next[prefix] = Math.max(next[prefix] ?? 0, Number(match[2]));
    }
  }
  for (const requirement of requirements) {
    if (requirement.id === null) {
      const prefix = requirement.kind === 'non-functional' ? 'NFR' : 'FR';
      next[prefix] = (next[prefix] ?? 0) + 1;
      requirement.id = `${prefix}-${next[prefix]}`;
    }
  }
  return requirements;
}

const REVISION_ALIASES = {description: 'changes', change: 'changes', summary: 'changes', by: 'author'};
const REVISION_FIELDS = ['version', 'date', 'author', 'changes'];

function readRevision(e: EntryFields): Revision {
  return {
    version: text(e, 'version'),
    date: date(e, 'date'),
    author: text(e, 'author'),
    changes: text(e, 'changes') ?? '',
    extra: e.extra,
  };
}

export function readRevisions(value: unknown, field: string, problems: ProblemCollector): Revision[] {
  return readEntries(value, field, problems, 'changes', REVISION_ALIASES, REVISION_FIELDS, readRevision);
}

export function readBodyRevisions(entries: BodyEntry[], problems: ProblemCollector): Revision[] {
  return entries.map((entry) => readRevision(bodyEntry(entry, problems, {})));
}

/**
 * Checklist items in front matter: `{text, done}`, or a string in the
 * task-list spelling `"[x] Risks identified"` (an unticked box otherwise).
 */
export function readChecklist(value: unknown, field: string, problems: ProblemCollector): ChecklistItem[] {
  return readList(value, field, problems).flatMap((item, index) => {
    const path = `${field}[${index}]`;
    if (typeof item === 'string') {
      const match = /^\s*\[([ xX])\]\s*(.*)$/.exec(item);
      const text = (match ? match[2]! : item).trim();
      return text === '' ? [] : [{text: replaceForbiddenCharacters(text, path, problems), done: match?.[1]?.toLowerCase() === 'x'}];
    }
    const map = readMap(item, path, problems);
    if (!map) {
      return [];
    }
    const text = readText(map.text ?? map.item, `${path}.text`, problems);
    if (text === null) {
      problems.add(`${path}.text`, 'a checklist item needs its text');
      return [];
    }
    const done = map.done ?? map.checked ?? false;
    if (typeof done !== 'boolean') {
      problems.add(`${path}.done`, `expected true or false, got ${describeValue(done)}`);
    }
    return [{text, done: done === true}];
  });
}

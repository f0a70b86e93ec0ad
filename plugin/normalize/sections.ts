import type {Vocabulary} from '../model/vocabulary';
import {toWord} from '../model/vocabulary';
import type {
  Decision,
  Requirement,
  RequirementKind,
  RequirementPriority,
  Revision,
  Risk,
} from '../types';
import {readDate, readList, readMap, readText, readTextList} from './fields';
import {toKebabKey} from './keys';
import {describeValue, type ProblemCollector} from './problems';

/** Reads an entry's keys through aliases: `trade-offs` is `tradeoffs`. */
function entryReader(entry: Record<string, unknown>, aliases: Record<string, string>) {
  const values = new Map<string, {key: string; value: unknown}>();
  for (const [key, value] of Object.entries(entry)) {
    const kebab = toKebabKey(key);
    const canonical = aliases[kebab] ?? kebab;
    if (!values.has(canonical) || kebab === canonical) {
      values.set(canonical, {key, value});
    }
  }
  return {
    value: (name: string) => values.get(name)?.value,
    key: (name: string) => values.get(name)?.key ?? name,
  };
}

function readEntries<T>(
  value: unknown,
  field: string,
  problems: ProblemCollector,
  shorthandKey: string,
  readEntry: (entry: Record<string, unknown>, path: string) => T | null,
): T[] {
  const result: T[] = [];
  readList(value, field, problems).forEach((item, index) => {
    const path = `${field}[${index}]`;
    if (typeof item === 'string' && item.trim() !== '') {
      // A bare string is shorthand for an entry with only its main text.
      const entry = readEntry({[shorthandKey]: item}, path);
      if (entry) {
        result.push(entry);
      }
      return;
    }
    const map = readMap(item, path, problems);
    const entry = map && readEntry(map, path);
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

export function readDecisions(value: unknown, field: string, problems: ProblemCollector): Decision[] {
  return readEntries(value, field, problems, 'title', (entry, path) => {
    const e = entryReader(entry, DECISION_ALIASES);
    const title = readText(e.value('title'), `${path}.${e.key('title')}`, problems);
    if (title === null) {
      problems.add(`${path}.title`, 'a decision needs a title');
    }
    return {
      title: title ?? '(untitled decision)',
      chosen: readText(e.value('chosen'), `${path}.${e.key('chosen')}`, problems),
      alternatives: readTextList(e.value('alternatives'), `${path}.${e.key('alternatives')}`, problems),
      rationale: readText(e.value('rationale'), `${path}.${e.key('rationale')}`, problems),
      tradeoffs: readText(e.value('tradeoffs'), `${path}.${e.key('tradeoffs')}`, problems),
      status: readText(e.value('status'), `${path}.status`, problems),
    };
  });
}

const RISK_ALIASES: Record<string, string> = {
  risk: 'title',
  name: 'title',
  description: 'title',
  probability: 'likelihood',
  severity: 'impact',
  mitigations: 'mitigation',
};

function readScale(
  scale: Vocabulary['likelihood'],
  value: unknown,
  field: string,
  problems: ProblemCollector,
) {
  if (value === undefined || value === null || value === '') {
    return null;
  }
  const level =
    typeof value === 'string' || typeof value === 'number' ? scale.find(value) : undefined;
  if (!level) {
    problems.add(
      field,
      `${describeValue(value)} is not on the scale; use one of ${scale.levels
        .map((l) => l.label)
        .join(', ')} (or 1-${scale.levels.length})`,
    );
    return null;
  }
  return level;
}

export function readRisks(
  value: unknown,
  field: string,
  problems: ProblemCollector,
  vocabulary: Vocabulary,
): Risk[] {
  return readEntries(value, field, problems, 'title', (entry, path) => {
    const e = entryReader(entry, RISK_ALIASES);
    const title = readText(e.value('title'), `${path}.${e.key('title')}`, problems);
    if (title === null) {
      problems.add(`${path}.title`, 'a risk needs a title');
    }
    const likelihood = readScale(vocabulary.likelihood, e.value('likelihood'), `${path}.${e.key('likelihood')}`, problems);
    const impact = readScale(vocabulary.impact, e.value('impact'), `${path}.${e.key('impact')}`, problems);
    return {
      id: readText(e.value('id'), `${path}.id`, problems),
      title: title ?? '(untitled risk)',
      likelihood: likelihood?.id ?? null,
      impact: impact?.id ?? null,
      score: likelihood && impact ? likelihood.value * impact.value : null,
      mitigation: readText(e.value('mitigation'), `${path}.${e.key('mitigation')}`, problems),
      owner: readText(e.value('owner'), `${path}.owner`, problems),
      status: readText(e.value('status'), `${path}.status`, problems),
    };
  });
}

const REQUIREMENT_ALIASES: Record<string, string> = {
  requirement: 'text',
  description: 'text',
  title: 'text',
  type: 'kind',
  moscow: 'priority',
};

/** MoSCoW in the spellings people write: `Must Have`, `must`, `Won't Have`. */
export function parsePriority(raw: string): RequirementPriority | null {
  const word = toWord(raw).replace(/-(have|haves)$/, '');
  switch (word) {
    case 'must':
    case 'should':
    case 'could':
      return word;
    case 'wont':
    case 'will-not':
    case 'would':
      return 'wont';
    default:
      return null;
  }
}

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

export function readRequirements(value: unknown, field: string, problems: ProblemCollector): Requirement[] {
  return readEntries(value, field, problems, 'text', (entry, path) => {
    const e = entryReader(entry, REQUIREMENT_ALIASES);
    const id = readText(e.value('id'), `${path}.id`, problems);
    const text = readText(e.value('text'), `${path}.${e.key('text')}`, problems);
    if (text === null) {
      problems.add(`${path}.text`, 'a requirement needs its text');
    }
    const priorityText = readText(e.value('priority'), `${path}.${e.key('priority')}`, problems);
    const priority = priorityText === null ? null : parsePriority(priorityText);
    if (priorityText !== null && priority === null) {
      problems.add(
        `${path}.${e.key('priority')}`,
        `${describeValue(priorityText)} is not a priority; use Must Have, Should Have, Could Have or Won't Have`,
      );
    }
    const target = readText(e.value('target'), `${path}.target`, problems);
    const category = readText(e.value('category'), `${path}.category`, problems);
    const kindText = readText(e.value('kind'), `${path}.${e.key('kind')}`, problems);
    let kind = kindText === null ? null : parseKind(kindText);
    if (kindText !== null && kind === null) {
      problems.add(`${path}.${e.key('kind')}`, `${describeValue(kindText)} is not a kind; use functional or non-functional`);
    }
    // The template's non-functional table has a target and no priority.
    kind ??= /^nfr/i.test(id ?? '') || target !== null ? 'non-functional' : 'functional';
    return {id, text: text ?? '(no text)', priority, kind, category, target};
  });
}

export function readRevisions(value: unknown, field: string, problems: ProblemCollector): Revision[] {
  return readEntries(value, field, problems, 'changes', (entry, path) => {
    const e = entryReader(entry, {description: 'changes', change: 'changes', summary: 'changes', by: 'author'});
    return {
      date: readDate(e.value('date'), `${path}.date`, problems),
      author: readText(e.value('author'), `${path}.${e.key('author')}`, problems),
      changes: readText(e.value('changes'), `${path}.${e.key('changes')}`, problems) ?? '',
    };
  });
}

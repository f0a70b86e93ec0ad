import type {Vocabulary} from '../vocabulary/vocabulary';
import {toWord} from '../vocabulary/vocabulary';
import type {BodyEntry, BodyRequirement} from '../formats/types';
import type {
  ChecklistItem,
  Decision,
  Feedback,
  FeedbackCategory,
  Requirement,
  RequirementKind,
  Revision,
  Risk,
} from '../types/model';
import {readList, readMap, readText} from './fields';
import {describeValue, type Location, type ProblemCollector} from './problems';
import {replaceForbiddenCharacters} from './characters';
import {rememberLocations} from './entryLocations';
import {bodyEntry, date, readEntries, text, textList, type EntryFields} from './entryFields';

/**
 * Register entries (decisions, risks, requirements, revisions), written
 * either as front-matter lists or as the body's tables and decision
 * blocks, each read through `EntryFields` (see `entryFields`).
 */

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

const DECISION_LABELS = {title: 'Decision'};

export function readBodyDecisions(entries: BodyEntry[], problems: ProblemCollector): Decision[] {
  return entries.map((entry) => readDecision(bodyEntry(entry, problems, DECISION_LABELS)));
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

const RISK_LABELS = {title: 'Risk'};

export function readBodyRisks(entries: BodyEntry[], problems: ProblemCollector, vocabulary: Vocabulary): Risk[] {
  const read = riskReader(vocabulary);
  return entries.map((entry) => read(bodyEntry(entry, problems, RISK_LABELS)));
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

const REQUIREMENT_LABELS = {text: 'Requirement'};

/**
 * Requirement rows of the body's tables. The template's non-functional
 * table has no ID column, so such rows get `NFR-1`, `NFR-2`, ... (and
 * `FR-n` for functional ones), after the highest id the doc already uses.
 */

export function readBodyRequirements(entries: BodyRequirement[], problems: ProblemCollector, vocabulary: Vocabulary): Requirement[] {
  const readers = {functional: requirementReader(vocabulary, 'functional'), 'non-functional': requirementReader(vocabulary, 'non-functional'), none: requirementReader(vocabulary)};
  const requirements: Requirement[] = [];
  const places: Location[] = [];
  let unnumbered = false;
  for (const entry of entries) {
    const requirement = readers[entry.kind ?? 'none'](bodyEntry(entry, problems, REQUIREMENT_LABELS));
    unnumbered ||= requirement.id === null;
    requirements.push(requirement);
    places.push(entry.values.id ?? entry);
  }
  // Only requirements are checked after normalizing (an id used twice), so only they keep their place.
  rememberLocations(requirements, places);
  if (!unnumbered) {
    // Every row has its id: nothing to number.
    return requirements;
  }
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

const REVISION_ALIASES = {
  description: 'changes',
  change: 'changes',
  summary: 'changes',
  'changes-made': 'changes',
  by: 'author',
  'feedback-from': 'feedbackFrom',
  'feedback-by': 'feedbackFrom',
  'reviewed-by': 'feedbackFrom',
  feedbackfrom: 'feedbackFrom',
  why: 'rationale',
};
const REVISION_FIELDS = ['version', 'date', 'author', 'changes', 'feedbackFrom', 'rationale'];

function readRevision(e: EntryFields): Revision {
  return {
    version: text(e, 'version'),
    date: date(e, 'date'),
    author: text(e, 'author'),
    changes: text(e, 'changes') ?? '',
    feedbackFrom: textList(e, 'feedbackFrom'),
    rationale: text(e, 'rationale'),
    extra: e.extra,
  };
}

export function readRevisions(value: unknown, field: string, problems: ProblemCollector): Revision[] {
  return readEntries(value, field, problems, 'changes', REVISION_ALIASES, REVISION_FIELDS, readRevision);
}

const REVISION_LABELS = {};

export function readBodyRevisions(entries: BodyEntry[], problems: ProblemCollector): Revision[] {
  return entries.map((entry) => readRevision(bodyEntry(entry, problems, REVISION_LABELS)));
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

const FEEDBACK_ALIASES: Record<string, string> = {
  type: 'category',
  severity: 'category',
  kind: 'category',
  reviewer: 'by',
  from: 'by',
  author: 'by',
  comment: 'text',
  feedback: 'text',
  description: 'text',
  done: 'resolved',
  addressed: 'resolved',
  answer: 'resolution',
  response: 'resolution',
};
const FEEDBACK_FIELDS = ['category', 'by', 'text', 'resolved', 'resolution'];

/** Each category by its id, its emoji and the words reviewers use for it. */
const FEEDBACK_CATEGORY_WORDS: Record<string, FeedbackCategory> = {
  critical: 'critical',
  '🔴': 'critical',
  blocker: 'critical',
  blocking: 'critical',
  important: 'important',
  '🟡': 'important',
  major: 'important',
  'nice-to-have': 'nice-to-have',
  '🟢': 'nice-to-have',
  minor: 'nice-to-have',
  nit: 'nice-to-have',
  suggestion: 'nice-to-have',
  question: 'question',
  '💬': 'question',
};

/** `🔴 Critical`, `critical`, `Nice to have`: the category, or null. */
export function feedbackCategoryOf(written: string): FeedbackCategory | null {
  const words = written.replace(/\uFE0F/g, '').trim().toLowerCase().split(/\s+/);
  const [first = '', ...rest] = words;
  const joined = words.join('-');
  return FEEDBACK_CATEGORY_WORDS[first] ?? FEEDBACK_CATEGORY_WORDS[joined] ?? FEEDBACK_CATEGORY_WORDS[rest.join('-')] ?? null;
}

function readResolved(e: EntryFields): boolean {
  const value = e.value('resolved');
  if (value === undefined || value === null || value === '') {
    return false;
  }
  if (typeof value === 'boolean') {
    return value;
  }
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (['true', 'yes', 'resolved', 'done', 'addressed'].includes(word)) {
    return true;
  }
  if (!['false', 'no', 'open', 'unresolved'].includes(word)) {
    e.problems('resolved').add(e.field('resolved'), `expected true or false, got ${describeValue(value)}; the feedback counts as open`);
  }
  return false;
}

function readFeedbackItem(e: EntryFields): Feedback | null {
  const statement = text(e, 'text');
  const written = text(e, 'category');
  const category = written === null ? null : feedbackCategoryOf(written);
  if (written === null) {
    e.problems('category').add(e.field('category'), 'feedback needs a category: critical, important, nice-to-have or question (or 🔴 🟡 🟢 💬)');
  } else if (category === null) {
    e.problems('category').add(
      e.field('category'),
      `${describeValue(written)} is not a feedback category; use critical, important, nice-to-have or question (or 🔴 🟡 🟢 💬)`,
    );
  }
  if (statement === null) {
    e.problems('text').add(e.field('text'), 'feedback needs its text');
  }
  if (statement === null && category === null) {
    return null;
  }
  return {
    // An unknown category is kept as the weightiest, so a typo never hides a blocker.
    category: category ?? 'critical',
    by: text(e, 'by'),
    text: statement ?? '(no text)',
    resolved: readResolved(e),
    resolution: text(e, 'resolution'),
    anchor: e.anchor,
  };
}

/** Front matter `feedback:`, a list of `{category, by, text, resolved, resolution}`. */
export function readFeedback(value: unknown, field: string, problems: ProblemCollector): Feedback[] {
  return readEntries(value, field, problems, 'text', FEEDBACK_ALIASES, FEEDBACK_FIELDS, readFeedbackItem);
}

const FEEDBACK_LABELS = {text: 'Feedback', category: 'Category'};

export function readBodyFeedback(entries: BodyEntry[], problems: ProblemCollector): Feedback[] {
  const feedback: Feedback[] = [];
  const places: Location[] = [];
  for (const entry of entries) {
    const item = readFeedbackItem(bodyEntry(entry, problems, FEEDBACK_LABELS));
    if (item) {
      feedback.push(item);
      places.push(entry);
    }
  }
  return rememberLocations(feedback, places);
}

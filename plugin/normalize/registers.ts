import type {Vocabulary} from '../vocabulary/vocabulary';
import type {BodyReading} from '../formats/types';
import type {ChecklistItem, Decision, DesignDocRecord, Feedback, Requirement, Revision, Risk} from '../types/model';
import {readTextList} from './fields';
import {quote, type ProblemCollector} from './problems';
import {hasForbiddenCharacters, replaceForbiddenCharacters} from './characters';
import {rememberField, rememberLocations} from './entryLocations';
import {
  readBodyDecisions,
  readBodyFeedback,
  readBodyRequirements,
  readBodyRevisions,
  readBodyRisks,
  readChecklist,
  readDecisions,
  readFeedback,
  readRequirements,
  readRevisions,
  readRisks,
} from './sections';

/** A doc's registers: what the decision log, risk and requirements registers and the dashboard list. */
export type Registers = Pick<DesignDocRecord, 'decisions' | 'risks' | 'requirements' | 'openQuestions' | 'revisions' | 'checklist' | 'feedback'>;

type Register = keyof Registers;

const FIELD_OF: Record<Register, string> = {
  decisions: 'decisions',
  risks: 'risks',
  requirements: 'requirements',
  openQuestions: 'open-questions',
  revisions: 'revisions',
  checklist: 'checklist',
  feedback: 'feedback',
};

/** What identifies an entry when front matter and body are compared. */
function identity(register: Register, entry: unknown): string {
  switch (register) {
    case 'decisions':
      return (entry as Decision).title;
    case 'risks':
      return (entry as Risk).title;
    case 'requirements':
      return `${(entry as Requirement).id ?? ''} ${(entry as Requirement).text}`;
    case 'revisions':
      return `${(entry as Revision).date ?? ''} ${(entry as Revision).changes}`;
    case 'checklist':
      return `${(entry as ChecklistItem).done} ${(entry as ChecklistItem).text}`;
    case 'feedback':
      return `${(entry as Feedback).category} ${(entry as Feedback).text}`;
    default:
      return String(entry);
  }
}

function readFromFrontMatter(
  register: Register,
  value: unknown,
  name: string,
  problems: ProblemCollector,
  vocabulary: Vocabulary,
): unknown[] {
  switch (register) {
    case 'decisions':
      return readDecisions(value, name, problems);
    case 'risks':
      return readRisks(value, name, problems, vocabulary);
    case 'requirements':
      return readRequirements(value, name, problems, vocabulary);
    case 'revisions':
      return readRevisions(value, name, problems);
    // The approval gate reports these after normalizing, by the field's name as written.
    case 'checklist':
      return rememberField(readChecklist(value, name, problems), name);
    case 'feedback':
      return rememberField(readFeedback(value, name, problems), name);
    default:
      return readTextList(value, name, problems);
  }
}

/** A body value taken as it is, but for the characters no page or feed can carry. */
function bodyText(text: string, field: string, at: {line: number; column: number}, problems: ProblemCollector): string {
  return hasForbiddenCharacters(text) ? replaceForbiddenCharacters(text, field, problems.at(at)) : text;
}

function readFromBody(register: Register, body: BodyReading, problems: ProblemCollector, vocabulary: Vocabulary): unknown[] {
  switch (register) {
    case 'decisions':
      return readBodyDecisions(body.decisions, problems);
    case 'risks':
      return readBodyRisks(body.risks, problems, vocabulary);
    case 'requirements':
      return readBodyRequirements(body.requirements, problems, vocabulary);
    case 'revisions':
      return readBodyRevisions(body.revisions, problems);
    case 'checklist':
      return rememberLocations(
        body.checklist.map((item) => ({text: bodyText(item.text, 'checklist', item, problems), done: item.done})),
        body.checklist,
      );
    case 'feedback':
      return readBodyFeedback(body.feedback, problems);
    default:
      return body.openQuestions.map((question) => bodyText(question.text, question.label, question, problems));
  }
}

/** The line the body's entries of a register start on, for messages. */
function firstLine(register: Register, body: BodyReading): number {
  const entries: {line: number}[] = register === 'openQuestions' ? body.openQuestions : body[register];
  return entries[0]?.line ?? 0;
}

const ALL: Register[] = ['decisions', 'risks', 'requirements', 'openQuestions', 'revisions', 'checklist', 'feedback'];

/**
 * Every register by `read`, as one literal in the model's field order:
 * every doc's registers then share one shape, which the page builders
 * read for every doc of a 10,000-doc site.
 */
function registersOf(read: (register: Register) => unknown[]): Registers {
  return {
    decisions: read('decisions') as Decision[],
    risks: read('risks') as Risk[],
    requirements: read('requirements') as Requirement[],
    openQuestions: read('openQuestions') as string[],
    revisions: read('revisions') as Revision[],
    checklist: read('checklist') as ChecklistItem[],
    feedback: read('feedback') as Feedback[],
  };
}

/** A doc with no register anywhere, which is most ADRs: fresh empty lists, in the model's field order. */
function emptyRegisters(): Registers {
  return {decisions: [], risks: [], requirements: [], openQuestions: [], revisions: [], checklist: [], feedback: []};
}

/** Registers from front matter alone. */
export function readRegisters(
  fields: Map<string, unknown>,
  nameOf: (field: string) => string,
  problems: ProblemCollector,
  vocabulary: Vocabulary,
): Registers {
  if (ALL.every((register) => !fields.has(FIELD_OF[register]))) {
    return emptyRegisters();
  }
  const read = (register: Register) => readFromFrontMatter(register, fields.get(FIELD_OF[register]), nameOf(FIELD_OF[register]), problems, vocabulary);
  return registersOf(read);
}

/**
 * One register from front matter and body. A front-matter list with
 * entries wins (an empty `risks: []`, as older templates wrote, gives
 * nothing); when the body also lists different entries, a warning names
 * both.
 */
function readBodyRegister(
  register: Register,
  body: BodyReading,
  fields: Map<string, unknown>,
  nameOf: (field: string) => string,
  problems: ProblemCollector,
  vocabulary: Vocabulary,
): unknown[] {
  const value = fields.get(FIELD_OF[register]);
  const inFrontMatter = Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null;
  const bodyCount = register === 'openQuestions' ? body.openQuestions.length : body[register].length;
  if (!inFrontMatter && bodyCount === 0 && value === undefined) {
    return [];
  }
  if (!inFrontMatter) {
    return bodyCount > 0 ? readFromBody(register, body, problems, vocabulary) : readFromFrontMatter(register, value, nameOf(FIELD_OF[register]), problems, vocabulary);
  }
  const name = nameOf(FIELD_OF[register]);
  const fromFrontMatter = readFromFrontMatter(register, value, name, problems, vocabulary);
  if (bodyCount > 0) {
    const fromBody = readFromBody(register, body, problems.at(undefined), vocabulary).map((entry) => identity(register, entry).toLowerCase());
    const same = fromBody.length === fromFrontMatter.length && fromFrontMatter.every((entry, i) => identity(register, entry).toLowerCase() === fromBody[i]);
    if (!same) {
      problems.add(
        name,
        `front matter lists ${fromFrontMatter.length} and the body ${bodyCount}, from line ${firstLine(register, body)} (${quote(fromBody[0] ?? '')}); the front matter is used`,
        'warning',
      );
    }
  }
  return fromFrontMatter;
}

/** Registers from front matter and body, each by `readBodyRegister`. */
export function readBodyRegisters(
  body: BodyReading,
  fields: Map<string, unknown>,
  nameOf: (field: string) => string,
  problems: ProblemCollector,
  vocabulary: Vocabulary,
): Registers {
  const bodyHasNone =
    body.decisions.length +
      body.risks.length +
      body.requirements.length +
      body.openQuestions.length +
      body.revisions.length +
      body.checklist.length +
      body.feedback.length ===
    0;
  if (bodyHasNone) {
    return readRegisters(fields, nameOf, problems, vocabulary);
  }
  const read = (register: Register) => readBodyRegister(register, body, fields, nameOf, problems, vocabulary);
  return registersOf(read);
}

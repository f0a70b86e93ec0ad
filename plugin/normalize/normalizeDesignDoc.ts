import path from 'path';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {LARGEST_RECORD_NUMBER, dateOfFileName, numberDigitsOfFileName, parseReference, recordNumberOf} from '../vocabulary/references';
import type {DeclaredRelation, DesignDocRecord, DocSection, People, Problem, RelationKind, Tag} from '../types/model';
import type {BodyReading, BodyText} from '../formats/types';
import {readDate, readNameList, readText, readTextList} from './fields';
import {canonicalizeKeys} from './keys';
import {ProblemCollector, describeValue, quote} from './problems';
import {bodyReadingOf, writtenTitleOf} from './bodyReading';
import {readBodyRegisters, readRegisters} from './registers';
import {readOutcomeDecision} from './outcome';
import type {SlashDateOrder} from './slashDates';
import {readStatus, type Given, type StatusReading, type UnknownStatus} from './status';
import {hasForbiddenCharacters, replaceForbiddenCharacters} from './characters';

/** The part of a docs-plugin doc this plugin reads; nothing is re-parsed. */
export type LoadedDoc = {
  id: string;
  title: string;
  permalink: string;
  /** Aliased source, `@site/docs/adr/0001-x.md`. */
  source: string;
  frontMatter: Record<string, unknown>;
  description?: string;
  tags?: {label: string; permalink: string}[];
  lastUpdatedAt?: number | null;
};

export type DocLocation = {
  pluginId: string;
  versionName: string;
  isLatestVersion: boolean;
  /** Site-relative path of the source file. */
  file: string;
};

const RELATION_FIELDS: RelationKind[] = [
  'supersedes',
  'superseded-by',
  'amends',
  'amended-by',
  'related',
];

/** Whether a doc declares itself a design doc; only these are normalized. */
export function declaresDesignDocType(frontMatter: Record<string, unknown>): boolean {
  return frontMatter.type !== undefined && frontMatter.type !== null;
}

const TOO_LARGE = `is larger than ${LARGEST_RECORD_NUMBER}, the largest record number; the doc has no number`;

/** The file name's number; one too large to be exact is reported, not rounded. */
function readFileNameNumber(fileName: string, field: string, problems: ProblemCollector): number | null {
  const digits = numberDigitsOfFileName(fileName);
  const number = digits === null ? null : recordNumberOf(digits);
  if (digits !== null && number === null) {
    problems.add(field, `the file name's number ${digits} ${TOO_LARGE}`);
  }
  return number;
}

function readNumber(
  value: unknown,
  field: string,
  title: BodyReading['title'] | undefined,
  fileName: string,
  problems: ProblemCollector,
): number | null {
  if (value === undefined || value === null || value === '') {
    // adr-tools numbers the file; a heading copied from another record
    // keeps its old number, so the file's wins.
    const fromFile = readFileNameNumber(fileName, field, problems);
    if (title?.number != null) {
      if (!Number.isSafeInteger(title.number)) {
        // The reading holds the heading's digits as a double: show them as written.
        const digits = /\d+/.exec(title.heading)?.[0] ?? String(title.number);
        problems.at(title).add(field, `the heading ${quote(title.heading)} gives the number ${digits}, which ${TOO_LARGE}`);
        return fromFile;
      }
      if (fromFile !== null && fromFile !== title.number) {
        problems
          .at(title)
          .add(
            field,
            `the heading ${quote(title.heading)} gives the number ${title.number} but the file name ${fileName} gives ${fromFile}; the file name's number is used`,
            'warning',
          );
      }
      return fromFile ?? title.number;
    }
    return fromFile;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    if (Number.isSafeInteger(value)) {
      return value;
    }
    problems.add(field, `${describeValue(value)} ${TOO_LARGE}`);
    return null;
  }
  if (typeof value === 'string') {
    const ref = parseReference(value);
    if (ref.kind === 'numbered') {
      return ref.number;
    }
    if (ref.kind === 'number-too-large') {
      problems.add(field, `${describeValue(value)} ${TOO_LARGE}`);
      return null;
    }
  }
  problems.add(field, `${describeValue(value)} is not a record number; use a whole number such as 12`);
  return readFileNameNumber(fileName, field, problems);
}

/**
 * The title: front matter's, else the body's first heading, else the docs
 * plugin's. The build hook hands the docs plugin the heading's title as
 * front matter, so a problem with that text is placed at the heading.
 */
function readTitle(
  given: unknown,
  name: string,
  heading: BodyReading['title'],
  docTitle: string,
  problems: ProblemCollector,
): string {
  const fromHeading = heading !== null && given === heading.text && hasForbiddenCharacters(heading.text);
  const written = readText(given, name, fromHeading ? problems.at(heading) : problems);
  if (written !== null) {
    return written;
  }
  if (heading) {
    return hasForbiddenCharacters(heading.text) ? replaceForbiddenCharacters(heading.text, 'title', problems.at(heading)) : heading.text;
  }
  // The docs plugin's title is text; a loader of another shape passes through as it is.
  return typeof docTitle === 'string' ? replaceForbiddenCharacters(docTitle, 'title', problems) : docTitle;
}

function readRelations(
  fields: Map<string, unknown>,
  writtenAs: Map<string, string>,
  body: BodyReading | null,
  problems: ProblemCollector,
): DeclaredRelation[] {
  const relations: DeclaredRelation[] = [];
  for (const kind of RELATION_FIELDS) {
    const value = fields.get(kind);
    if (value === undefined) {
      // Most docs declare few relations kinds, or none.
      continue;
    }
    const field = writtenAs.get(kind) ?? kind;
    for (const target of readTextList(value, field, problems)) {
      relations.push({kind, target, field});
    }
  }
  // The body's relation lines count for a kind the front matter leaves out.
  for (const relation of body?.relations ?? []) {
    if (!fields.has(relation.kind)) {
      relations.push({kind: relation.kind, target: relation.target, field: relation.label, line: relation.line});
    }
  }
  return relations;
}

/** The body's headings, shared with the reading unless one holds a character no page can carry. */
function readSections(body: BodyReading, problems: ProblemCollector): DocSection[] {
  if (!body.sections.some((section) => hasForbiddenCharacters(section.title))) {
    return body.sections;
  }
  return body.sections.map((section) => ({...section, title: replaceForbiddenCharacters(section.title, section.title, problems.at(section))}));
}

/**
 * The body's value of a field, as the readers take it: the list of names
 * for people, else the text.
 */
function bodyValue(text: BodyText): unknown {
  return text.items ?? text.text;
}

/**
 * Front matter wins, field by field. When the body gives the same field
 * with a different value, a warning names both; the body's value is read
 * quietly, since it is not used.
 */
function fromEitherSource<T>(
  frontMatter: Given | null,
  body: BodyText | undefined,
  read: (given: Given, problems: ProblemCollector) => T,
  same: (a: T, b: T) => boolean,
  show: (value: T) => string,
  problems: ProblemCollector,
): T | null {
  if (!frontMatter && !body) {
    return null;
  }
  if (frontMatter) {
    const value = read(frontMatter, problems);
    if (body) {
      const bodyRead = read({value: bodyValue(body), name: body.label, body}, new ProblemCollector(problems.file));
      if (!same(value, bodyRead)) {
        problems.add(
          frontMatter.name,
          `front matter says ${quote(show(value))} but the body's "${body.label}" on line ${body.line} says ${quote(body.text)}; the front matter is used`,
          'warning',
        );
      }
    }
    return value;
  }
  return body ? read({value: bodyValue(body), name: body.label, body}, problems.at(body)) : null;
}

const sameNames = (a: string[], b: string[]) =>
  a.length === b.length && a.every((name, i) => name.toLowerCase() === b[i]!.toLowerCase());
const readNames = (g: Given, p: ProblemCollector) => readNameList(g.value, g.name, p);
const showNames = (names: string[]) => names.join(', ');
const readTextOf = (g: Given, p: ProblemCollector) => readText(g.value, g.name, p);
const sameText = (a: string | null, b: string | null) => a === b;
const sameVersion = (a: string | null, b: string | null) => (a ?? '').replace(/^v/i, '') === (b ?? '').replace(/^v/i, '');
const showText = (value: string | null) => value ?? '';

/**
 * One normalized record per design doc, whatever aliases it was written
 * with and whether its data sits in front matter or in the body (the
 * template's header, tables and decision blocks). Never throws on the
 * doc's content: whatever cannot be used is reported, and the record is
 * still produced so the doc stays published.
 */
export function normalizeDesignDoc(
  doc: LoadedDoc,
  location: DocLocation,
  vocabulary: Vocabulary,
  slashOrder: SlashDateOrder | null = null,
): {record: DesignDocRecord; problems: Problem[]; unknownStatus: UnknownStatus | null} {
  const problems = new ProblemCollector(location.file);
  const frontMatter = doc.frontMatter && typeof doc.frontMatter === 'object' ? doc.frontMatter : {};
  const body = bodyReadingOf(frontMatter);
  const {fields, writtenAs, extra} = canonicalizeKeys(frontMatter, problems);
  const nameOf = (field: string) => writtenAs.get(field) ?? field;
  const given = (field: string): Given | null => {
    const value = fields.get(field);
    return value === undefined || value === null || value === '' ? null : {value, name: nameOf(field)};
  };

  const typeText = readText(fields.get('type'), nameOf('type'), problems);
  const type = typeText === null ? undefined : vocabulary.findType(typeText);
  if (typeText !== null && !type) {
    problems.add(
      nameOf('type'),
      `unknown type ${describeValue(typeText)}; known types are ${[...vocabulary.types.keys()].join(', ')} (add more with the "types" option)`,
    );
  }
  const typeId = type?.id ?? (typeText ?? 'unknown').toLowerCase();

  const relations = readRelations(fields, writtenAs, body, problems);
  let statusReported = false;
  const status = fromEitherSource<StatusReading>(
    given('status'),
    body?.fields.status,
    (g, p) => readStatus(g, type, vocabulary, p),
    (a, b) => a.status === b.status,
    (s) => s.status ?? '',
    problems,
  );
  if (status?.relation) {
    relations.push(status.relation);
  }
  statusReported = status?.reported ?? false;
  if (status?.status == null && !statusReported) {
    problems.add(nameOf('status'), 'no status given', 'warning');
  }

  const person = (role: keyof People) => fromEitherSource(given(role), body?.fields[role], readNames, sameNames, showNames, problems) ?? [];
  // One literal in PEOPLE_ROLES order, so every record's people share a shape.
  const people: People = {
    authors: person('authors'),
    owners: person('owners'),
    deciders: person('deciders'),
    reviewers: person('reviewers'),
    approvers: person('approvers'),
    consulted: person('consulted'),
    informed: person('informed'),
  };
  const fileName = path.basename(location.file);
  // log4brains names a record by the day it was written: `20230405-use-x.md`.
  const readDateOf = (g: Given, p: ProblemCollector) => readDate(g.value, g.name, p, slashOrder);
  const date = fromEitherSource(given('date'), body?.fields.date, readDateOf, sameText, showText, problems) ?? dateOfFileName(fileName);
  const version = fromEitherSource(given('version'), body?.fields.version, readTextOf, sameVersion, showText, problems);

  const tags: Tag[] = [];
  for (const {label, permalink} of doc.tags ?? []) {
    tags.push({label: replaceForbiddenCharacters(label, nameOf('tags'), problems), permalink});
  }
  const registers = body ? readBodyRegisters(body, fields, nameOf, problems, vocabulary) : readRegisters(fields, nameOf, problems, vocabulary);

  // Docusaurus derives a description from the first line, which in a MADR or
  // template body is a heading ("Context and Problem Statement"): the body's
  // first prose paragraph says more, unless the author wrote a description.
  const summary =
    (typeof frontMatter.description === 'string' ? null : (readText(fields.get('summary'), nameOf('summary'), problems) ?? body?.summary)) ??
    (doc.description?.trim() || null);
  const number = readNumber(fields.get('number'), nameOf('number'), body?.title, fileName, problems);
  const title = readTitle(writtenTitleOf(frontMatter) ?? fields.get('title'), nameOf('title'), body?.title ?? null, doc.title, problems);

  const record: DesignDocRecord = {
    key: `${location.pluginId}/${location.versionName}/${doc.id}`,
    docId: doc.id,
    pluginId: location.pluginId,
    versionName: location.versionName,
    isLatestVersion: location.isLatestVersion,
    summary: summary === null ? null : replaceForbiddenCharacters(summary, 'description', problems),
    permalink: doc.permalink,
    source: doc.source,
    file: location.file,
    type: typeId,
    number,
    title,
    status: status?.status ?? null,
    statusNote: status?.note == null ? null : replaceForbiddenCharacters(status.note, nameOf('status'), problems),
    date,
    statusDate: readDate(fields.get('status-date'), nameOf('status-date'), problems),
    reviewBy: readDate(fields.get('review-by'), nameOf('review-by'), problems),
    version,
    people,
    tags,
    relations,
    // Field by field, not spread: one shape for every record.
    decisions: registers.decisions.length === 0 && body?.outcome ? [readOutcomeDecision(body.outcome, title, problems)] : registers.decisions,
    risks: registers.risks,
    requirements: registers.requirements,
    openQuestions: registers.openQuestions,
    revisions: registers.revisions,
    checklist: registers.checklist,
    feedback: registers.feedback,
    sections: body ? readSections(body, problems) : [],
    lastUpdatedAt: typeof doc.lastUpdatedAt === 'number' ? doc.lastUpdatedAt : null,
    extra,
  };
  return {record, problems: problems.problems, unknownStatus: status?.unknown ?? null};
}

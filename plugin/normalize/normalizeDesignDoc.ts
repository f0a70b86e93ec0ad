import path from 'path';
import type {Vocabulary} from '../model/vocabulary';
import {numberFromFileName, parseReference, parseStatusText} from '../model/references';
import {PEOPLE_ROLES} from '../model/people';
import type {DeclaredRelation, DesignDocRecord, People, Problem, RelationKind, Tag} from '../types';
import {readDate, readNameList, readText, readTextList} from './fields';
import {canonicalizeKeys} from './keys';
import {ProblemCollector, describeValue} from './problems';
import {readDecisions, readRequirements, readRevisions, readRisks} from './sections';

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

function readNumber(
  value: unknown,
  field: string,
  fileName: string,
  problems: ProblemCollector,
): number | null {
  if (value === undefined || value === null || value === '') {
    return numberFromFileName(fileName);
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return value;
  }
  if (typeof value === 'string') {
    const ref = parseReference(value);
    if (ref.kind === 'numbered') {
      return ref.number;
    }
  }
  problems.add(field, `${describeValue(value)} is not a record number; use a whole number such as 12`);
  return numberFromFileName(fileName);
}

function readRelations(
  fields: Map<string, unknown>,
  writtenAs: Map<string, string>,
  problems: ProblemCollector,
): DeclaredRelation[] {
  const relations: DeclaredRelation[] = [];
  for (const kind of RELATION_FIELDS) {
    const field = writtenAs.get(kind) ?? kind;
    for (const target of readTextList(fields.get(kind), field, problems)) {
      relations.push({kind, target, field});
    }
  }
  return relations;
}

/**
 * One normalized record per design doc, whatever aliases it was written
 * with. Never throws on the doc's content: whatever cannot be used is
 * reported, and the record is still produced so the doc stays published.
 */
export function normalizeDesignDoc(
  doc: LoadedDoc,
  location: DocLocation,
  vocabulary: Vocabulary,
): {record: DesignDocRecord; problems: Problem[]} {
  const problems = new ProblemCollector(location.file);
  const frontMatter =
    doc.frontMatter && typeof doc.frontMatter === 'object' ? doc.frontMatter : {};
  const {fields, writtenAs, extra} = canonicalizeKeys(frontMatter, problems);
  const nameOf = (field: string) => writtenAs.get(field) ?? field;

  const typeText = readText(fields.get('type'), nameOf('type'), problems);
  const type = typeText === null ? undefined : vocabulary.findType(typeText);
  if (typeText !== null && !type) {
    problems.add(
      nameOf('type'),
      `unknown type ${describeValue(typeText)}; known types are ${[...vocabulary.types.keys()].join(', ')} (add more with the "types" option)`,
    );
  }
  const typeId = type?.id ?? (typeText ?? 'unknown').toLowerCase();

  const relations = readRelations(fields, writtenAs, problems);
  const rawStatus = fields.get('status');
  const statusText = readText(rawStatus, nameOf('status'), problems);
  let status: string | null = null;
  if (statusText === null) {
    // A status of the wrong shape (a list, a map) is already reported.
    if (rawStatus === undefined || rawStatus === null || typeof rawStatus === 'string') {
      problems.add(nameOf('status'), 'no status given', 'warning');
    }
  } else {
    const parsed = parseStatusText(statusText);
    if (parsed.relation) {
      relations.push({...parsed.relation, field: nameOf('status')});
    }
    const definition = type && vocabulary.findStatus(type.id, parsed.status);
    status = definition?.id ?? parsed.status.toLowerCase();
    if (type && !definition) {
      problems.add(
        nameOf('status'),
        `unknown status ${describeValue(parsed.status)} for type ${type.id}; use one of ${type.statuses
          .map((s) => s.id)
          .join(', ')}`,
      );
    }
  }

  const people = {} as People;
  for (const role of PEOPLE_ROLES) {
    people[role] = readNameList(fields.get(role), nameOf(role), problems);
  }

  const fileName = path.basename(location.file);
  const tags: Tag[] = (doc.tags ?? []).map(({label, permalink}) => ({label, permalink}));

  const record: DesignDocRecord = {
    key: `${location.pluginId}/${location.versionName}/${doc.id}`,
    docId: doc.id,
    pluginId: location.pluginId,
    versionName: location.versionName,
    isLatestVersion: location.isLatestVersion,
    summary: doc.description?.trim() || null,
    permalink: doc.permalink,
    source: doc.source,
    file: location.file,
    type: typeId,
    number: readNumber(fields.get('number'), nameOf('number'), fileName, problems),
    title: readText(fields.get('title'), nameOf('title'), problems) ?? doc.title,
    status,
    date: readDate(fields.get('date'), nameOf('date'), problems),
    reviewBy: readDate(fields.get('review-by'), nameOf('review-by'), problems),
    people,
    tags,
    relations,
    decisions: readDecisions(fields.get('decisions'), nameOf('decisions'), problems),
    risks: readRisks(fields.get('risks'), nameOf('risks'), problems, vocabulary),
    requirements: readRequirements(fields.get('requirements'), nameOf('requirements'), problems),
    openQuestions: readTextList(fields.get('open-questions'), nameOf('open-questions'), problems),
    revisions: readRevisions(fields.get('revisions'), nameOf('revisions'), problems),
    lastUpdatedAt: typeof doc.lastUpdatedAt === 'number' ? doc.lastUpdatedAt : null,
    extra,
  };
  return {record, problems: problems.problems};
}

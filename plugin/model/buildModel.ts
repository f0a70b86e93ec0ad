import path from 'path';
import type {
  DesignDocModel,
  DesignDocRecord,
  Problem,
  RelationKind,
  ResolvedRelation,
} from '../types';
import {normalizeDesignDoc, type DocLocation, type LoadedDoc} from '../normalize/normalizeDesignDoc';
import {quote} from '../normalize/problems';
import {findSupersedeCycles} from '../validate/supersedeCycles';
import {UnknownStatusCounter} from './unknownStatuses';
import {slashDateOrders} from '../normalize/slashDates';
import {findDuplicateNumbers, findDuplicateRequirementIds, findStatusRelationMismatches} from '../validate/consistency';
import {INVERSE_RELATION, formatReference} from './references';
import {groupKey, indexGroup, resolveReference, type DocGroupIndex} from './resolveReference';
import type {Vocabulary} from './vocabulary';

export type ModelInput = {doc: LoadedDoc; location: DocLocation};

/**
 * Each doc's relations, in the order they are found. A relation found
 * twice (declared, and inferred from the other side) is kept once, and is
 * inferred only if both are. Repeats are found through a map per doc, by
 * kind and target: a hub doc that every other doc relates to has as many
 * relations as there are docs, and a search of its list per relation made
 * the model quadratic (3 s at 10,000 docs).
 */
class RelationCollector {
  readonly relations = new Map<string, ResolvedRelation[]>();
  private readonly byKindAndTarget = new Map<string, Map<string, ResolvedRelation>>();

  add(from: string, relation: ResolvedRelation): void {
    let found = this.byKindAndTarget.get(from);
    if (!found) {
      found = new Map();
      this.byKindAndTarget.set(from, found);
      this.relations.set(from, []);
    }
    // A kind never holds a newline, so the pair reads back one way only.
    const pair = `${relation.kind}\n${relation.target}`;
    const existing = found.get(pair);
    if (existing) {
      existing.inferred &&= relation.inferred;
    } else {
      found.set(pair, relation);
      this.relations.get(from)!.push(relation);
    }
  }
}

// Every portal page names each doc by its reference; work it out once.
const references = new WeakMap<Vocabulary, WeakMap<DesignDocRecord, string | null>>();

export function referenceOf(doc: DesignDocRecord, vocabulary: Vocabulary): string | null {
  let byDoc = references.get(vocabulary);
  if (!byDoc) {
    byDoc = new WeakMap();
    references.set(vocabulary, byDoc);
  }
  let reference = byDoc.get(doc);
  if (reference === undefined) {
    const prefix = vocabulary.types.get(doc.type)?.prefix ?? doc.type.toUpperCase();
    reference = formatReference(prefix, doc.number);
    byDoc.set(doc, reference);
  }
  return reference;
}

/** `https://...`: a relation to a page outside this site. */
export function isExternalTarget(target: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(target);
}

/**
 * normalize -> relations -> validation, as one pure step from the docs
 * plugin's loaded docs to the model every output is built from.
 */
export function buildDesignDocModel(inputs: ModelInput[], vocabulary: Vocabulary): DesignDocModel {
  const problems: Problem[] = [];
  const docs: DesignDocRecord[] = [];
  const unknownStatuses = new UnknownStatusCounter();
  const slashOrders = slashDateOrders(inputs);
  for (const {doc, location} of inputs) {
    const normalized = normalizeDesignDoc(doc, location, vocabulary, slashOrders.get(path.posix.dirname(location.file)) ?? null);
    docs.push(normalized.record);
    for (const problem of normalized.problems) {
      problems.push(problem);
    }
    if (normalized.unknownStatus) {
      unknownStatuses.add(normalized.unknownStatus, location.file);
    }
  }
  problems.push(...unknownStatuses.problems());

  const groups = new Map<string, DesignDocRecord[]>();
  for (const doc of docs) {
    const key = groupKey(doc);
    const members = groups.get(key);
    if (members) {
      members.push(doc);
    } else {
      groups.set(key, [doc]);
    }
  }
  const indexes = new Map<string, DocGroupIndex>();
  for (const [key, members] of groups) {
    const index = indexGroup(members);
    indexes.set(key, index);
  }

  const collector = new RelationCollector();
  for (const doc of docs) {
    if (doc.relations.length === 0) {
      continue;
    }
    const index = indexes.get(groupKey(doc))!;
    for (const declared of doc.relations) {
      if (isExternalTarget(declared.target)) {
        // A link to another site's record or an RFC: published as a link, not resolved.
        continue;
      }
      const target = resolveReference(declared.target, doc, index, vocabulary);
      if (!target) {
        problems.push({
          file: doc.file,
          field: declared.field,
          message: `${quote(declared.target)} does not match any design doc (use a doc id, a reference such as ${referenceOf({...doc, number: doc.number ?? 1}, vocabulary)}, or a relative path)`,
          severity: 'error',
          ...(declared.line !== undefined && {line: declared.line}),
        });
        continue;
      }
      if (target.key === doc.key && declared.kind !== 'supersedes' && declared.kind !== 'superseded-by') {
        problems.push({
          file: doc.file,
          field: declared.field,
          message: `${quote(declared.target)} refers to this doc itself`,
          severity: 'error',
          ...(declared.line !== undefined && {line: declared.line}),
        });
        continue;
      }
      const kind: RelationKind = declared.kind;
      collector.add(doc.key, {kind, target: target.key, inferred: false});
      collector.add(target.key, {kind: INVERSE_RELATION[kind], target: doc.key, inferred: true});
    }
  }
  const {relations} = collector;

  const byKey = new Map(docs.map((d) => [d.key, d]));
  const cycles = findSupersedeCycles(docs, relations);
  for (const cycle of cycles) {
    const names = cycle.map((key) => {
      const doc = byKey.get(key)!;
      return referenceOf(doc, vocabulary) ?? doc.docId;
    });
    const path = [...names, names[0]].join(' -> ');
    for (const key of cycle) {
      const doc = byKey.get(key)!;
      const field =
        doc.relations.find((r) => r.kind === 'supersedes' || r.kind === 'superseded-by')?.field ??
        'supersedes';
      problems.push({
        file: doc.file,
        field,
        message: cycle.length === 1 ? 'a doc cannot supersede itself' : `supersede cycle: ${path}`,
        severity: 'error',
      });
    }
  }

  problems.push(...findDuplicateNumbers(indexes, vocabulary));
  problems.push(...findDuplicateRequirementIds(docs));
  // A doc in a cycle already has an error; a status warning would only repeat it.
  const inCycle = new Set(cycles.flat());
  problems.push(
    ...findStatusRelationMismatches(
      docs.filter((d) => !inCycle.has(d.key)),
      relations,
      byKey,
      vocabulary,
    ),
  );

  return {docs, byKey, relations, problems};
}

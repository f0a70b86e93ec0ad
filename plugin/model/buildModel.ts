import path from 'path';
import type {DeclaredRelation, DesignDocRecord, Problem, RelationKind, ResolvedRelation} from '../types/model';
import {normalizeDesignDoc, type DocLocation, type LoadedDoc} from '../normalize/normalizeDesignDoc';
import type {UnknownStatus} from '../normalize/status';
import {slashDateOrders} from '../normalize/slashDates';
import {INVERSE_RELATION, isExternalTarget} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {groupBy} from './groupBy';
import {groupKey, indexGroup, resolveReference, type DocGroupIndex} from './resolveReference';

export type ModelInput = {doc: LoadedDoc; location: DocLocation};

/** A declared relation that names no doc, or names its own doc. */
export type UnresolvedRelation = {doc: DesignDocRecord; declared: DeclaredRelation; reason: 'no-match' | 'itself'};

/**
 * The docs, their relations and their indexes, with what validation needs
 * to report: what normalizing found in each doc, the status words no type
 * knows and the relations that lead nowhere. Nothing here is a message;
 * `validate/` writes those.
 */
export type BuiltModel = {
  docs: DesignDocRecord[];
  /** Other sites' records (federation), as they were handed in. */
  remoteDocs: DesignDocRecord[];
  byKey: Map<string, DesignDocRecord>;
  relations: Map<string, ResolvedRelation[]>;
  /** Docs by docs instance and version (`groupKey`), with their lookups. */
  indexes: Map<string, DocGroupIndex>;
  /** Each doc's problems from normalizing, in the order of the docs. */
  normalizeProblems: Problem[];
  unknownStatuses: {status: UnknownStatus; file: string}[];
  unresolved: UnresolvedRelation[];
};

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

function indexByGroup(docs: DesignDocRecord[]): Map<string, DocGroupIndex> {
  const indexes = new Map<string, DocGroupIndex>();
  for (const [key, members] of groupBy(docs, groupKey)) {
    indexes.set(key, indexGroup(members));
  }
  return indexes;
}

/**
 * normalize -> relations, as one pure step from the docs plugin's loaded
 * docs to the model every output is built from (`validate/designDocModel`
 * adds the problems).
 */
export function buildModel(inputs: ModelInput[], vocabulary: Vocabulary): BuiltModel {
  const normalizeProblems: Problem[] = [];
  const docs: DesignDocRecord[] = [];
  const unknownStatuses: BuiltModel['unknownStatuses'] = [];
  const slashOrders = slashDateOrders(inputs);
  for (const {doc, location} of inputs) {
    // Nearly every site writes no ambiguous slashed date: no folder to look up then.
    const slashOrder = slashOrders.size === 0 ? null : (slashOrders.get(path.posix.dirname(location.file)) ?? null);
    const normalized = normalizeDesignDoc(doc, location, vocabulary, slashOrder);
    docs.push(normalized.record);
    for (const problem of normalized.problems) {
      normalizeProblems.push(problem);
    }
    if (normalized.unknownStatus) {
      unknownStatuses.push({status: normalized.unknownStatus, file: location.file});
    }
  }

  const indexes = indexByGroup(docs);
  const unresolved: UnresolvedRelation[] = [];
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
        unresolved.push({doc, declared, reason: 'no-match'});
        continue;
      }
      if (target.key === doc.key && declared.kind !== 'supersedes' && declared.kind !== 'superseded-by') {
        unresolved.push({doc, declared, reason: 'itself'});
        continue;
      }
      const kind: RelationKind = declared.kind;
      collector.add(doc.key, {kind, target: target.key, inferred: false});
      collector.add(target.key, {kind: INVERSE_RELATION[kind], target: doc.key, inferred: true});
    }
  }

  const byKey = new Map(docs.map((d) => [d.key, d]));
  return {docs, remoteDocs: [], byKey, relations: collector.relations, indexes, normalizeProblems, unknownStatuses, unresolved};
}

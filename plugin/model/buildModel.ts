import path from 'path';
import type {DeclaredRelation, DesignDocRecord, Problem, RelationKind, ResolvedRelation} from '../types/model';
import {normalizeDesignDoc, type DocLocation, type LoadedDoc} from '../normalize/normalizeDesignDoc';
import type {UnknownStatus} from '../normalize/status';
import {slashDateOrders} from '../normalize/slashDates';
import {INVERSE_RELATION, isExternalTarget, parseQualifiedReference} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {groupBy} from './groupBy';
import {groupKey, indexGroup, resolveReference, type DocGroupIndex} from './resolveReference';
import {QualifiedResolver, type QualifiedMiss, type RemoteSiteRecords} from './resolveQualified';

export type ModelInput = {doc: LoadedDoc; location: DocLocation};

/** A declared relation that names no doc, or names its own doc, or names another site's record that is not there. */
export type UnresolvedRelation = {doc: DesignDocRecord; declared: DeclaredRelation; reason: 'no-match' | 'itself' | QualifiedMiss};

/** Other sites' records (federation), and the name they call this site by. */
export type FederatedInput = {localName: string; sites: RemoteSiteRecords[]};

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
  /**
   * Qualified references (`payments:ADR-0003`) of this site's docs that no
   * record here answers: design-docs.json keeps them, so that a hub that
   * federates the site can follow them.
   */
  openReferences: Set<DeclaredRelation>;
  /** The federation sources' names, for the messages of references to a site that is not one. */
  siteNames: string[];
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
export function buildModel(inputs: ModelInput[], vocabulary: Vocabulary, federated?: FederatedInput): BuiltModel {
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
  const remoteDocs = federated?.sites.flatMap((site) => site.records) ?? [];
  const byKey = new Map(docs.map((d) => [d.key, d]));
  for (const doc of remoteDocs) {
    byKey.set(doc.key, doc);
  }
  const qualified = new QualifiedResolver(federated?.localName ?? '', docs, federated?.sites ?? [], byKey, vocabulary);
  const unresolved: UnresolvedRelation[] = [];
  const openReferences = new Set<DeclaredRelation>();
  const collector = new RelationCollector();
  for (const doc of remoteDocs.length > 0 ? [...docs, ...remoteDocs] : docs) {
    if (doc.relations.length === 0) {
      continue;
    }
    for (const declared of doc.relations) {
      if (isExternalTarget(declared.target)) {
        // A link to a page outside the site, an RFC: published as a link, not resolved.
        continue;
      }
      const siteReference = parseQualifiedReference(declared.target);
      let target: DesignDocRecord | undefined;
      if (siteReference) {
        const found = qualified.resolve(siteReference, doc);
        if (typeof found === 'string') {
          unresolved.push({doc, declared, reason: found});
          if (!doc.remote) {
            openReferences.add(declared);
          }
          continue;
        }
        target = found;
      } else if (!doc.remote) {
        target = resolveReference(declared.target, doc, indexes.get(groupKey(doc))!, vocabulary);
      }
      // (A remote record's relations are all qualified by its reader: any other names nothing.)
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

  return {docs, remoteDocs, byKey, relations: collector.relations, indexes, normalizeProblems, unknownStatuses, unresolved, openReferences, siteNames: federated?.sites.map((site) => site.name) ?? []};
}

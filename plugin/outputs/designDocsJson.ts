import type {DesignDocModel, DesignDocRecord} from '../types/model';
import type {DesignDocsJson, DesignDocsJsonRelation} from '../types/output';
import {isExternalTarget, parseQualifiedReference, referenceOf} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {toStatusBadge} from '../views/statusBadge';
import {reviewReadinessOf} from '../review/readiness';
import {reviewQueueOf} from '../review/queue';

export const DESIGN_DOCS_JSON = 'design-docs.json';
export const DESIGN_DOCS_SCHEMA_VERSION = 2;

/** Another site this file re-exports records of: its name, label and address, for a hub above to check their links. */
export type ReexportedSite = {name: string; label: string; siteUrl: string};

function relationsOf(record: DesignDocRecord, model: ExportedModel, vocabulary: Vocabulary): DesignDocsJsonRelation[] {
  const resolved = (model.relations.get(record.key) ?? []).map((relation): DesignDocsJsonRelation => {
    const target = model.byKey.get(relation.target)!;
    return {
      kind: relation.kind,
      target: relation.target,
      reference: referenceOf(target, vocabulary),
      title: target.title,
      inferred: relation.inferred,
      // Another site's record: where it is, and whose.
      ...(target.remote && {url: target.permalink, site: target.remote.site}),
    };
  });
  const unresolved = record.relations.flatMap((relation): DesignDocsJsonRelation[] => {
    if (isExternalTarget(relation.target)) {
      return [{kind: relation.kind, target: relation.target, reference: null, title: relation.target, inferred: false, url: relation.target}];
    }
    const qualified = model.openReferences?.has(relation) ? parseQualifiedReference(relation.target) : null;
    // A reference to a site this build does not read: kept as written, for a hub that does.
    return qualified ? [{kind: relation.kind, target: relation.target, reference: qualified.reference, title: relation.target, inferred: false, site: qualified.site}] : [];
  });
  return unresolved.length === 0 ? resolved : resolved.concat(unresolved);
}

type ExportedModel = Pick<DesignDocModel, 'docs' | 'remoteDocs' | 'byKey' | 'relations' | 'problems' | 'openReferences'>;

/**
 * Every design doc of every instance and version with its normalized
 * metadata, resolved relations, review readiness and the problems found,
 * and the review queue: for tools such as a Backstage catalog or a CI
 * script, and for a hub that federates this site. Deterministic for the
 * same input: the queue gives the day each wait began, not a count of days.
 * With `reexport`, other sites' records follow this site's own, each with
 * its site, and `sites` says where those sites are.
 */
export function buildDesignDocsJson(
  model: ExportedModel,
  vocabulary: Vocabulary,
  siteUrl: string,
  /** The docs the portal lists, whose review queue the dashboard shows, and the build's day, for the queue's order. */
  review: {docs: DesignDocRecord[]; today: string},
  reexport?: {sites: ReexportedSite[]},
): DesignDocsJson {
  const origin = siteUrl.replace(/\/$/, '');
  const listed = reexport && model.remoteDocs.length > 0 ? [...model.docs, ...model.remoteDocs] : model.docs;
  return {
    $schema: 'https://unpkg.com/docusaurus-plugin-design-docs/schema/design-docs.schema.json',
    version: DESIGN_DOCS_SCHEMA_VERSION,
    docs: listed.map((record) => {
      const {source: _source, relations: _declared, remote, ...doc} = record;
      return {
        ...doc,
        reference: referenceOf(record, vocabulary),
        readiness: reviewReadinessOf(record, vocabulary),
        statusLabel: remote ? remote.statusLabel : (toStatusBadge(doc, vocabulary)?.label ?? null),
        url: remote ? record.permalink : `${origin}${doc.permalink}`,
        relations: relationsOf(record, model, vocabulary),
        ...(remote && {site: remote.site}),
      };
    }),
    reviewQueue: reviewQueueOf(review.docs.filter((doc) => !doc.remote), vocabulary, review.today).map(({doc, since}) => ({key: doc.key, since})),
    problems: model.problems,
    ...(reexport && model.remoteDocs.length > 0 && {sites: reexport.sites}),
  };
}

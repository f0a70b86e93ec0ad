import type {DesignDocModel, DesignDocRecord} from '../types/model';
import type {DesignDocsJson} from '../types/output';
import {isExternalTarget, referenceOf} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {toStatusBadge} from '../views/statusBadge';
import {reviewReadinessOf} from '../review/readiness';
import {reviewQueueOf} from '../review/queue';

export const DESIGN_DOCS_JSON = 'design-docs.json';
export const DESIGN_DOCS_SCHEMA_VERSION = 2;

/**
 * Every design doc of every instance and version with its normalized
 * metadata, resolved relations, review readiness and the problems found,
 * and the review queue: for tools such as a Backstage catalog or a CI
 * script. Deterministic for the same input: the queue gives the day each
 * wait began, not a count of days.
 */
export function buildDesignDocsJson(
  model: Pick<DesignDocModel, 'docs' | 'byKey' | 'relations' | 'problems'>,
  vocabulary: Vocabulary,
  siteUrl: string,
  /** The docs the portal lists, whose review queue the dashboard shows, and the build's day, for the queue's order. */
  review: {docs: DesignDocRecord[]; today: string},
): DesignDocsJson {
  const origin = siteUrl.replace(/\/$/, '');
  return {
    $schema: 'https://unpkg.com/docusaurus-plugin-design-docs/schema/design-docs.schema.json',
    version: DESIGN_DOCS_SCHEMA_VERSION,
    docs: model.docs.map((record) => {
      const {source: _source, relations: declared, ...doc} = record;
      return {
        ...doc,
        reference: referenceOf(record, vocabulary),
        readiness: reviewReadinessOf(record, vocabulary),
        statusLabel: toStatusBadge(doc, vocabulary)?.label ?? null,
        url: `${origin}${doc.permalink}`,
        relations: (model.relations.get(doc.key) ?? []).map((relation) => {
          const target = model.byKey.get(relation.target)!;
          return {
            kind: relation.kind,
            target: relation.target,
            reference: referenceOf(target, vocabulary),
            title: target.title,
            inferred: relation.inferred,
          };
        }).concat(
          declared
            .filter((relation) => isExternalTarget(relation.target))
            .map((relation) => ({kind: relation.kind, target: relation.target, reference: null, title: relation.target, inferred: false, url: relation.target})),
        ),
      };
    }),
    reviewQueue: reviewQueueOf(review.docs, vocabulary, review.today).map(({doc, since}) => ({key: doc.key, since})),
    problems: model.problems,
  };
}

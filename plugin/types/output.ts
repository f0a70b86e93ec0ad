/**
 * The build's machine-readable output, `design-docs.json` (at the build's
 * root; a plugin instance whose id is not `default` writes its own under its
 * portal), for tools such as a Backstage catalog or a CI script.
 * schema/design-docs.schema.json describes the same shape. Public: the
 * package's main entry exports these types by name.
 */
import type {DesignDocRecord, Problem, RelationKind, ReviewReadiness} from './model';

/** A relation as design-docs.json lists it: resolved to another record, or an external link. */
export type DesignDocsJsonRelation = {
  kind: RelationKind;
  /** Key of the other record, or the URL of an external target. */
  target: string;
  reference: string | null;
  title: string;
  /** True when only the other record declared it. */
  inferred: boolean;
  /** Given for a target on another page than this site's: an external link, or a record of another site. */
  url?: string;
  /**
   * The federation site of the target, for a qualified reference
   * (`payments:ADR-0003`, since version 2): `target` is then the hub's key of
   * that site's record when it was found, else the reference as written.
   */
  site?: string;
};

/** One record in design-docs.json: its normalized metadata, without the source alias. */
export type DesignDocsJsonDoc = Omit<DesignDocRecord, 'source' | 'relations'> & {
  reference: string | null;
  statusLabel: string | null;
  /** Absolute URL of the record's page. */
  url: string;
  relations: DesignDocsJsonRelation[];
  /**
   * Whether the doc is ready for its review to end: its checklist, open
   * feedback by category, missing sections and the entries its type's
   * review rules flag. The same as its page header and `design-docs:review`.
   */
  readiness: ReviewReadiness;
  /** The federation site a re-exported record comes from (`federation.reexport`); absent for this site's own. */
  site?: string;
};

/**
 * One doc of the review queue, in the dashboard's order: ready first, then
 * the fewest blockers, then the longest wait. The doc itself is the entry
 * of `docs` with this key; days in review are `since` to the day a
 * consumer reads the file, so the file stays the same from day to day.
 */
export type DesignDocsJsonReviewEntry = {
  key: string;
  /** The day the wait is counted from: the doc's `statusDate`, else its `date`, else its last update. */
  since: string | null;
};

export type DesignDocsJson = {
  $schema: string;
  /** Version of the file's shape (`DESIGN_DOCS_SCHEMA_VERSION`). */
  version: number;
  docs: DesignDocsJsonDoc[];
  /** The docs in review (of each instance's latest version, or of every version with `versions: 'all'`). */
  reviewQueue: DesignDocsJsonReviewEntry[];
  problems: Problem[];
  /** The other sites whose records this file re-exports (`federation.reexport`), so a hub above can check their links. */
  sites?: {name: string; label: string; siteUrl: string}[];
};

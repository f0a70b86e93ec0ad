/**
 * The plugin's model: the normalized record of each design doc, the
 * problems found in it, and the model of all records with its indexes and
 * resolved relations (Maps, never serialized). The model itself is the
 * plugin's own; the record types are public as parts of the JSON output
 * (output.ts) and of the page props (props.ts), and the package's main
 * entry exports them by name.
 */
import type {RequirementPriority, ReviewRules} from './options';

export type ProblemSeverity = 'error' | 'warning';

/** One thing wrong with one field of one design doc. */
export type Problem = {
  /** Path relative to the site directory, e.g. `docs/adr/0001-x.md`. */
  file: string;
  /** Front-matter field, dotted with indexes: `risks[2].likelihood`. */
  field: string;
  message: string;
  severity: ProblemSeverity;
  /** 1-based line in the file, when the problem is in the body (or known). */
  line?: number;
  column?: number;
};

export type RelationKind =
  | 'supersedes'
  | 'superseded-by'
  | 'amends'
  | 'amended-by'
  | 'related';

export type DeclaredRelation = {
  kind: RelationKind;
  /** The reference as written: a doc id, `ADR-0003`, `3` or a path. */
  target: string;
  /** Field it came from, for problem reports: a front-matter key, or the body's label. */
  field: string;
  /** Line in the file, when it was read from the body. */
  line?: number;
};

/** Where on its doc's page an entry is written: a heading id, for links back to it. */
export type Anchor = string | null;

/** Columns and fields the plugin does not read, by their name as written (`Acceptance Criteria`). */
export type ExtraFields = Record<string, string>;

export type Decision = {
  title: string;
  chosen: string | null;
  alternatives: string[];
  rationale: string | null;
  tradeoffs: string | null;
  status: string | null;
  anchor: Anchor;
  extra: ExtraFields;
};

export type Risk = {
  id: string | null;
  title: string;
  /** Scale level ids, or null when missing or off the scale. */
  likelihood: string | null;
  impact: string | null;
  /** likelihood value x impact value, when both are on the scale. */
  score: number | null;
  mitigation: string | null;
  owner: string | null;
  status: string | null;
  anchor: Anchor;
  extra: ExtraFields;
};

export type RequirementKind = 'functional' | 'non-functional';

export type Requirement = {
  id: string | null;
  text: string;
  priority: RequirementPriority | null;
  kind: RequirementKind;
  category: string | null;
  target: string | null;
  anchor: Anchor;
  extra: ExtraFields;
};

export type Revision = {
  version: string | null;
  date: string | null;
  author: string | null;
  changes: string;
  /** Whose feedback the revision answers: the template's `**Feedback from**: [Reviewer]`. */
  feedbackFrom: string[];
  /** Why the changes improve the design: the template's `**Rationale**`. */
  rationale: string | null;
  extra: ExtraFields;
};

/** The seed's feedback categories: 🔴 critical, 🟡 important, 🟢 nice-to-have, 💬 question. */
export type FeedbackCategory = 'critical' | 'important' | 'nice-to-have' | 'question';

/** One review comment on a doc, and whether the doc has answered it. */
export type Feedback = {
  category: FeedbackCategory;
  /** The reviewer who gave it, as written. */
  by: string | null;
  text: string;
  resolved: boolean;
  /** How it was answered: a sentence, or the section or revision that answers it. */
  resolution: string | null;
  /** Heading id of the section the item is written under, for a link back. */
  anchor: Anchor;
};

/** A heading of the doc's body, as the review's section check reads it. */
export type DocSection = {
  /** The heading's text as written, numbering included: `6. Data Design`. */
  title: string;
  /** What the heading's words say it holds, when the body reader knows: `risks`, `non-functional-requirements`. */
  kind: string | null;
  depth: number;
  anchor: string;
  /** 1-based line of the heading in the file. */
  line: number;
  /** 1-based column where the heading starts. */
  column: number;
};

/** An item of the validation checklist (`- [x] All functional requirements addressed`). */
export type ChecklistItem = {text: string; done: boolean};

export type People = {
  authors: string[];
  owners: string[];
  reviewers: string[];
  approvers: string[];
  deciders: string[];
  consulted: string[];
  informed: string[];
};

export type Tag = {label: string; permalink: string};

/** The normalized record of one design doc, independent of how it was written. */
export type DesignDocRecord = {
  /** Unique across the site: `pluginId/versionName/docId`. */
  key: string;
  docId: string;
  pluginId: string;
  versionName: string;
  /** Whether this is the docs instance's latest version (the portal default). */
  isLatestVersion: boolean;
  /** The docs plugin's description: the first paragraph, or front matter. */
  summary: string | null;
  permalink: string;
  /** Aliased source as the docs plugin names it: `@site/docs/adr/0001-x.md`. */
  source: string;
  /** Site-relative source path, used in every problem report. */
  file: string;
  type: string;
  number: number | null;
  title: string;
  /** Canonical status id when known, else the text as written (lower-cased). */
  status: string | null;
  /** What the author wrote beside the status word (`proposed. **Parked until Q3.**`), as text. */
  statusNote: string | null;
  date: string | null;
  /**
   * The day the doc entered its current status: front matter
   * `status-date`, else, for a doc in review, the last commit that set its
   * status line (git history, read at build time); null when neither says.
   */
  statusDate: string | null;
  reviewBy: string | null;
  /** The document's own version (`**Version**: 1.2`), as written. */
  version: string | null;
  people: People;
  tags: Tag[];
  relations: DeclaredRelation[];
  decisions: Decision[];
  risks: Risk[];
  requirements: Requirement[];
  openQuestions: string[];
  revisions: Revision[];
  checklist: ChecklistItem[];
  feedback: Feedback[];
  /** The body's section headings (depth 2 and 3), in order; empty for a doc without a body reading. */
  sections: DocSection[];
  /** Milliseconds since epoch, from the docs plugin's last-update data. */
  lastUpdatedAt: number | null;
  /** Front-matter keys this plugin does not know, kept for swizzled components. */
  extra: Record<string, unknown>;
  /**
   * Set on a record another site published (federation): read-only, with
   * no page here. Its `key` is qualified (`payments:default/current/adr/0003`),
   * its `permalink` the absolute URL of its page on its own site, and its
   * `file` the path in that site's repository.
   */
  remote?: RemoteOrigin;
};

/** Where a remote record comes from, and what its own site says of it. */
export type RemoteOrigin = {
  /** The federation source's name: `payments`. */
  site: string;
  /** Its label, as the site column shows it: `Payments`. */
  siteLabel: string;
  /** Its reference on its own site (`ADR-0003`), by that site's prefixes. */
  reference: string | null;
  /** Its status's label on its own site. */
  statusLabel: string | null;
  /** Its readiness as its own site's review rules judge it. */
  readiness: ReviewReadiness;
  /**
   * Whether its own site's review queue lists it: that site's statuses
   * decide, not the hub's, which may not know them. `null` when the export
   * does not say (a record a hub re-exported), so the hub's statuses decide.
   */
  inReview: boolean | null;
};

/** Open feedback, by category. */
export type FeedbackCounts = Record<FeedbackCategory, number>;

/** What stops a doc from leaving review, in the order the header's readiness line names it. */
export type ReadinessBlocker = 'checklist' | 'critical-feedback' | 'sections';

/** One entry that lacks what its type's review rules ask for: a risk without an owner. */
export type ReviewFinding = {
  rule: keyof ReviewRules;
  /** What a reader sees: `Risk "Vendor lock-in" has no owner`. */
  message: string;
  /** Where on the doc's page the entry is. */
  anchor: Anchor;
};

/**
 * Whether a doc is ready for its review to end, a pure function of its
 * record and its type's review definition (review/readiness.ts): its
 * validation checklist, its open feedback, the sections its type asks
 * for and the checks on its entries.
 */
export type ReviewReadiness = {
  /** Nothing blocks: every checklist item ticked, no critical feedback open, no required section missing. */
  ready: boolean;
  blockers: ReadinessBlocker[];
  checklist: {done: number; total: number; open: string[]};
  feedback: {total: number; open: FeedbackCounts; openItems: Feedback[]};
  sections: {required: number; missing: string[]};
  findings: ReviewFinding[];
};

/** A relation after its target was found, in both directions. */
export type ResolvedRelation = {
  kind: RelationKind;
  /** Key of the other doc. */
  target: string;
  /** True when only the other doc declared it. */
  inferred: boolean;
};

export type DesignDocModel = {
  /** This site's own records: each has a page here. */
  docs: DesignDocRecord[];
  /** Other sites' records (federation), read-only; `byKey` and `relations` hold them too. */
  remoteDocs: DesignDocRecord[];
  byKey: Map<string, DesignDocRecord>;
  relations: Map<string, ResolvedRelation[]>;
  problems: Problem[];
  /**
   * Qualified references (`payments:ADR-0003`) of this site's docs that no
   * record here answers, by identity of the declared relation: design-docs.json
   * keeps them, so that a hub federating this site can follow them.
   */
  openReferences?: Set<DeclaredRelation>;
};

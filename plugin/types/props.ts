/**
 * What the theme receives: the data merged into a design-doc page's
 * metadata, the props of each generated portal page and embed (one data
 * module each, written with createData), and the status catalog behind a
 * hand-written `<StatusBadge/>`. Every value is a plain serializable
 * object. design-docs.d.ts declares the `@theme/*` components with these
 * (through `docusaurus-plugin-design-docs/client`), and the package's main
 * entry exports them by name.
 */
import type {ScoreBand, StatusTone} from './options';
import type {Anchor, ChecklistItem, Feedback, FeedbackCounts, People, ReadinessBlocker, RelationKind, Requirement, ReviewReadiness, Tag} from './model';

/** A reference to another doc, as a page shows it. */
export type DocLinkProps = {
  title: string;
  permalink: string;
  reference: string | null;
  status: StatusBadgeData | null;
  /** The docs instance the doc is in, unless it is `default`: registers that list several name and filter by it. */
  docsInstance?: string;
  /**
   * The other site the doc is on (federation): `permalink` is then the
   * absolute URL of its page there, and a link to it is marked external.
   */
  site?: SiteProps;
};

/** A site of a federated portal, as readers see it: its name (the URL's `site=` value) and label. */
export type SiteProps = {name: string; label: string};

/**
 * The sites a register's rows come from, when another site contributes
 * any: the portal's own first. A register then names each row's site and
 * can filter by it.
 */
export type SitesProps = {sites?: SiteProps[]};

export type StatusBadgeData = {
  id: string;
  label: string;
  tone: StatusTone;
};

/** What a design-doc page receives, merged into its docs metadata. */
export type DesignDocPageData = {
  type: {id: string; label: string; known: boolean};
  reference: string | null;
  number: number | null;
  title: string;
  status: StatusBadgeData | null;
  /** What the record says beside its status word, shown next to the badge. */
  statusNote: string | null;
  date: string | null;
  reviewBy: string | null;
  version: string | null;
  people: {role: keyof People; names: string[]}[];
  /** Progress of the validation checklist, when the doc has one. */
  checklist: {done: number; total: number} | null;
  /** The doc's review readiness, for the header's readiness line and panel; null when it has nothing to show. */
  review: DocReviewProps | null;
  tags: Tag[];
  lastUpdatedAt: number | null;
  relations: {kind: RelationKind; docs: DocLinkProps[]}[];
  banner: {status: StatusBadgeData; successors: DocLinkProps[]} | null;
  extra: Record<string, unknown>;
};

/**
 * Where a doc's review stands: its readiness and everything the readiness
 * panel lists. Given for an active doc that has review data (a checklist,
 * feedback, findings) or sections its type requires, except a doc past
 * review with nothing open or missing.
 */
export type DocReviewProps = {
  /** In a status with `review: true`: waiting for its reviewers. */
  inReview: boolean;
  /** In an approved-like status: what is still open is held against it (the approval gate). */
  approved: boolean;
  readiness: ReviewReadiness;
  /** Every item of the validation checklist, ticked or not. */
  checklist: ChecklistItem[];
  /** Every feedback item, resolved or not, in the order written. */
  feedback: Feedback[];
};

// ---------------------------------------------------------------------------
// Props of the generated portal pages. Each page receives exactly one of
// these, written with createData for that route alone.

export type DocRow = {
  reference: string | null;
  number: number | null;
  title: string;
  permalink: string;
  type: string;
  status: StatusBadgeData | null;
  date: string | null;
  /** Everyone named on the doc, deduplicated, for the person filter. */
  people: string[];
  tags: string[];
  summary: string | null;
  /**
   * The docs plugin instance (`platform`; `default` for the main docs),
   * given only on an index that spans more than one instance, where
   * `ADR-0001` alone would be ambiguous.
   */
  instance?: string;
  /** The other site the doc is on (federation); `permalink` is then absolute. */
  site?: SiteProps;
};

export type StatusCount = {status: StatusBadgeData; count: number};

export type TypeIndexProps = {
  type: {id: string; label: string; prefix: string};
  rows: DocRow[];
  statuses: StatusCount[];
} & SitesProps;

export type DecisionEntry = {
  title: string;
  chosen: string | null;
  alternatives: string[];
  rationale: string | null;
  tradeoffs: string | null;
  /** Heading id of the decision on its doc's page. */
  anchor: Anchor;
  /** The decision's own status, else its doc's. */
  status: StatusBadgeData | null;
  date: string | null;
  source: DocLinkProps;
};

/** The docs instances a register's rows come from, when there are several. */
export type DocsInstancesProps = {docsInstances?: string[]};

export type DecisionLogProps = {decisions: DecisionEntry[]} & DocsInstancesProps & SitesProps;

export type ScaleLevelProps = {id: string; label: string; value: number};

export type RiskEntry = {
  id: string | null;
  title: string;
  likelihood: ScaleLevelProps | null;
  impact: ScaleLevelProps | null;
  score: number | null;
  band: ScoreBand | null;
  mitigation: string | null;
  owner: string | null;
  status: string | null;
  anchor: Anchor;
  source: DocLinkProps;
};

export type RiskRegisterProps = {
  likelihood: ScaleLevelProps[];
  impact: ScaleLevelProps[];
  bands: ScoreBand[];
  risks: RiskEntry[];
} & DocsInstancesProps & SitesProps;

export type RequirementEntry = Requirement & {source: DocLinkProps};

export type RequirementsProps = {requirements: RequirementEntry[]} & DocsInstancesProps & SitesProps;

/** A doc waiting for its reviewers, as the review queue lists it. */
export type ReviewQueueEntry = {
  doc: DocLinkProps;
  reviewers: string[];
  /** The day its review began: the status date, else the doc's date, else its last update. */
  since: string | null;
  daysInReview: number | null;
  ready: boolean;
  /** What stops it, when it is not ready. */
  blockers: ReadinessBlocker[];
  checklist: {done: number; total: number};
  openFeedback: FeedbackCounts;
};

/**
 * A choice of the review queue's reviewer filter: a reviewer's name, and
 * the entries (their indexes in the queue) it stands for, which include
 * those naming the reviewer at more length (`Mei Chen` stands for
 * `Principal Engineer Mei Chen`).
 */
export type ReviewerChoice = {name: string; entries: number[]};

/** `::review-queue`: docs waiting for review, ready first, with the reviewers to filter by. */
export type ReviewQueueProps = {entries: ReviewQueueEntry[]; reviewers: ReviewerChoice[]} & DocsInstancesProps & SitesProps;

/**
 * `<ReviewReadiness />`: the readiness of the doc it sits in, or of the one
 * it names. `doc` is null when there is no such doc (`requested` says
 * which was asked for); `review` is null when the doc has nothing to show.
 */
export type ReviewReadinessProps = {
  doc: DocLinkProps | null;
  review: DocReviewProps | null;
  requested: string | null;
  /** Whether the component sits on the doc's own page: its links then go to places on this page. */
  onOwnPage: boolean;
};

export type StaleEntry = {
  doc: DocLinkProps;
  reason: 'review-by' | 'not-updated';
  /** The review-by date, or the last update. */
  since: string;
  days: number;
};

export type DashboardProps = {
  counts: {type: {id: string; label: string}; total: number; statuses: StatusCount[]}[];
  reviewQueue: ReviewQueueEntry[];
  /** The review queue's reviewer filter. */
  reviewers: ReviewerChoice[];
  stale: StaleEntry[];
  staleAfterDays: number;
  openQuestions: {doc: DocLinkProps; questions: string[]}[];
  latestDecisions: DecisionEntry[];
  /** One summary per site, the portal's own first, when another site contributes (federation). */
  siteSummaries?: SiteSummary[];
} & DocsInstancesProps & SitesProps;

/** What the dashboard says of one site of a federated portal. */
export type SiteSummary = {
  site: SiteProps;
  total: number;
  /** Its docs by status, the most common first. */
  statuses: StatusCount[];
  /** Risks whose score falls in the scale's highest band, not closed. */
  openCriticalRisks: number;
  inReview: number;
  stale: number;
};

/** One mermaid flowchart: groups of connected docs, sized to draw within mermaid's limits. */
export type GraphDiagram = {
  /** Mermaid flowchart text; every user string in it is escaped. */
  mermaid: string;
  /** Docs and relations drawn. */
  docs: number;
  edges: number;
};

export type GraphProps = {
  /** Each doc of the page once; relations and the timeline name docs by their index here. */
  docs: DocLinkProps[];
  diagrams: GraphDiagram[];
  /** Relations the diagrams leave out to stay within mermaid's limits; the table lists them. */
  omitted: number;
  /** Whether the diagrams draw `related` relations (the `graph.related` option); the table always lists them. */
  drawsRelated: boolean;
  /** Every relation between two docs, each pair once, in its usual direction. */
  edges: [from: number, kind: RelationKind, to: number][];
  timeline: {date: string; doc: number}[];
};

/** One portal page in the navigation; `label` is the type's label for a type index, else null. */
export type PortalNavPage = {id: 'home' | 'type' | 'decisions' | 'risks' | 'requirements' | 'dashboard' | 'graph'; path: string; label: string | null};

/** Shared by every portal page: where the others are, for its navigation. */
export type PortalNavProps = {
  pages: PortalNavPage[];
};

/**
 * What the front door says of a page: how many entries it holds (docs of a
 * type index, decisions, risks, requirements, docs waiting for review on the
 * dashboard, relations in the graph), and for a type index its statuses.
 */
export type PortalPageSummary = {count: number; statuses: StatusCount[]};

/** The portal's front door, at `routeBasePath` itself: every other portal page with its summary. */
export type PortalHomeProps = {
  pages: (PortalNavPage & PortalPageSummary)[];
};

/**
 * Labels and tones of every type's statuses, for `<StatusBadge status="..."/>`
 * written by hand in MDX: `@generated/docusaurus-plugin-design-docs/status-catalog.json`.
 */
export type StatusCatalog = {
  types: {id: string; label: string; statuses: StatusBadgeData[]}[];
};

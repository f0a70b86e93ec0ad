/**
 * Public types of docusaurus-plugin-design-docs. Everything the plugin hands
 * to the client or to other tools is a plain serializable object of one of
 * these shapes.
 */

/** Colour family of a status badge; each tone meets WCAG AA in both modes. */
export type StatusTone =
  | 'neutral'
  | 'info'
  | 'success'
  | 'warning'
  | 'danger'
  | 'muted';

export type StatusDefinition = {
  /** Lower-case key as written in front matter, e.g. `accepted`. */
  id: string;
  label: string;
  tone: StatusTone;
  /** Whether a doc in this status is still in force or under way. */
  active: boolean;
  /** Shows the "no longer current" banner with a link to the successor. */
  banner: boolean;
  /** Waiting for reviewers: listed in the dashboard's review queue. */
  review: boolean;
  /** Other spellings accepted in front matter, compared case-insensitively. */
  aliases: string[];
};

export type DesignDocTypeDefinition = {
  /** Value of the `type:` front matter field, e.g. `adr`. */
  id: string;
  label: string;
  /** Prefix of a record's reference, `ADR` gives `ADR-0003`. */
  prefix: string;
  statuses: StatusDefinition[];
};

export type ScaleLevel = {
  id: string;
  label: string;
  /** 1-based rank used for scores: likelihood x impact. */
  value: number;
  aliases: string[];
};

/** Scores from `min` up to the next band's `min` share a label and tone. */
export type ScoreBand = {min: number; label: string; tone: StatusTone};

export type RiskScale = {
  likelihood: ScaleLevel[];
  impact: ScaleLevel[];
  bands: ScoreBand[];
};

/** Which docs versions the generated portal pages index. */
export type IndexedVersions = 'latest' | 'all';

export type OnInvalidDesignDoc = 'throw' | 'warn' | 'ignore';

export type PluginOptions = {
  id: string;
  types: DesignDocTypeDefinition[];
  onInvalidDesignDoc: OnInvalidDesignDoc;
  riskScale: RiskScale;
  /** Docs plugin instances to read; empty means all of them. */
  docsPluginIds: string[];
  /** URL segment of the generated portal pages: `/architecture/adr`. */
  routeBasePath: string;
  versions: IndexedVersions;
  /** A doc not updated for this many days counts as stale on the dashboard. */
  staleAfterDays: number;
  /**
   * Every doc under a folder of one of these names is a design doc of that
   * type, even without `type:`: `{adr: 'adr', design: 'design-doc'}`. The
   * deepest matching folder wins.
   */
  folderTypes: Record<string, string>;
  /** The ADR folders (kept for sites that set it; folded into `folderTypes`). */
  adrDirs: string[];
  /** Priority words (`P0`, `High`) and the MoSCoW priority each means. */
  priorityWords: Record<string, RequirementPriority>;
  /** The relationship graph: whether its diagrams draw `related` relations besides supersedes and amends. */
  graph: GraphOptions;
};

export type GraphOptions = {related: boolean};

export type TypeOptionInput = {
  label?: string;
  prefix?: string;
  statuses?: (Partial<StatusDefinition> & {id: string})[];
};

export type Options = {
  id?: string;
  types?: Record<string, TypeOptionInput>;
  onInvalidDesignDoc?: OnInvalidDesignDoc;
  riskScale?: Partial<RiskScale>;
  docsPluginIds?: string[];
  routeBasePath?: string;
  versions?: IndexedVersions;
  staleAfterDays?: number;
  /** Folder name to type id; `false` switches a built-in folder off. */
  folderTypes?: Record<string, string | false>;
  /** @deprecated Use `folderTypes`; still read: these folders hold ADRs. */
  adrDirs?: string[];
  priorityWords?: Record<string, RequirementPriority>;
  graph?: Partial<GraphOptions>;
};

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

export type RequirementPriority = 'must' | 'should' | 'could' | 'wont';
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
  extra: ExtraFields;
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
  /** Milliseconds since epoch, from the docs plugin's last-update data. */
  lastUpdatedAt: number | null;
  /** Front-matter keys this plugin does not know, kept for swizzled components. */
  extra: Record<string, unknown>;
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
  docs: DesignDocRecord[];
  byKey: Map<string, DesignDocRecord>;
  relations: Map<string, ResolvedRelation[]>;
  problems: Problem[];
};

/** A reference to another doc, as a page shows it. */
export type DocLinkProps = {
  title: string;
  permalink: string;
  reference: string | null;
  status: StatusBadgeData | null;
  /** The docs instance the doc is in, unless it is `default`: registers that list several name and filter by it. */
  docsInstance?: string;
};

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
  tags: Tag[];
  lastUpdatedAt: number | null;
  relations: {kind: RelationKind; docs: DocLinkProps[]}[];
  banner: {status: StatusBadgeData; successors: DocLinkProps[]} | null;
  extra: Record<string, unknown>;
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
};

export type StatusCount = {status: StatusBadgeData; count: number};

export type TypeIndexProps = {
  type: {id: string; label: string; prefix: string};
  rows: DocRow[];
  statuses: StatusCount[];
};

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

export type DecisionLogProps = {decisions: DecisionEntry[]} & DocsInstancesProps;

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
} & DocsInstancesProps;

export type RequirementEntry = Requirement & {source: DocLinkProps};

export type RequirementsProps = {requirements: RequirementEntry[]} & DocsInstancesProps;

export type ReviewQueueEntry = {doc: DocLinkProps; reviewers: string[]; since: string | null; daysWaiting: number | null};

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
  stale: StaleEntry[];
  staleAfterDays: number;
  openQuestions: {doc: DocLinkProps; questions: string[]}[];
  latestDecisions: DecisionEntry[];
} & DocsInstancesProps;

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

/**
 * What a site writes in its Docusaurus config (`Options`) and what the
 * plugin works with once they are validated and defaulted
 * (`PluginOptions`): the types, statuses, tones, risk scale and priority
 * words the records and the pages are written in. Public: the package's
 * main entry exports each type here by name (index.ts at the package root).
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
  /**
   * Approved-like: a doc may enter it only when its checklist is ticked
   * and no critical feedback is open (the approval gate).
   */
  approved: boolean;
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
  /** What a doc of this type needs before review can end: its sections and the checks on its entries. */
  review: ReviewDefinition;
};

/** A section a doc of a type should have, found by its heading's words or by what the body reader makes of it. */
export type RequiredSection = {
  label: string;
  /** Heading names that count, compared without case, numbering or punctuation: `security design`. */
  aliases: string[];
  /** A kind of section the body reader recognizes (`risks`, `open-questions`), which counts whatever its words. */
  kinds: string[];
};

/** The checks on a doc's entries, each on or off per type. */
export type ReviewRules = {
  /** Every non-functional requirement states its target. */
  nfrTargets: boolean;
  /** Every risk has a mitigation. */
  riskMitigations: boolean;
  /** Every risk has an owner. */
  riskOwners: boolean;
  /** Every decision names the alternatives it was chosen over. */
  decisionAlternatives: boolean;
  /** Every decision gives its rationale. */
  decisionRationales: boolean;
  /** A doc in review names its reviewers. */
  reviewers: boolean;
};

export type ReviewDefinition = {
  sections: RequiredSection[];
  rules: ReviewRules;
};

/** What approving a doc that is not ready does: a warning, an error, or nothing. */
export type ApprovalGate = 'warn' | 'error' | 'off';

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

/** MoSCoW priority of a requirement; `priorityWords` maps a site's own words to these. */
export type RequirementPriority = 'must' | 'should' | 'could' | 'wont';

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
  /** A doc in an approved-like status with unticked checklist items or open critical feedback: warn, fail the build, or say nothing. */
  approvalGate: ApprovalGate;
};

export type GraphOptions = {related: boolean};

/** A required section as a site writes it: its label alone, or with the headings that count. */
export type RequiredSectionInput = string | {label: string; aliases?: string[]; kinds?: string[]};

export type TypeOptionInput = {
  label?: string;
  prefix?: string;
  statuses?: (Partial<StatusDefinition> & {id: string})[];
  /** Replaces the type's required sections, and switches single checks on or off. */
  review?: {sections?: RequiredSectionInput[]; rules?: Partial<ReviewRules>};
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
  approvalGate?: ApprovalGate;
};

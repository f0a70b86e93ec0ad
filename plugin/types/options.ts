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
  /** Other sites whose `design-docs.json` this portal lists beside its own records. */
  federation: FederationOptions;
  /** A federation source that cannot be read or does not match the schema: warn and go on (with its last good copy), or fail the build. */
  onFederationError: OnFederationError;
};

export type OnFederationError = 'warn' | 'throw';

/** One other site whose records the portal lists: read from its `design-docs.json`. */
export type FederationSource = {
  /** How qualified references name the site (`payments:ADR-0003`), and the site filter's URL value. */
  name: string;
  /** What readers see in the site column and filter: `Payments`. */
  label: string;
  /**
   * Where its export is: a path (relative to the site directory), a glob
   * (a monorepo's `packages/* /build/design-docs.json`; each file found is
   * read, all under this one source) or an `https://` URL.
   */
  export: string;
  /** The site's own address: every link to one of its records must lie under it. */
  siteUrl: string;
};

export type FederationOptions = {
  sources: FederationSource[];
  /**
   * This site's own name, as other sites' qualified references write it
   * (`hub:ADR-0001`) and as the site filter calls the local records; and
   * their label there (default: the site's title).
   */
  name: string;
  label: string | null;
  /** Whether this site's `design-docs.json` also lists the remote records, so that hubs can be layered. */
  reexport: boolean;
  /** Use cached copies of URL sources only, never the network (also `DESIGN_DOCS_OFFLINE=1`, or `--offline` on the CLI). */
  offline: boolean;
  /** How long one URL source may take, in milliseconds. */
  timeout: number;
  /** The largest export read, in bytes; a larger one is refused. */
  maxBytes: number;
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
  federation?: Partial<Omit<FederationOptions, 'sources'>> & {sources?: FederationSource[]};
  onFederationError?: OnFederationError;
};

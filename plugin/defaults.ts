import type {
  DesignDocTypeDefinition,
  FederationOptions,
  RequiredSection,
  RequirementPriority,
  ReviewDefinition,
  ReviewRules,
  RiskScale,
  StatusDefinition,
  StatusTone,
} from './types/options';

/** Federation off: no other site's records, and the limits a source is read within. */
export const DEFAULT_FEDERATION: FederationOptions = {
  sources: [],
  name: 'local',
  label: null,
  reexport: false,
  offline: false,
  timeout: 10_000,
  maxBytes: 50 * 1024 * 1024,
};

/** The statuses that end a review, whatever the type: the approval gate's default. */
export const APPROVED_STATUS_IDS = ['approved', 'implemented', 'accepted', 'final'];

function status(
  id: string,
  label: string,
  tone: StatusTone,
  {active = true, banner = false, review = false, aliases = [] as string[]} = {},
): StatusDefinition {
  return {id, label, tone, active, banner, review, approved: APPROVED_STATUS_IDS.includes(id), aliases};
}

function section(label: string, aliases: string[], kinds: string[] = []): RequiredSection {
  return {label, aliases: [label.toLowerCase(), ...aliases], kinds};
}

export const ALL_REVIEW_RULES: ReviewRules = {
  nfrTargets: true,
  riskMitigations: true,
  riskOwners: true,
  decisionAlternatives: true,
  decisionRationales: true,
  reviewers: true,
};

/**
 * The design-doc template's sections (the seed's "Design Document
 * Template"), each found by the headings real documents write for it.
 */
const DESIGN_DOC_REVIEW: ReviewDefinition = {
  sections: [
    section('Executive summary', ['summary', 'overview', 'tl dr', 'tldr', 'abstract']),
    section('Functional requirements', [], ['functional-requirements']),
    section('Non-functional requirements', ['quality attributes'], ['non-functional-requirements']),
    section('Architecture', ['high level architecture', 'high level design', 'system architecture', 'architecture overview', 'system design', 'solution architecture', 'proposed architecture', 'proposed design']),
    section('Data design', ['data model', 'data models', 'data architecture', 'data', 'schema', 'storage']),
    section('API design', ['api', 'apis', 'api contracts', 'interfaces', 'api and interfaces', 'interface design']),
    section('Security', ['security design', 'security considerations', 'security architecture', 'security and privacy', 'privacy and security', 'threat model']),
    section('Observability', ['monitoring', 'monitoring and alerting', 'observability and monitoring', 'logging and monitoring', 'telemetry']),
    section('Trade-offs and decisions', ['trade offs', 'tradeoffs', 'decisions', 'design decisions', 'key decisions', 'trade offs and design decisions'], ['decisions']),
    section('Risks', ['risks and mitigation', 'risks and mitigations', 'risk register'], ['risks']),
    section('Open questions', ['questions', 'unresolved questions'], ['open-questions']),
    section('Revision history', ['revisions', 'change log', 'changelog', 'document history', 'version history'], ['revisions']),
  ],
  rules: ALL_REVIEW_RULES,
};

/** Nygard's three sections, under MADR's names too; an ADR's one decision has no alternatives table to check. */
const ADR_REVIEW: ReviewDefinition = {
  sections: [
    section('Context', ['context and problem statement', 'problem statement', 'background']),
    section('Decision', ['decision outcome', 'decisions', 'the decision']),
    section('Consequences', ['positive consequences', 'negative consequences', 'implications']),
  ],
  rules: {...ALL_REVIEW_RULES, decisionAlternatives: false, decisionRationales: false},
};

/** The sections of the Rust, React and Python RFC templates. */
const RFC_REVIEW: ReviewDefinition = {
  sections: [
    section('Summary', ['abstract', 'tl dr', 'tldr']),
    section('Motivation', ['rationale', 'background', 'problem statement']),
    section('Detailed design', ['design', 'proposal', 'specification', 'guide level explanation', 'reference level explanation']),
    section('Drawbacks', ['downsides', 'cons']),
    section('Alternatives', ['rationale and alternatives', 'alternatives considered', 'alternative designs']),
    section('Unresolved questions', ['open questions', 'questions'], ['open-questions']),
  ],
  rules: ALL_REVIEW_RULES,
};

/** A type a site declares itself: no sections required until it lists them. */
export const CUSTOM_TYPE_REVIEW: ReviewDefinition = {sections: [], rules: ALL_REVIEW_RULES};

/**
 * Built-in lifecycles. The design-doc one starts with the template's words
 * (Draft | Review | Approved), so a document written from the template
 * validates without configuration.
 */
export const DEFAULT_TYPES: DesignDocTypeDefinition[] = [
  {
    id: 'adr',
    label: 'ADR',
    prefix: 'ADR',
    statuses: [
      // log4brains writes `draft` for a record still being written; real
      // folders also say pending, review, approved (docs: statuses).
      status('proposed', 'Proposed', 'info', {
        review: true,
        aliases: ['draft', 'pending', 'pending review', 'review', 'in review', 'in-review', 'under review'],
      }),
      status('accepted', 'Accepted', 'success', {aliases: ['approved', 'decided', 'agreed']}),
      status('rejected', 'Rejected', 'danger', {active: false, banner: true}),
      status('deprecated', 'Deprecated', 'warning', {active: false, banner: true}),
      status('superseded', 'Superseded', 'muted', {active: false, banner: true, aliases: ['partly superseded', 'partially superseded']}),
    ],
    review: ADR_REVIEW,
  },
  {
    id: 'design-doc',
    label: 'Design doc',
    prefix: 'DD',
    statuses: [
      status('draft', 'Draft', 'neutral'),
      status('review', 'In review', 'info', {
        review: true,
        aliases: ['in review', 'in-review', 'under review', 'reviewing'],
      }),
      status('approved', 'Approved', 'success'),
      status('implemented', 'Implemented', 'success', {aliases: ['done']}),
      status('obsolete', 'Obsolete', 'muted', {active: false, banner: true}),
    ],
    review: DESIGN_DOC_REVIEW,
  },
  {
    id: 'rfc',
    label: 'RFC',
    prefix: 'RFC',
    statuses: [
      status('draft', 'Draft', 'neutral'),
      status('discussion', 'Discussion', 'info', {review: true, aliases: ['in discussion', 'open']}),
      status('final-comment', 'Final comment', 'warning', {
        review: true,
        aliases: ['final comment', 'final-comment-period', 'fcp'],
      }),
      status('accepted', 'Accepted', 'success'),
      status('rejected', 'Rejected', 'danger', {active: false, banner: true}),
      status('postponed', 'Postponed', 'muted', {active: false}),
      status('withdrawn', 'Withdrawn', 'muted', {active: false, banner: true}),
    ],
    review: RFC_REVIEW,
  },
];

function level(id: string, label: string, value: number, aliases: string[]) {
  return {id, label, value, aliases};
}

/**
 * Five levels each way, so the template's Low / Medium / High / Critical and
 * the common risk-matrix words (rare, likely, major, ...) all land on it.
 */
export const DEFAULT_RISK_SCALE: RiskScale = {
  likelihood: [
    level('very-low', 'Very low', 1, ['rare', 'very unlikely', 'remote']),
    level('low', 'Low', 2, ['unlikely']),
    level('medium', 'Medium', 3, ['possible', 'moderate', 'med']),
    level('high', 'High', 4, ['likely', 'probable']),
    level('very-high', 'Very high', 5, ['almost certain', 'certain', 'very likely']),
  ],
  impact: [
    level('negligible', 'Negligible', 1, ['very low', 'insignificant', 'trivial']),
    level('low', 'Low', 2, ['minor']),
    level('medium', 'Medium', 3, ['moderate', 'med']),
    level('high', 'High', 4, ['major', 'severe', 'significant']),
    level('critical', 'Critical', 5, ['very high', 'catastrophic', 'extreme']),
  ],
  bands: [
    {min: 1, label: 'Low', tone: 'success'},
    {min: 5, label: 'Medium', tone: 'warning'},
    {min: 10, label: 'High', tone: 'danger'},
    {min: 17, label: 'Critical', tone: 'danger'},
  ],
};

/**
 * Priority words that are not MoSCoW, and what they mean. Must, Should,
 * Could and Won't Have are always read; a site changes or adds words with
 * the `priorityWords` option.
 */
export const DEFAULT_PRIORITY_WORDS: Record<string, RequirementPriority> = {
  P0: 'must',
  P1: 'should',
  P2: 'could',
  P3: 'wont',
  High: 'must',
  Medium: 'should',
  Low: 'could',
};

/**
 * Folders whose docs are design docs of a type without `type:` in their
 * front matter. The `adrDirs` option replaces the ADR entries.
 */
export const DEFAULT_FOLDER_TYPES: Record<string, string> = {
  adr: 'adr',
  adrs: 'adr',
  decisions: 'adr',
  // Other names real ADR folders go by.
  'adr-log': 'adr',
  adl: 'adr',
  'architecture-decisions': 'adr',
  'architecture-decision-record': 'adr',
  'architecture-decision-records': 'adr',
  'decision-records': 'adr',
  design: 'design-doc',
  designs: 'design-doc',
  'design-docs': 'design-doc',
};

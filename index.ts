/**
 * The package's main entry (`lib/index.js`, `lib/index.d.ts`): the plugin
 * function itself as `module.exports`, so that `require`, `import` and
 * Docusaurus' own loader all get it (ADR-0026), with `validateOptions`,
 * `getSwizzleConfig` and `PLUGIN_NAME` on it and the public types in its
 * namespace: the options (plugin/types/options.ts), the design-docs.json
 * output (output.ts), the page props (props.ts) and the record types they
 * are written in (model.ts). The model itself (`DesignDocModel`, with its
 * Maps) stays internal. The `@theme/*` modules are declared in
 * design-docs.d.ts, which the build references from lib/index.d.ts
 * (scripts/build.mjs says why it cannot be referenced here).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import plugin, {PLUGIN_NAME as NAME} from './plugin/index';
import {validateOptions as validate} from './plugin/options';
import {getSwizzleConfig as swizzleConfig} from './plugin/swizzle';
import type * as OptionTypes from './plugin/types/options';
import type * as ModelTypes from './plugin/types/model';
import type * as OutputTypes from './plugin/types/output';
import type * as PropTypes from './plugin/types/props';

function pluginDesignDocs(context: LoadContext, options: OptionTypes.PluginOptions): Plugin<void> {
  return plugin(context, options);
}
pluginDesignDocs.default = pluginDesignDocs;
pluginDesignDocs.validateOptions = validate;
pluginDesignDocs.getSwizzleConfig = swizzleConfig;
// The literal type, not `string`.
pluginDesignDocs.PLUGIN_NAME = NAME as typeof NAME;

// The public types, by name: test/unit/typeContract.test.ts checks that this
// list names every type of options.ts, output.ts and props.ts, and every
// record type of model.ts.
declare namespace pluginDesignDocs {
  // What a site writes, and what the plugin makes of it.
  export type Options = OptionTypes.Options;
  export type PluginOptions = OptionTypes.PluginOptions;
  export type TypeOptionInput = OptionTypes.TypeOptionInput;
  export type StatusTone = OptionTypes.StatusTone;
  export type StatusDefinition = OptionTypes.StatusDefinition;
  export type DesignDocTypeDefinition = OptionTypes.DesignDocTypeDefinition;
  export type ScaleLevel = OptionTypes.ScaleLevel;
  export type ScoreBand = OptionTypes.ScoreBand;
  export type RiskScale = OptionTypes.RiskScale;
  export type IndexedVersions = OptionTypes.IndexedVersions;
  export type OnInvalidDesignDoc = OptionTypes.OnInvalidDesignDoc;
  export type RequirementPriority = OptionTypes.RequirementPriority;
  export type GraphOptions = OptionTypes.GraphOptions;
  export type ApprovalGate = OptionTypes.ApprovalGate;
  export type RequiredSection = OptionTypes.RequiredSection;
  export type RequiredSectionInput = OptionTypes.RequiredSectionInput;
  export type ReviewDefinition = OptionTypes.ReviewDefinition;
  export type ReviewRules = OptionTypes.ReviewRules;
  export type FederationOptions = OptionTypes.FederationOptions;
  export type FederationSource = OptionTypes.FederationSource;
  export type OnFederationError = OptionTypes.OnFederationError;

  // The records, and the problems found in them.
  export type DesignDocRecord = ModelTypes.DesignDocRecord;
  export type People = ModelTypes.People;
  export type Tag = ModelTypes.Tag;
  export type RelationKind = ModelTypes.RelationKind;
  export type DeclaredRelation = ModelTypes.DeclaredRelation;
  export type Anchor = ModelTypes.Anchor;
  export type ExtraFields = ModelTypes.ExtraFields;
  export type Decision = ModelTypes.Decision;
  export type Risk = ModelTypes.Risk;
  export type Requirement = ModelTypes.Requirement;
  export type Feedback = ModelTypes.Feedback;
  export type FeedbackCategory = ModelTypes.FeedbackCategory;
  export type DocSection = ModelTypes.DocSection;
  export type FeedbackCounts = ModelTypes.FeedbackCounts;
  export type ReadinessBlocker = ModelTypes.ReadinessBlocker;
  export type ReviewFinding = ModelTypes.ReviewFinding;
  export type ReviewReadiness = ModelTypes.ReviewReadiness;
  export type RequirementKind = ModelTypes.RequirementKind;
  export type Revision = ModelTypes.Revision;
  export type ChecklistItem = ModelTypes.ChecklistItem;
  export type Problem = ModelTypes.Problem;
  export type ProblemSeverity = ModelTypes.ProblemSeverity;
  export type RemoteOrigin = ModelTypes.RemoteOrigin;

  // design-docs.json.
  export type DesignDocsJson = OutputTypes.DesignDocsJson;
  export type DesignDocsJsonDoc = OutputTypes.DesignDocsJsonDoc;
  export type DesignDocsJsonRelation = OutputTypes.DesignDocsJsonRelation;
  export type DesignDocsJsonReviewEntry = OutputTypes.DesignDocsJsonReviewEntry;

  // What the theme receives.
  export type DesignDocPageData = PropTypes.DesignDocPageData;
  export type StatusBadgeData = PropTypes.StatusBadgeData;
  export type DocLinkProps = PropTypes.DocLinkProps;
  export type StatusCatalog = PropTypes.StatusCatalog;
  export type PortalNavPage = PropTypes.PortalNavPage;
  export type PortalNavProps = PropTypes.PortalNavProps;
  export type PortalPageSummary = PropTypes.PortalPageSummary;
  export type PortalHomeProps = PropTypes.PortalHomeProps;
  export type DocRow = PropTypes.DocRow;
  export type StatusCount = PropTypes.StatusCount;
  export type TypeIndexProps = PropTypes.TypeIndexProps;
  export type DocsInstancesProps = PropTypes.DocsInstancesProps;
  export type DecisionEntry = PropTypes.DecisionEntry;
  export type DecisionLogProps = PropTypes.DecisionLogProps;
  export type ScaleLevelProps = PropTypes.ScaleLevelProps;
  export type RiskEntry = PropTypes.RiskEntry;
  export type RiskRegisterProps = PropTypes.RiskRegisterProps;
  export type RequirementEntry = PropTypes.RequirementEntry;
  export type RequirementsProps = PropTypes.RequirementsProps;
  export type ReviewQueueEntry = PropTypes.ReviewQueueEntry;
  export type ReviewerChoice = PropTypes.ReviewerChoice;
  export type ReviewQueueProps = PropTypes.ReviewQueueProps;
  export type DocReviewProps = PropTypes.DocReviewProps;
  export type ReviewReadinessProps = PropTypes.ReviewReadinessProps;
  export type StaleEntry = PropTypes.StaleEntry;
  export type DashboardProps = PropTypes.DashboardProps;
  export type GraphDiagram = PropTypes.GraphDiagram;
  export type GraphProps = PropTypes.GraphProps;
  export type SiteProps = PropTypes.SiteProps;
  export type SitesProps = PropTypes.SitesProps;
  export type SiteSummary = PropTypes.SiteSummary;
}

export = pluginDesignDocs;

// Node's `import` of a CommonJS module finds its named exports in
// `module.exports.name = ...` statements (cjs-module-lexer), not in the
// assignments above. TypeScript writes `module.exports = pluginDesignDocs`
// after these lines, so they change nothing at run time: they only name
// the exports for Node. arethetypeswrong (`npm run lint:package`, the pack
// test) reports a name missing here.
module.exports.default = pluginDesignDocs.default;
module.exports.validateOptions = pluginDesignDocs.validateOptions;
module.exports.getSwizzleConfig = pluginDesignDocs.getSwizzleConfig;
module.exports.PLUGIN_NAME = pluginDesignDocs.PLUGIN_NAME;

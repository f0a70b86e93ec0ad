/**
 * The package's main entry (`lib/index.js`, `lib/index.d.ts`): the plugin
 * function itself as `module.exports`, so that `require`, `import` and
 * Docusaurus' own loader all get it (ADR-0026), with `validateOptions`,
 * `getSwizzleConfig` and `PLUGIN_NAME` on it and the public types in its
 * namespace (plugin/types.ts).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import plugin, {PLUGIN_NAME as NAME} from './plugin/index';
import {validateOptions as validate} from './plugin/options';
import {getSwizzleConfig as swizzleConfig} from './plugin/swizzle';
import type * as Types from './plugin/types';

function pluginDesignDocs(context: LoadContext, options: Types.PluginOptions): Plugin<void> {
  return plugin(context, options);
}
pluginDesignDocs.default = pluginDesignDocs;
pluginDesignDocs.validateOptions = validate;
pluginDesignDocs.getSwizzleConfig = swizzleConfig;
// The literal type, not `string`.
pluginDesignDocs.PLUGIN_NAME = NAME as typeof NAME;

// The public types, by name.
declare namespace pluginDesignDocs {
  export type StatusTone = Types.StatusTone;
  export type StatusDefinition = Types.StatusDefinition;
  export type DesignDocTypeDefinition = Types.DesignDocTypeDefinition;
  export type ScaleLevel = Types.ScaleLevel;
  export type ScoreBand = Types.ScoreBand;
  export type RiskScale = Types.RiskScale;
  export type IndexedVersions = Types.IndexedVersions;
  export type OnInvalidDesignDoc = Types.OnInvalidDesignDoc;
  export type PluginOptions = Types.PluginOptions;
  export type GraphOptions = Types.GraphOptions;
  export type TypeOptionInput = Types.TypeOptionInput;
  export type Options = Types.Options;
  export type ProblemSeverity = Types.ProblemSeverity;
  export type Problem = Types.Problem;
  export type RelationKind = Types.RelationKind;
  export type DeclaredRelation = Types.DeclaredRelation;
  export type Anchor = Types.Anchor;
  export type ExtraFields = Types.ExtraFields;
  export type Decision = Types.Decision;
  export type Risk = Types.Risk;
  export type RequirementPriority = Types.RequirementPriority;
  export type RequirementKind = Types.RequirementKind;
  export type Requirement = Types.Requirement;
  export type Revision = Types.Revision;
  export type ChecklistItem = Types.ChecklistItem;
  export type People = Types.People;
  export type Tag = Types.Tag;
  export type DesignDocRecord = Types.DesignDocRecord;
  export type ResolvedRelation = Types.ResolvedRelation;
  export type DesignDocModel = Types.DesignDocModel;
  export type DocLinkProps = Types.DocLinkProps;
  export type StatusBadgeData = Types.StatusBadgeData;
  export type DesignDocPageData = Types.DesignDocPageData;
  export type DocRow = Types.DocRow;
  export type StatusCount = Types.StatusCount;
  export type TypeIndexProps = Types.TypeIndexProps;
  export type DecisionEntry = Types.DecisionEntry;
  export type DocsInstancesProps = Types.DocsInstancesProps;
  export type DecisionLogProps = Types.DecisionLogProps;
  export type ScaleLevelProps = Types.ScaleLevelProps;
  export type RiskEntry = Types.RiskEntry;
  export type RiskRegisterProps = Types.RiskRegisterProps;
  export type RequirementEntry = Types.RequirementEntry;
  export type RequirementsProps = Types.RequirementsProps;
  export type ReviewQueueEntry = Types.ReviewQueueEntry;
  export type StaleEntry = Types.StaleEntry;
  export type DashboardProps = Types.DashboardProps;
  export type GraphDiagram = Types.GraphDiagram;
  export type GraphProps = Types.GraphProps;
  export type PortalNavPage = Types.PortalNavPage;
  export type PortalNavProps = Types.PortalNavProps;
  export type PortalPageSummary = Types.PortalPageSummary;
  export type PortalHomeProps = Types.PortalHomeProps;
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

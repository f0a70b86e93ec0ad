// Re-exports only: with `"sideEffects": false` in lib/client/package.json
// (scripts/build.mjs), a bundle takes just the modules whose exports it
// uses, so the doc-page wrapper that asks for useDesignDoc does not carry
// the status catalog to every page.
export type {
  DesignDocPageData,
  StatusBadgeData,
  DocLinkProps,
  StatusTone,
} from '../plugin/types.js';

export {useDesignDoc} from './useDesignDoc.js';
export {findStatusBadge} from './findStatusBadge.js';
export {scopedParams, useQueryState, type QueryChanges} from './useQueryState.js';
export {countByStatus, statusesByUse, withStatuses} from './statusFilters.js';
export {useQueryText, QUERY_TEXT_DELAY_MS, type QueryText, type QueryTextOptions} from './useQueryText.js';
export {useDocsInstanceFilter, type DocsInstanceFilter} from './docsInstanceFilter.js';
export type {
  DocRow,
  TypeIndexProps,
  DecisionEntry,
  DecisionLogProps,
  RiskEntry,
  RiskRegisterProps,
  ScaleLevelProps,
  ScoreBand,
  RequirementEntry,
  RequirementsProps,
  DashboardProps,
  GraphProps,
  PortalNavProps,
  PortalNavPage,
  PortalHomeProps,
  PortalPageSummary,
  StatusCount,
} from '../plugin/types.js';
export {
  readFilters,
  filterAndSortRows,
  matchesOtherFilters,
  PAGE_SIZE,
  type IndexFilters,
  type SortKey,
} from './indexFilters.js';
export type {ReviewQueueEntry, StaleEntry, RequirementPriority, RequirementKind} from '../plugin/types.js';

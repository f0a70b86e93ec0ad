// Re-exports only: with `"sideEffects": false` in lib/client/package.json
// (scripts/build.mjs), a bundle takes just the modules whose exports it
// uses, so the doc-page wrapper that asks for useDesignDoc does not carry
// the status catalog to every page.

// Every type the theme receives (plugin/types/props.ts), and the option and
// record types those are written in.
export type * from '../plugin/types/props.js';
export type {StatusTone, ScoreBand, RequirementPriority} from '../plugin/types/options.js';
export type {RequirementKind} from '../plugin/types/model.js';

export {useDesignDoc} from './useDesignDoc.js';
export {findStatusBadge} from './findStatusBadge.js';
export {scopedParams, useQueryState, type QueryChanges} from './useQueryState.js';
export {countByStatus, statusesByUse, withStatuses} from './statusFilters.js';
export {useQueryText, QUERY_TEXT_DELAY_MS, type QueryText, type QueryTextOptions} from './useQueryText.js';
export {useDocsInstanceFilter, type DocsInstanceFilter} from './docsInstanceFilter.js';
export {useSiteFilter, type SiteFilter} from './siteFilter.js';
export {siteNameOf, siteLabelOf} from './sites.js';
export {useReviewerFilter, type ReviewerFilter} from './reviewerFilter.js';
export {
  readFilters,
  filterAndSortRows,
  matchesOtherFilters,
  PAGE_SIZE,
  type IndexFilters,
  type SortKey,
} from './indexFilters.js';
export {ComponentStylesheet, loadComponentStylesheet} from './componentStylesheet.js';

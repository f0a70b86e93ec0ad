import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {DesignDocPageData, StatusBadgeData} from '../plugin/types.js';
import catalog from '@generated/docusaurus-plugin-design-docs/default/status-catalog.json';

export type {
  DesignDocPageData,
  StatusBadgeData,
  DocLinkProps,
  StatusTone,
} from '../plugin/types.js';

/**
 * The design-doc data of the doc being rendered, or null for an ordinary
 * doc. Only valid inside a doc page (it reads the docs plugin's context).
 */
export function useDesignDoc(): DesignDocPageData | null {
  const {metadata} = useDoc();
  return (metadata as {designDoc?: DesignDocPageData}).designDoc ?? null;
}

/**
 * Label and tone of a status written by hand, e.g. `<StatusBadge
 * status="accepted"/>`. With no type, the first type that knows the status
 * wins; an unknown status is shown as written, in the neutral tone.
 */
export function findStatusBadge(status: string, type?: string): StatusBadgeData {
  const word = status.trim().toLowerCase().replace(/[\s_-]+/g, '-');
  const types = type ? catalog.types.filter((t) => t.id === type) : catalog.types;
  for (const t of types) {
    const found = t.statuses.find(
      (s) => s.id === word || s.label.toLowerCase().replace(/[\s_-]+/g, '-') === word,
    );
    if (found) {
      return found as StatusBadgeData;
    }
  }
  return {id: word, label: status, tone: 'neutral'};
}

export {scopedParams, useQueryState, type QueryChanges} from './useQueryState.js';
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

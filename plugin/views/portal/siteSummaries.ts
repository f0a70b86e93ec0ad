import type {DesignDocRecord} from '../../types/model';
import type {SiteProps, SiteSummary, StatusBadgeData, StatusCount} from '../../types/props';
import {groupBy} from '../../model/groupBy';
import {isInReview} from '../../review/queue';
import {remoteSiteOf} from '../docPage';
import {toStatusBadge} from '../statusBadge';
import {highestBand, isClosedRisk} from './riskRegister';
import {isActive, staleness} from './stale';
import type {PortalContext} from './context';

/** Docs by status badge, the most common first, then by label: as the registers' chips order them. */
function statusCounts(docs: DesignDocRecord[], context: PortalContext): StatusCount[] {
  const byId = new Map<string, {status: StatusBadgeData; count: number}>();
  for (const doc of docs) {
    const status = toStatusBadge(doc, context.vocabulary);
    if (status) {
      const known = byId.get(status.id);
      byId.set(status.id, {status: known?.status ?? status, count: (known?.count ?? 0) + 1});
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.status.label.localeCompare(b.status.label));
}

function summaryOf(site: SiteProps, docs: DesignDocRecord[], context: PortalContext): SiteSummary {
  const critical = highestBand(context.options.riskScale.bands);
  let openCriticalRisks = 0;
  let inReview = 0;
  let stale = 0;
  for (const doc of docs) {
    if (critical !== null) {
      for (const risk of doc.risks) {
        if (risk.score !== null && risk.score >= critical.min && !isClosedRisk(risk.status)) {
          openCriticalRisks += 1;
        }
      }
    }
    if (isInReview(doc, context.vocabulary)) {
      inReview += 1;
    }
    if (isActive(doc, context) && staleness(doc, context) !== null) {
      stale += 1;
    }
  }
  return {site, total: docs.length, statuses: statusCounts(docs, context), openCriticalRisks, inReview, stale};
}

/**
 * What the dashboard says of each site of a federated portal, in the
 * order of `sites` (sitesOf: this site first): its docs, by status, its
 * open risks in the scale's highest band, its docs in review and its stale
 * docs, by the same rules as the dashboard's own lists.
 */
export function buildSiteSummaries(docs: DesignDocRecord[], sites: SiteProps[], context: PortalContext): SiteSummary[] {
  // Keyed by remoteSiteOf's one object per site; this site's docs under undefined.
  const bySite = groupBy(docs, remoteSiteOf);
  return sites.map((site) => summaryOf(site, bySite.get(site) ?? bySite.get(undefined) ?? [], context));
}

import type {DesignDocRecord} from '../../types/model';
import type {
  DashboardProps,
  DecisionLogProps,
  DocRow,
  RequirementsProps,
  ReviewQueueProps,
  ReviewReadinessProps,
  RiskRegisterProps,
  SiteProps,
  SitesProps,
} from '../../types/props';
import {buildDashboardProps} from './dashboard';
import {buildDecisionLogProps} from './decisionLog';
import {buildRequirementsProps} from './requirements';
import {buildRiskRegisterProps} from './riskRegister';
import {toDocRow} from './typeIndex';
import {buildReviewQueueProps} from './reviewQueue';
import {hasReviewer} from '../../review/queue';
import {parseQualifiedReference, referenceOf} from '../../vocabulary/references';
import {toDocLink} from '../docPage';
import {toDocReview} from '../review';
import {LOCAL_SITE, sitesAmong, type PortalContext} from './context';

/** The directives (and component names) the remark plugin understands. */
export const EMBEDS = {
  'adr-index': 'AdrIndex',
  'decision-log': 'DecisionLog',
  'risk-register': 'RiskRegister',
  'risk-matrix': 'RiskMatrix',
  requirements: 'Requirements',
  'status-dashboard': 'StatusDashboard',
  'review-queue': 'ReviewQueue',
  'review-readiness': 'ReviewReadiness',
} as const;

export type EmbedName = keyof typeof EMBEDS;

/** The embeds whose components keep their filters in the URL query (RFC-0002). */
export const URL_STATE_EMBEDS: ReadonlySet<EmbedName> = new Set<EmbedName>(['decision-log', 'risk-register', 'requirements', 'review-queue']);

export type EmbedData =
  | ({rows: DocRow[]} & SitesProps)
  | DecisionLogProps
  | RiskRegisterProps
  | RequirementsProps
  | DashboardProps
  | ReviewQueueProps
  | ReviewReadinessProps;

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
}

/**
 * Inside a design doc, decisions, risks and requirements come from that
 * doc alone (they replace its hand-written tables); `scope="all"` or any
 * other page shows the whole portal.
 */
function scoped(context: PortalContext, docKey: string | null, attributes: Record<string, string>): PortalContext {
  const doc = docKey === null || attributes.scope === 'all' ? undefined : context.model.byKey.get(docKey);
  if (!doc) {
    return context;
  }
  return {...context, model: {...context.model, docs: [doc]}};
}

/**
 * The portal as an older docs version's page sees it: that version's
 * records of its docs instance, whatever the `versions` option publishes.
 */
function inVersion(context: PortalContext, version: {pluginId: string; versionName: string}): PortalContext {
  // Another site's records have no versions here, whatever their own site calls them.
  const docs = [...context.model.byKey.values()].filter((doc) => !doc.remote && doc.pluginId === version.pluginId && doc.versionName === version.versionName);
  return {...context, model: {...context.model, docs}};
}

/**
 * `site="payments"`: the records of one site of a federated portal, by
 * its name (this site's own by `federation.name`, `local` by default).
 * A name of no site keeps none, as an unknown `type` does.
 */
function ofSite(context: PortalContext, site: string | undefined): PortalContext {
  const wanted = site?.trim().toLowerCase();
  if (!wanted) {
    return context;
  }
  const local = (context.localSite ?? LOCAL_SITE).name.toLowerCase();
  const docs = context.model.docs.filter((doc) => (doc.remote ? doc.remote.site.toLowerCase() : local) === wanted);
  return {...context, model: {...context.model, docs}};
}

/** The sites of the rows an embed's own filters left, in place of those of every row it was built from. */
function withSites<T extends object>(props: T & SitesProps, sources: {site?: SiteProps}[], context: PortalContext): T & SitesProps {
  const {sites: _all, ...rest} = props;
  return {...rest, ...sitesAmong(sources.map((source) => source.site), context)} as T & SitesProps;
}

/**
 * The doc `<ReviewReadiness doc="DD-0001" />` names: by reference, doc id
 * or permalink, case-insensitively; one of the embedding doc's own docs
 * instance first, when two instances have a DD-0001. A qualified name
 * (`payments:ADR-0003`) names a federated site's record by the reference
 * or doc id that site gives it; an unqualified one names only this site's docs.
 */
export function findNamedDoc(context: PortalContext, name: string, docKey: string | null): DesignDocRecord | undefined {
  const qualified = parseQualifiedReference(name.trim());
  if (qualified) {
    const reference = qualified.reference.trim().toLowerCase();
    const remote = context.model.docs.find(
      (doc) =>
        doc.remote?.site === qualified.site &&
        [doc.remote.reference, doc.docId].some((candidate) => candidate?.toLowerCase() === reference),
    );
    if (remote) {
      return remote;
    }
  }
  const wanted = name.trim().toLowerCase();
  const names = (doc: DesignDocRecord) =>
    !doc.remote && [referenceOf(doc, context.vocabulary), doc.docId, doc.permalink].some((candidate) => candidate?.toLowerCase() === wanted);
  const matches = context.model.docs.filter(names);
  const pluginId = docKey === null ? undefined : context.model.byKey.get(docKey)?.pluginId;
  return matches.find((doc) => doc.pluginId === pluginId) ?? matches[0];
}

function reviewReadinessData(context: PortalContext, docKey: string | null, requested: string | undefined): ReviewReadinessProps {
  const doc = requested === undefined ? (docKey === null ? undefined : context.model.byKey.get(docKey)) : findNamedDoc(context, requested, docKey);
  if (!doc) {
    return {doc: null, review: null, requested: requested ?? null, onOwnPage: false};
  }
  return {doc: toDocLink(doc, context.vocabulary), review: toDocReview(doc, context.vocabulary), requested: requested ?? null, onOwnPage: doc.key === docKey};
}

export function buildEmbedData(
  name: EmbedName,
  attributes: Record<string, string>,
  portal: PortalContext,
  docKey: string | null,
  version?: {pluginId: string; versionName: string},
): EmbedData {
  const all = version ? inVersion(portal, version) : portal;
  const context = name === 'review-readiness' ? all : ofSite(all, attributes.site);
  switch (name) {
    case 'adr-index': {
      const types = list(attributes.type ?? 'adr');
      const statuses = list(attributes.status);
      const tags = list(attributes.tag);
      const limit = Number(attributes.limit) || Infinity;
      const matches = (doc: DesignDocRecord) =>
        types.includes(doc.type) &&
        (statuses.length === 0 || (doc.status !== null && statuses.includes(doc.status))) &&
        (tags.length === 0 || doc.tags.some((tag) => tags.includes(tag.label.toLowerCase())));
      const rows = context.model.docs
        .filter(matches)
        .sort((a, b) => (b.number ?? -1) - (a.number ?? -1))
        .slice(0, limit)
        .map((doc) => toDocRow(doc, context));
      return withSites<{rows: DocRow[]}>({rows}, rows, context);
    }
    case 'decision-log': {
      const {decisions} = buildDecisionLogProps(scoped(context, docKey, attributes));
      const statuses = list(attributes.status);
      const kept = decisions.filter((d) => statuses.length === 0 || (d.status !== null && statuses.includes(d.status.id)));
      return withSites<DecisionLogProps>({decisions: kept}, kept.map((d) => d.source), context);
    }
    case 'risk-register':
    case 'risk-matrix': {
      const props = buildRiskRegisterProps(scoped(context, docKey, attributes));
      const minScore = Number(attributes['min-score'] ?? attributes.minScore) || 0;
      const risks = props.risks.filter((risk) => (risk.score ?? 0) >= minScore);
      return withSites<RiskRegisterProps>({...props, risks}, risks.map((risk) => risk.source), context);
    }
    case 'requirements': {
      const {requirements} = buildRequirementsProps(scoped(context, docKey, attributes));
      const kinds = list(attributes.kind);
      const priorities = list(attributes.priority);
      const kept = requirements.filter(
        (r) => (kinds.length === 0 || kinds.includes(r.kind)) && (priorities.length === 0 || (r.priority !== null && priorities.includes(r.priority))),
      );
      return withSites<RequirementsProps>({requirements: kept}, kept.map((r) => r.source), context);
    }
    case 'status-dashboard':
      return buildDashboardProps(context);
    case 'review-queue': {
      const types = list(attributes.type);
      const statuses = list(attributes.status);
      const tags = list(attributes.tag);
      const reviewer = attributes.reviewer?.trim();
      return buildReviewQueueProps(context, {
        keep: ({doc}) =>
          (types.length === 0 || types.includes(doc.type)) &&
          (statuses.length === 0 || (doc.status !== null && statuses.includes(doc.status))) &&
          (tags.length === 0 || doc.tags.some((tag) => tags.includes(tag.label.toLowerCase()))) &&
          (!reviewer || hasReviewer(doc, reviewer)),
        limit: Number(attributes.limit) || Infinity,
      });
    }
    case 'review-readiness':
      return reviewReadinessData(context, docKey, attributes.doc);
    default:
      throw new Error(`Unknown embed "${String(name)}"`);
  }
}

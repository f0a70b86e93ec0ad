import type {DashboardProps, DecisionLogProps, StaleEntry} from '../../types/props';
import {toDocLink} from '../docPage';
import {buildDecisionLogProps} from './decisionLog';
import {buildReviewQueueProps} from './reviewQueue';
import {buildSiteSummaries} from './siteSummaries';
import {isActive, staleness} from './stale';
import {docsInstancesOf, sitesOf, type PortalContext} from './context';

const LATEST_DECISIONS = 10;

/**
 * The portal's front page: counts by type and status, what waits for
 * review (ready first), what is stale, what is still open, and the latest decisions
 * (from the decision log, when the caller has already built it).
 */
export function buildDashboardProps(context: PortalContext, decisionLog: DecisionLogProps = buildDecisionLogProps(context)): DashboardProps {
  const {docs} = context.model;
  const {sites} = sitesOf(docs, context);
  const counts = [...context.vocabulary.types.values()].map((type) => {
    const ofType = docs.filter((doc) => doc.type === type.id);
    return {
      type: {id: type.id, label: type.label},
      total: ofType.length,
      statuses: type.statuses
        .map((s) => ({status: {id: s.id, label: s.label, tone: s.tone}, count: ofType.filter((doc) => doc.status === s.id).length}))
        .filter((entry) => entry.count > 0),
    };
  });

  const {entries: reviewQueue, reviewers} = buildReviewQueueProps(context);

  const active = docs.filter((doc) => isActive(doc, context));
  const stale = active
    .map((doc) => staleness(doc, context))
    .filter((entry): entry is StaleEntry => entry !== null)
    .sort((a, b) => b.days - a.days);
  const openQuestions = active
    .filter((doc) => doc.openQuestions.length > 0)
    .map((doc) => ({doc: toDocLink(doc, context.vocabulary), questions: doc.openQuestions}));

  return {
    counts,
    reviewQueue,
    reviewers,
    stale,
    staleAfterDays: context.options.staleAfterDays,
    openQuestions,
    latestDecisions: decisionLog.decisions.slice(0, LATEST_DECISIONS),
    ...docsInstancesOf(docs),
    ...(sites && {sites, siteSummaries: buildSiteSummaries(docs, sites, context)}),
  };
}

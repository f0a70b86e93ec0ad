import type {DesignDocRecord} from '../../types/model';
import type {DecisionEntry, DecisionLogProps, StatusBadgeData} from '../../types/props';
import {toDocLink} from '../docPage';
import {toStatusBadge} from '../statusBadge';
import {compareByDateDesc, docsInstancesOf, type PortalContext} from './context';

function decisionStatus(doc: DesignDocRecord, status: string | null, context: PortalContext): StatusBadgeData | null {
  if (status === null) {
    return toStatusBadge(doc, context.vocabulary);
  }
  // A decision inside a design doc usually speaks the ADR lifecycle.
  const known = context.vocabulary.findStatus(doc.type, status) ?? context.vocabulary.findStatus('adr', status);
  return known ? {id: known.id, label: known.label, tone: known.tone} : {id: status.toLowerCase(), label: status, tone: 'neutral'};
}

/** One doc's entries: each `decisions[]` item, plus an ADR's own outcome. */
export function decisionsOf(doc: DesignDocRecord, context: PortalContext): DecisionEntry[] {
  const source = toDocLink(doc, context.vocabulary);
  const entries: DecisionEntry[] = doc.decisions.map((decision) => ({
    title: decision.title,
    chosen: decision.chosen,
    alternatives: decision.alternatives,
    rationale: decision.rationale,
    tradeoffs: decision.tradeoffs,
    anchor: decision.anchor,
    status: decisionStatus(doc, decision.status, context),
    date: doc.date,
    source,
  }));
  if (doc.type === 'adr' && doc.decisions.length === 0) {
    entries.push({
      title: doc.title,
      chosen: null,
      alternatives: [],
      rationale: doc.summary,
      tradeoffs: null,
      anchor: null,
      status: toStatusBadge(doc, context.vocabulary),
      date: doc.date,
      source,
    });
  }
  return entries;
}

/** Every decision of every doc, newest first. */
export function buildDecisionLogProps(context: PortalContext): DecisionLogProps {
  return {decisions: context.model.docs.flatMap((doc) => decisionsOf(doc, context)).sort(compareByDateDesc), ...docsInstancesOf(context)};
}

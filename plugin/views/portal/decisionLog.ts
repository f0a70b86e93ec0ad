import type {DesignDocRecord} from '../../types/model';
import type {DecisionEntry, DecisionLogProps, StatusBadgeData} from '../../types/props';
import {toDocLink} from '../docPage';
import {badgeOf, toStatusBadge} from '../statusBadge';
import {compareIsoDates, docsInstancesOf, sitesOf, sortByKey, type PortalContext} from './context';

function decisionStatus(doc: DesignDocRecord, status: string | null, context: PortalContext): StatusBadgeData | null {
  if (status === null) {
    return toStatusBadge(doc, context.vocabulary);
  }
  // A decision inside a design doc usually speaks the ADR lifecycle.
  const known = context.vocabulary.findStatus(doc.type, status) ?? context.vocabulary.findStatus('adr', status);
  return known ? badgeOf(known) : {id: status.toLowerCase(), label: status, tone: 'neutral'};
}

/** One doc's entries: each `decisions[]` item, plus an ADR's own outcome. */
export function decisionsOf(doc: DesignDocRecord, context: PortalContext, entries: DecisionEntry[] = []): DecisionEntry[] {
  if (doc.decisions.length === 0 && doc.type !== 'adr') {
    return entries;
  }
  const source = toDocLink(doc, context.vocabulary);
  for (const decision of doc.decisions) {
    entries.push({
      title: decision.title,
      chosen: decision.chosen,
      alternatives: decision.alternatives,
      rationale: decision.rationale,
      tradeoffs: decision.tradeoffs,
      anchor: decision.anchor,
      status: decisionStatus(doc, decision.status, context),
      date: doc.date,
      source,
    });
  }
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

/** Every decision of every doc, newest first; of one date, this site's docs first (they are listed first). */
export function buildDecisionLogProps(context: PortalContext): DecisionLogProps {
  const decisions: DecisionEntry[] = [];
  const contributing: DesignDocRecord[] = [];
  for (const doc of context.model.docs) {
    const before = decisions.length;
    if (decisionsOf(doc, context, decisions).length > before) {
      contributing.push(doc);
    }
  }
  const newestFirst = (a: string | null, b: string | null) => compareIsoDates(b, a);
  return {decisions: sortByKey(decisions, (entry) => entry.date, newestFirst), ...docsInstancesOf(contributing), ...sitesOf(contributing, context)};
}

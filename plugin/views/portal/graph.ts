import type {DesignDocRecord, GraphProps, RelationKind, StatusTone} from '../../types';
import {referenceOf} from '../../model/buildModel';
import {escapeMermaidLabel} from '../mermaid';
import {toDocLink} from '../docPage';
import {toStatusBadge} from '../statusBadge';
import {compareIsoDates, type PortalContext} from './context';

/** Drawn relations: each pair once, in the direction it is usually said. */
const DRAWN: Partial<Record<RelationKind, string>> = {
  supersedes: '-->|supersedes|',
  amends: '-.->|amends|',
  related: '---|related|',
};

const TONE_STYLES: Record<StatusTone, string> = {
  neutral: 'fill:#e9ecef,stroke:#343a40,color:#343a40',
  info: 'fill:#dbeafe,stroke:#1e40af,color:#1e40af',
  success: 'fill:#dcfce7,stroke:#166534,color:#166534',
  warning: 'fill:#fef3c7,stroke:#92400e,color:#92400e',
  danger: 'fill:#fee2e2,stroke:#991b1b,color:#991b1b',
  muted: 'fill:#f1f3f5,stroke:#495057,color:#495057,stroke-dasharray:4 2',
};

function nodeLabel(doc: DesignDocRecord, context: PortalContext): string {
  const reference = referenceOf(doc, context.vocabulary);
  return escapeMermaidLabel(reference ? `${reference}: ${doc.title}` : doc.title);
}

/**
 * The supersedes / amends / related graph as a mermaid flowchart (only
 * docs with at least one relation), and the decision timeline.
 */
export function buildGraphProps(context: PortalContext): GraphProps {
  const {docs, relations, byKey} = context.model;
  const included = new Set(docs.map((doc) => doc.key));
  const edges: {from: DesignDocRecord; kind: RelationKind; to: DesignDocRecord}[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const relation of relations.get(doc.key) ?? []) {
      const target = byKey.get(relation.target);
      if (!target || !included.has(target.key) || !DRAWN[relation.kind]) {
        continue;
      }
      const pair = relation.kind === 'related' ? [doc.key, target.key].sort().join('\n') : `${doc.key}\n${target.key}`;
      if (!seen.has(`${relation.kind}\n${pair}`)) {
        seen.add(`${relation.kind}\n${pair}`);
        edges.push({from: doc, kind: relation.kind, to: target});
      }
    }
  }

  const nodeIds = new Map<string, string>();
  const lines = ['flowchart LR'];
  const nodeOf = (doc: DesignDocRecord) => {
    let id = nodeIds.get(doc.key);
    if (!id) {
      id = `n${nodeIds.size}`;
      nodeIds.set(doc.key, id);
      const tone = toStatusBadge(doc, context.vocabulary)?.tone ?? 'neutral';
      lines.push(`  ${id}["${nodeLabel(doc, context)}"]:::tone-${tone}`);
    }
    return id;
  };
  for (const edge of edges) {
    const from = nodeOf(edge.from);
    const to = nodeOf(edge.to);
    lines.push(`  ${from} ${DRAWN[edge.kind]} ${to}`);
  }
  for (const [tone, style] of Object.entries(TONE_STYLES)) {
    lines.push(`  classDef tone-${tone} ${style}`);
  }

  const timeline = docs
    .filter((doc): doc is DesignDocRecord & {date: string} => doc.date !== null)
    .sort((a, b) => compareIsoDates(a.date, b.date))
    .map((doc) => ({date: doc.date, doc: toDocLink(doc, context.vocabulary)}));

  return {
    mermaid: edges.length > 0 ? lines.join('\n') : '',
    edges: edges.map((edge) => ({from: toDocLink(edge.from, context.vocabulary), kind: edge.kind, to: toDocLink(edge.to, context.vocabulary)})),
    timeline,
  };
}

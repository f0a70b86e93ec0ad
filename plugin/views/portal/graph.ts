import type {DesignDocRecord, RelationKind} from '../../types/model';
import type {GraphProps} from '../../types/props';
import {referenceOf} from '../../vocabulary/references';
import {escapeMermaidLabel} from '../mermaid';
import {toDocLink} from '../docPage';
import {toStatusBadge} from '../statusBadge';
import {compareIsoDates, type PortalContext} from './context';
import {ARROWS, packDiagrams, type DiagramEdge, type DiagramNode} from './graphDiagrams';

/** Titles in a diagram are cut to this many characters; the table and timeline show them whole. */
const LABEL_TITLE_LENGTH = 40;

/** The title cut to fit a diagram's box, at a word break where there is one. */
function shortTitle(title: string): string {
  const chars = [...title];
  if (chars.length <= LABEL_TITLE_LENGTH) {
    return title;
  }
  const cut = chars.slice(0, LABEL_TITLE_LENGTH - 1).join('');
  const wordBreak = chars[LABEL_TITLE_LENGTH - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(wordBreak > cut.length / 2 ? cut.slice(0, wordBreak) : cut).trimEnd()}…`;
}

function nodeOf(doc: DesignDocRecord, context: PortalContext): DiagramNode {
  const reference = referenceOf(doc, context.vocabulary);
  const title = shortTitle(doc.title);
  return {
    label: escapeMermaidLabel(reference ? `${reference}: ${title}` : title),
    tone: toStatusBadge(doc, context.vocabulary)?.tone ?? 'neutral',
  };
}

/**
 * The supersedes / amends / related relations as diagrams that mermaid can
 * always draw (see `packDiagrams`), the same relations as a table, and the
 * decision timeline. Each doc is listed once and named by its index, so a
 * densely related site does not repeat a doc's link for every relation.
 */
export function buildGraphProps(context: PortalContext): GraphProps {
  const {docs, relations, byKey} = context.model;
  const drawsRelated = context.options.graph?.related === true;
  const index = new Map<string, number>();
  const listed: DesignDocRecord[] = [];
  const indexOf = (doc: DesignDocRecord) => {
    let i = index.get(doc.key);
    if (i === undefined) {
      i = listed.length;
      index.set(doc.key, i);
      listed.push(doc);
    }
    return i;
  };

  const included = new Set(docs.map((doc) => doc.key));
  const edges: DiagramEdge[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const relation of relations.get(doc.key) ?? []) {
      const target = byKey.get(relation.target);
      if (!target || !included.has(target.key) || !ARROWS[relation.kind]) {
        continue;
      }
      const kind: RelationKind = relation.kind;
      const pair = kind === 'related' && target.key < doc.key ? `${target.key}\n${doc.key}` : `${doc.key}\n${target.key}`;
      const id = `${kind}\n${pair}`;
      if (!seen.has(id)) {
        seen.add(id);
        edges.push({from: indexOf(doc), kind, to: indexOf(target)});
      }
    }
  }

  const timeline = docs
    .filter((doc): doc is DesignDocRecord & {date: string} => doc.date !== null)
    .sort((a, b) => compareIsoDates(a.date, b.date))
    .map((doc) => ({date: doc.date, doc: indexOf(doc)}));

  // Labels only for docs that are drawn; most listed docs are on the timeline alone.
  const nodes: DiagramNode[] = [];
  const nodeAt = (i: number) => (nodes[i] ??= nodeOf(listed[i]!, context));
  const drawn = drawsRelated ? edges : edges.filter((edge) => edge.kind !== 'related');
  const {diagrams, omitted} = packDiagrams(nodeAt, drawn);
  return {
    docs: listed.map((doc) => toDocLink(doc, context.vocabulary)),
    diagrams,
    omitted,
    drawsRelated,
    // Tuples: a densely related site has tens of thousands of these.
    edges: edges.map(({from, kind, to}) => [from, kind, to]),
    timeline,
  };
}

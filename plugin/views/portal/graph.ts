import type {DesignDocRecord, RelationKind} from '../../types/model';
import type {GraphProps} from '../../types/props';
import {referenceOf} from '../../vocabulary/references';
import {escapeMermaidLabel, mermaidLink} from '../mermaid';
import {toDocLink} from '../docPage';
import {toStatusBadge} from '../statusBadge';
import {compareIsoDates, sortByKey, type PortalContext} from './context';
import {ARROWS, packDiagrams, type DiagramEdge, type DiagramNode} from './graphDiagrams';

const KIND_NUMBER: Record<RelationKind, number> = {supersedes: 0, 'superseded-by': 1, amends: 2, 'amended-by': 3, related: 4};
const KIND_COUNT = 5;

/** Titles in a diagram are cut to this many characters; the table and timeline show them whole. */
const LABEL_TITLE_LENGTH = 40;

/** The title cut to fit a diagram's box, at a word break where there is one. */
function shortTitle(title: string): string {
  // No longer in code units, so no longer in characters either.
  if (title.length <= LABEL_TITLE_LENGTH) {
    return title;
  }
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
  const text = reference ? `${reference}: ${title}` : title;
  const tone = toStatusBadge(doc, context.vocabulary)?.tone ?? 'neutral';
  if (!doc.remote) {
    return {label: escapeMermaidLabel(text), tone};
  }
  // Another site's doc says which site (`Payments ADR-0003: ...`), and a click opens its page there.
  const node: DiagramNode = {label: escapeMermaidLabel(`${doc.remote.siteLabel} ${text}`), tone};
  const link = mermaidLink(doc.permalink);
  if (link !== null) {
    node.link = link;
  }
  return node;
}

/**
 * The supersedes / amends / related relations as diagrams that mermaid can
 * always draw (see `packDiagrams`), the same relations as a table, and the
 * decision timeline. Each doc is listed once and named by its index, so a
 * densely related site does not repeat a doc's link for every relation.
 */
export function buildGraphProps(context: PortalContext): GraphProps {
  const {docs, relations} = context.model;
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

  // Each doc's place, so that a relation is told apart by numbers, not by joined keys.
  const position = new Map<string, number>();
  docs.forEach((doc, i) => position.set(doc.key, i));
  const edges: DiagramEdge[] = [];
  const seen = new Set<number>();
  for (const doc of docs) {
    const from = position.get(doc.key)!;
    for (const relation of relations.get(doc.key) ?? []) {
      const to = position.get(relation.target);
      if (to === undefined || !ARROWS[relation.kind]) {
        continue;
      }
      const kind: RelationKind = relation.kind;
      // `related` goes both ways: one edge for the pair, whichever side says it.
      const [a, b] = kind === 'related' && to < from ? [to, from] : [from, to];
      const id = (a * docs.length + b) * KIND_COUNT + KIND_NUMBER[kind];
      if (!seen.has(id)) {
        seen.add(id);
        edges.push({from: indexOf(doc), kind, to: indexOf(docs[to]!)});
      }
    }
  }

  const dated = docs.filter((doc): doc is DesignDocRecord & {date: string} => doc.date !== null);
  const timeline = sortByKey(dated, (doc) => doc.date, compareIsoDates).map((doc) => ({date: doc.date, doc: indexOf(doc)}));

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

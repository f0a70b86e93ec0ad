import type {StatusTone} from '../../types/options';
import type {RelationKind} from '../../types/model';
import type {GraphDiagram} from '../../types/props';
import {TONES} from '../tones';

/**
 * Mermaid refuses a flowchart of more than 500 edges (`maxEdges`) or
 * 50,000 characters (`maxTextSize`) and draws a red error box instead.
 * Each diagram stays well inside both, so a site's own `themeConfig.mermaid`
 * settings never decide whether the page works.
 */
export const DIAGRAM_BUDGET = {edges: 300, text: 40_000};

/** Drawn relations: each pair once, in the direction it is usually said. */
export const ARROWS: Partial<Record<RelationKind, string>> = {
  supersedes: '-->|supersedes|',
  amends: '-.->|amends|',
  related: '---|related|',
};

/** Supersede chains first: they are what a reader of the graph looks for. */
const DRAW_ORDER: RelationKind[] = ['supersedes', 'amends', 'related'];

/**
 * Node colours: the palette's light tones, as literal colours in the
 * diagram text. Muted nodes are dashed too, so they differ in more than
 * colour.
 */
const CLASS_LINES = Object.entries(TONES.light).map(
  ([tone, {fg, bg}]) => `  classDef tone-${tone} fill:${bg},stroke:${fg},color:${fg}${tone === 'muted' ? ',stroke-dasharray:4 2' : ''}`,
);
const HEADER = 'flowchart LR';
const FIXED_TEXT = HEADER.length + CLASS_LINES.reduce((sum, line) => sum + line.length + 1, 0);

/** An edge between two docs, by their index in the page's doc list. */
export type DiagramEdge = {from: number; kind: RelationKind; to: number};

/**
 * What a node shows: its escaped label and its status tone, and for another
 * site's doc the address its click opens (already checked by `mermaidLink`).
 */
export type DiagramNode = {label: string; tone: StatusTone; link?: string};

/** Groups of docs joined by drawn edges (union-find, path halving). */
function components(edges: DiagramEdge[]): DiagramEdge[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) {
      const next = parent.get(root)!;
      parent.set(root, parent.get(next) ?? next);
      root = next;
    }
    return root;
  };
  for (const {from, to} of edges) {
    parent.set(from, parent.get(from) ?? from);
    parent.set(to, parent.get(to) ?? to);
    const a = find(from);
    const b = find(to);
    if (a !== b) {
      parent.set(a, b);
    }
  }
  const byRoot = new Map<number, DiagramEdge[]>();
  for (const edge of edges) {
    const root = find(edge.from);
    const group = byRoot.get(root);
    if (group) {
      group.push(edge);
    } else {
      byRoot.set(root, [edge]);
    }
  }
  // Largest first, then in the order the docs are listed: stable across builds.
  return [...byRoot.values()].sort((a, b) => b.length - a.length || a[0]!.from - b[0]!.from);
}

class DiagramWriter {
  private readonly lines: string[] = [];
  private readonly ids = new Map<number, string>();
  private text = FIXED_TEXT;
  edges = 0;

  constructor(private readonly nodeAt: (doc: number) => DiagramNode) {}

  private nodeLine(doc: number, id: string): string {
    const node = this.nodeAt(doc);
    const line = `  ${id}["${node.label}"]:::tone-${node.tone}`;
    // Counted with its node, so the text budget sees it.
    return node.link === undefined ? line : `${line}\n  click ${id} href "${node.link}" _blank`;
  }

  /** The characters an edge adds: its line, and a line for each doc not drawn yet. */
  cost(edge: DiagramEdge): number {
    let next = this.ids.size;
    let text = 0;
    const idFor = (doc: number) => {
      const id = this.ids.get(doc);
      if (id !== undefined) {
        return id;
      }
      const fresh = `n${next++}`;
      text += this.nodeLine(doc, fresh).length + 1;
      return fresh;
    };
    const from = idFor(edge.from);
    const to = edge.to === edge.from ? from : idFor(edge.to);
    return text + `  ${from} ${ARROWS[edge.kind]} ${to}`.length + 1;
  }

  fits(edgeCount: number, text: number): boolean {
    return this.edges + edgeCount <= DIAGRAM_BUDGET.edges && this.text + text <= DIAGRAM_BUDGET.text;
  }

  add(edge: DiagramEdge): void {
    const idOf = (doc: number) => {
      let id = this.ids.get(doc);
      if (id === undefined) {
        id = `n${this.ids.size}`;
        this.ids.set(doc, id);
        this.push(this.nodeLine(doc, id));
      }
      return id;
    };
    const from = idOf(edge.from);
    const to = idOf(edge.to);
    this.push(`  ${from} ${ARROWS[edge.kind]} ${to}`);
    this.edges += 1;
  }

  private push(line: string): void {
    this.lines.push(line);
    this.text += line.length + 1;
  }

  finish(): GraphDiagram {
    return {mermaid: [HEADER, ...this.lines, ...CLASS_LINES].join('\n'), docs: this.ids.size, edges: this.edges};
  }
}

/**
 * At most this many diagrams on the page: each is laid out in the reader's
 * browser, and ten of the largest take seconds already.
 */
export const MAX_DIAGRAMS = 10;

/**
 * The drawn edges as few diagrams as fit the budget: whole groups of
 * connected docs packed together, largest first. A group too big for one
 * diagram continues in the next, its supersede chains first. What still
 * does not fit in `MAX_DIAGRAMS` is counted as left out; the page's table
 * lists every relation.
 */
export function packDiagrams(nodeAt: (doc: number) => DiagramNode, edges: DiagramEdge[]): {diagrams: GraphDiagram[]; omitted: number} {
  const diagrams: GraphDiagram[] = [];
  let current = new DiagramWriter(nodeAt);
  let omitted = 0;
  const canStartAnother = () => current.edges > 0 && diagrams.length + 1 < MAX_DIAGRAMS;
  const startAnother = () => {
    diagrams.push(current.finish());
    current = new DiagramWriter(nodeAt);
  };
  for (const group of components(edges)) {
    // A group that fits in a diagram of its own is never split across two.
    if (!current.fits(group.length, estimateText(group, nodeAt)) && canStartAnother()) {
      startAnother();
    }
    const ordered = [...group].sort((a, b) => DRAW_ORDER.indexOf(a.kind) - DRAW_ORDER.indexOf(b.kind));
    for (const edge of ordered) {
      if (!current.fits(1, current.cost(edge))) {
        if (!canStartAnother()) {
          omitted += 1;
          continue;
        }
        startAnother();
      }
      current.add(edge);
    }
  }
  if (current.edges > 0) {
    diagrams.push(current.finish());
  }
  return {diagrams, omitted};
}

/** An upper bound on the text a group adds: every edge line and every node line. */
function estimateText(group: DiagramEdge[], nodeAt: (doc: number) => DiagramNode): number {
  const docs = new Set<number>();
  let text = 0;
  for (const edge of group) {
    text += 2 + 2 * 7 + ARROWS[edge.kind]!.length + 1;
    docs.add(edge.from);
    docs.add(edge.to);
  }
  for (const doc of docs) {
    const node = nodeAt(doc);
    text += 2 + 7 + node.label.length + 4 + 8 + node.tone.length + 1 + (node.link === undefined ? 0 : 3 + 6 + 7 + 6 + node.link.length + 9 + 1);
  }
  return text;
}

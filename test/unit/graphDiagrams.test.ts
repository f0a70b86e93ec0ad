import {describe, expect, it} from 'vitest';
import {getDefaultOptions} from '../../plugin/options';
import {buildGraphProps} from '../../plugin/views/portal/graph';
import {DIAGRAM_BUDGET, MAX_DIAGRAMS} from '../../plugin/views/portal/graphDiagrams';
import type {GraphProps} from '../../plugin/types/props';
import {loadedDoc, model, vocabulary} from '../helpers/model';

// Mermaid 11's defaults: past either, it draws an error box instead of the diagram.
const MERMAID_MAX_EDGES = 500;
const MERMAID_MAX_TEXT_SIZE = 50_000;

const ref = (n: number) => `ADR-${String(n).padStart(4, '0')}`;
const file = (n: number) => `docs/adr/${String(n).padStart(4, '0')}-record-${n}.md`;

function graphOf(inputs: ReturnType<typeof loadedDoc>[], related = false): GraphProps {
  const options = {...getDefaultOptions(), graph: {related}};
  return buildGraphProps({model: model(...inputs), vocabulary, options, today: '2026-12-01'});
}

/** `count` ADRs, each related to the `perDoc` that follow it (wrapping round). */
function denselyRelated(count: number, perDoc: number) {
  return Array.from({length: count}, (_, i) =>
    loadedDoc(file(i + 1), {
      type: 'adr',
      status: 'accepted',
      title: `Record ${i + 1}`,
      date: '2026-01-01',
      related: Array.from({length: perDoc}, (_, k) => ref(((i + k + 1) % count) + 1)),
    }),
  );
}

function expectWithinMermaidLimits(graph: GraphProps) {
  for (const diagram of graph.diagrams) {
    expect(diagram.edges).toBeLessThanOrEqual(DIAGRAM_BUDGET.edges);
    expect(diagram.edges).toBeLessThan(MERMAID_MAX_EDGES);
    expect(diagram.mermaid.length).toBeLessThan(MERMAID_MAX_TEXT_SIZE);
    // Each edge line of the text is one edge mermaid counts.
    expect(diagram.mermaid.split('\n').filter((line) => /\|(supersedes|amends|related)\|/.test(line))).toHaveLength(diagram.edges);
  }
  expect(graph.diagrams.length).toBeLessThanOrEqual(MAX_DIAGRAMS);
}

describe('relationship graph within mermaid limits', () => {
  it('draws 1,200 related edges among 120 ADRs as several diagrams, none past a limit, and lists every one', () => {
    const graph = graphOf(denselyRelated(120, 10), true);
    expect(graph.edges).toHaveLength(1200);
    expectWithinMermaidLimits(graph);
    expect(graph.diagrams.length).toBeGreaterThan(1);
    const drawn = graph.diagrams.reduce((sum, diagram) => sum + diagram.edges, 0);
    expect(drawn + graph.omitted).toBe(1200);
    expect(graph.omitted).toBe(0);
  });

  it('leaves related edges to the table by default, drawing only supersedes and amends', () => {
    const inputs = denselyRelated(30, 3);
    inputs.push(loadedDoc(file(31), {type: 'adr', status: 'accepted', supersedes: ref(1)}));
    const graph = graphOf(inputs);
    expect(graph.drawsRelated).toBe(false);
    expect(graph.edges.filter(([, kind]) => kind === 'related')).toHaveLength(90);
    expect(graph.diagrams).toHaveLength(1);
    expect(graph.diagrams[0]!.edges).toBe(1);
    expect(graph.diagrams[0]!.mermaid).toContain('-->|supersedes|');
    expect(graph.diagrams[0]!.mermaid).not.toContain('|related|');
  });

  it('keeps a 180-record supersede chain with Japanese titles in one diagram, its titles as written', () => {
    const inputs = Array.from({length: 180}, (_, i) =>
      loadedDoc(file(i + 1), {
        type: 'adr',
        status: i === 179 ? 'accepted' : 'superseded',
        title: `決済サービスのセッションデータをキャッシュする方式の見直し 第${i + 1}版`,
        ...(i > 0 && {supersedes: ref(i)}),
      }),
    );
    const graph = graphOf(inputs);
    expectWithinMermaidLimits(graph);
    expect(graph.diagrams).toHaveLength(1);
    expect(graph.diagrams[0]!.edges).toBe(179);
    expect(graph.omitted).toBe(0);
    // Cut to 40 characters, ending in an escaped ellipsis; the table has the whole title.
    expect(graph.diagrams[0]!.mermaid).toContain('["ADR-0001: 決済サービスのセッションデータをキャッシュする方式の見直し 第1版"]');
    expect(graph.docs.map((doc) => doc.title)).toContain('決済サービスのセッションデータをキャッシュする方式の見直し 第1版');
  });

  it('cuts long titles in the diagram, never in the table', () => {
    const long = 'A title that goes on far longer than any box in a diagram should be';
    const graph = graphOf([
      loadedDoc(file(1), {type: 'adr', status: 'superseded', title: long}),
      loadedDoc(file(2), {type: 'adr', status: 'accepted', title: 'Short', supersedes: ref(1)}),
    ]);
    expect(graph.diagrams[0]!.mermaid).toContain('["ADR-0001: A title that goes on far longer than#8230;"]');
    expect(graph.docs.find((doc) => doc.reference === 'ADR-0001')!.title).toBe(long);
  });

  it('splits a chain longer than one diagram holds across diagrams, and says what it leaves out past the last', () => {
    const chain = (length: number) =>
      Array.from({length}, (_, i) => loadedDoc(file(i + 1), {type: 'adr', status: 'accepted', title: `R${i + 1}`, ...(i > 0 && {supersedes: ref(i)})}));
    const split = graphOf(chain(700));
    expectWithinMermaidLimits(split);
    expect(split.diagrams.map((diagram) => diagram.edges)).toEqual([300, 300, 99]);
    expect(split.omitted).toBe(0);

    const capped = graphOf(chain(3500));
    expectWithinMermaidLimits(capped);
    expect(capped.diagrams).toHaveLength(MAX_DIAGRAMS);
    expect(capped.omitted).toBe(3499 - MAX_DIAGRAMS * DIAGRAM_BUDGET.edges);
    expect(capped.edges).toHaveLength(3499);
  });

  it('keeps the page data under 1 MB at 2,000 docs related as densely as 150 records with 1,500 edges', () => {
    const graph = graphOf(denselyRelated(2000, 10));
    expect(graph.edges).toHaveLength(20_000);
    const bytes = Buffer.byteLength(JSON.stringify(graph));
    expect(bytes).toBeLessThan(1_000_000);
    // Each doc's link is written once, not once per relation.
    expect(graph.docs).toHaveLength(2000);
  });
});

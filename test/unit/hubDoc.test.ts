import {describe, expect, it} from 'vitest';
import type {RelationKind} from '../../plugin/types/model';
import {loadedDoc, model} from '../helpers/model';

/** ADR-0001, and `n - 1` ADRs that each name it under `kind`. */
function hubInputs(n: number, kind: RelationKind) {
  return [
    loadedDoc('docs/adr/00001-hub.md', {type: 'adr', status: 'accepted'}),
    ...Array.from({length: n - 1}, (_, i) => loadedDoc(`docs/adr/${String(i + 2).padStart(5, '0')}-d${i + 2}.md`, {type: 'adr', status: 'accepted', [kind]: 'ADR-0001'})),
  ];
}

/** CPU milliseconds of this process so far: other work on a busy machine does not count. */
function cpuMs(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
}

/** The fastest of three model builds, in CPU ms: the least disturbed by garbage collection. */
function fastestBuild(inputs: ReturnType<typeof hubInputs>): number {
  let fastest = Infinity;
  for (let run = 0; run < 3; run += 1) {
    const start = cpuMs();
    model(...inputs);
    fastest = Math.min(fastest, cpuMs() - start);
  }
  return fastest;
}

describe('a hub doc related to by every other doc', () => {
  // 8 times the docs: linear work takes about 8 times as long, the
  // quadratic relation merge took 60 times as long (3 s at 10,000 docs).
  // `superseded-by` gives the hub as many successors as there are docs,
  // which is what the supersede-cycle search walks.
  it.each<RelationKind>(['related', 'supersedes', 'superseded-by'])('keeps the model build linear when every doc says %s ADR-0001', (kind) => {
    const small = hubInputs(2_000, kind);
    const large = hubInputs(16_000, kind);
    const smallMs = fastestBuild(small);
    const largeMs = fastestBuild(large);
    // A floor, so a fast machine's sub-millisecond noise cannot fail it.
    expect(largeMs, `${smallMs.toFixed(1)} ms at 2,000 docs, ${largeMs.toFixed(1)} ms at 16,000`).toBeLessThan(Math.max(24 * smallMs, 250));
    expect(largeMs).toBeLessThan(2_500);
  });

  it('still links the hub to every doc, once each', () => {
    const m = model(...hubInputs(500, 'related'), loadedDoc('docs/adr/00600-twice.md', {type: 'adr', status: 'accepted', related: ['ADR-0001', 'adr/hub']}));
    const hub = m.relations.get('default/current/adr/hub')!;
    expect(hub).toHaveLength(500);
    expect(new Set(hub.map((r) => r.target)).size).toBe(500);
    expect(m.relations.get('default/current/adr/twice')).toEqual([{kind: 'related', target: 'default/current/adr/hub', inferred: false}]);
  });

  it('reports one number shared by every doc, each message naming three of the others', () => {
    // A template's `number: 1` copied into every record: each doc's message
    // named all the others, 10,000 file names in each of 10,000 messages.
    const shared = (n: number) => Array.from({length: n}, (_, i) => loadedDoc(`docs/adr/d${i}.md`, {type: 'adr', status: 'accepted', number: 1}));
    const m = model(...shared(2_000));
    expect(m.problems).toHaveLength(2_000);
    expect(m.problems[0]!.message).toBe('ADR-0001 is also used by docs/adr/d1.md, docs/adr/d2.md, docs/adr/d3.md and 1,996 other docs');
    expect(m.problems[1]!.message).toBe('ADR-0001 is also used by docs/adr/d0.md, docs/adr/d2.md, docs/adr/d3.md and 1,996 other docs');
    expect(Math.max(...m.problems.map((p) => p.message.length))).toBeLessThan(200);
    const twice = model(...shared(5));
    expect(twice.problems[4]!.message).toBe('ADR-0001 is also used by docs/adr/d0.md, docs/adr/d1.md, docs/adr/d2.md and 1 other doc');
    expect(model(...shared(4)).problems[0]!.message).toBe('ADR-0001 is also used by docs/adr/d1.md, docs/adr/d2.md, docs/adr/d3.md');
  });
});

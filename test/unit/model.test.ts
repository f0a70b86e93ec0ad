import {describe, expect, it} from 'vitest';
import {buildDesignDocPageData} from '../../plugin/views/docPage';
import {loadedDoc, model, vocabulary} from '../helpers/model';

describe('buildDesignDocModel relations', () => {
  it('resolves references by number, bare number, relative path and doc id, and infers reverse links', () => {
    const m = model(
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'superseded'}),
      loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'accepted', supersedes: 'ADR-0001', related: ['3', './0004-d.md']}),
      loadedDoc('docs/adr/0003-c.md', {type: 'adr', status: 'accepted', amends: 'adr/d'}),
      loadedDoc('docs/adr/0004-d.md', {type: 'adr', status: 'accepted'}),
    );
    expect(m.problems).toEqual([]);
    const rel = (key: string) => (m.relations.get(`default/current/${key}`) ?? []).map((r) => `${r.kind} ${r.target.split('/').pop()}${r.inferred ? ' (inferred)' : ''}`);
    expect(rel('adr/a')).toEqual(['superseded-by b (inferred)']);
    expect(rel('adr/b')).toEqual(['supersedes a', 'related c', 'related d']);
    expect(rel('adr/d')).toEqual(['related b (inferred)', 'amended-by c (inferred)']);
  });

  it('reports a relation target that does not exist, naming the field', () => {
    const m = model(loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'accepted', 'superseded-by': 'ADR-0099'}));
    expect(m.problems).toEqual([
      expect.objectContaining({file: 'docs/adr/0001-a.md', field: 'superseded-by', severity: 'error', message: expect.stringContaining('"ADR-0099" does not match any design doc')}),
    ]);
  });

  it('finds supersede cycles of length 1, 2 and 3 and reports each member once', () => {
    const m = model(
      loadedDoc('docs/adr/0001-self.md', {type: 'adr', status: 'accepted', supersedes: 'ADR-0001'}),
      loadedDoc('docs/adr/0002-x.md', {type: 'adr', status: 'accepted', supersedes: 'ADR-0003'}),
      loadedDoc('docs/adr/0003-y.md', {type: 'adr', status: 'accepted', supersedes: 'ADR-0002'}),
      loadedDoc('docs/adr/0004-p.md', {type: 'adr', status: 'accepted', supersedes: 'ADR-0005'}),
      loadedDoc('docs/adr/0005-q.md', {type: 'adr', status: 'accepted', supersedes: 'ADR-0006'}),
      loadedDoc('docs/adr/0006-r.md', {type: 'adr', status: 'accepted', 'superseded-by': 'ADR-0005', supersedes: 'ADR-0004'}),
    );
    const cycles = m.problems.filter((p) => /cycle|itself/.test(p.message));
    expect(cycles.map((p) => p.file).sort()).toEqual([
      'docs/adr/0001-self.md',
      'docs/adr/0002-x.md',
      'docs/adr/0003-y.md',
      'docs/adr/0004-p.md',
      'docs/adr/0005-q.md',
      'docs/adr/0006-r.md',
    ]);
    expect(cycles.find((p) => p.file === 'docs/adr/0002-x.md')!.message).toBe('supersede cycle: ADR-0002 -> ADR-0003 -> ADR-0002');
    expect(cycles.find((p) => p.file === 'docs/adr/0001-self.md')!.message).toBe('a doc cannot supersede itself');
  });

  it('reports two docs of one type with the same number, but not across types or versions', () => {
    const m = model(
      loadedDoc('docs/adr/0007-a.md', {type: 'adr', status: 'accepted'}),
      loadedDoc('docs/adr/0007-b.md', {type: 'adr', status: 'accepted'}),
      loadedDoc('docs/rfc/0007-c.md', {type: 'rfc', status: 'draft'}),
      loadedDoc('versioned_docs/version-1/adr/0007-a.md', {type: 'adr', status: 'accepted'}, {versionName: '1'}),
    );
    expect(m.problems.map((p) => [p.file, p.field])).toEqual([
      ['docs/adr/0007-a.md', 'number'],
      ['docs/adr/0007-b.md', 'number'],
    ]);
    expect(m.problems[0]!.message).toBe('ADR-0007 is also used by docs/adr/0007-b.md');
  });

  it('reports a requirement id used twice in a doc as an error, and leaves the template\'s FR-1 in every doc alone', () => {
    const m = model(
      loadedDoc('docs/design/a.md', {type: 'design-doc', status: 'draft', requirements: [{id: 'FR-1', text: 'x'}, {id: 'fr-1', text: 'y'}]}),
      loadedDoc('docs/design/b.md', {type: 'design-doc', status: 'draft', requirements: [{id: 'FR-1', text: 'z'}]}),
    );
    expect(m.problems.map((p) => [p.file, p.field, p.severity, p.message])).toEqual([
      ['docs/design/a.md', 'requirements[1].id', 'error', '"fr-1" is used twice in this doc'],
    ]);
  });

  it('resolves references within the same version only', () => {
    const m = model(
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'accepted'}),
      loadedDoc('versioned_docs/version-1/adr/0002-b.md', {type: 'adr', status: 'accepted', supersedes: 'ADR-0001'}, {versionName: '1'}),
    );
    expect(m.problems.map((p) => p.field)).toEqual(['supersedes']);
  });

  it('warns when a superseded doc names no successor, or an active doc has one', () => {
    const m = model(
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'superseded'}),
      loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'accepted'}),
      loadedDoc('docs/adr/0003-c.md', {type: 'adr', status: 'accepted', supersedes: 2}),
    );
    expect(m.problems.map((p) => [p.file, p.field, p.severity])).toEqual([
      ['docs/adr/0001-a.md', 'status', 'warning'],
      ['docs/adr/0002-b.md', 'status', 'warning'],
    ]);
  });
});

describe('buildDesignDocPageData', () => {
  it('gives a superseded doc a banner linking to its successor by title', () => {
    const m = model(
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'superseded by ADR-0002', title: 'Use REST'}),
      loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'accepted', title: 'Use gRPC', deciders: ['Ada']}),
    );
    const old = buildDesignDocPageData(m.byKey.get('default/current/adr/a')!, m, vocabulary);
    expect(old.banner).toEqual({
      status: {id: 'superseded', label: 'Superseded', tone: 'muted'},
      successors: [{title: 'Use gRPC', permalink: '/docs/adr/b', reference: 'ADR-0002', status: {id: 'accepted', label: 'Accepted', tone: 'success'}}],
    });
    const current = buildDesignDocPageData(m.byKey.get('default/current/adr/b')!, m, vocabulary);
    expect(current.banner).toBeNull();
    expect(current.reference).toBe('ADR-0002');
    expect(current.people).toEqual([{role: 'deciders', names: ['Ada']}]);
    expect(current.relations).toEqual([{kind: 'supersedes', docs: [expect.objectContaining({title: 'Use REST'})]}]);
  });

  it('shows a deprecated doc its banner even with no successor', () => {
    const m = model(loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'Deprecated'}));
    const data = buildDesignDocPageData(m.docs[0]!, m, vocabulary);
    expect(data.banner).toEqual({status: {id: 'deprecated', label: 'Deprecated', tone: 'warning'}, successors: []});
  });

  it('only carries the data its own page shows', () => {
    const m = model(
      loadedDoc('docs/design/a.md', {type: 'design-doc', status: 'draft', risks: [{title: 'R', likelihood: 'high', impact: 'high'}]}),
      loadedDoc('docs/design/b.md', {type: 'design-doc', status: 'approved', related: 'design/a', authors: ['Secret Person']}),
    );
    const data = buildDesignDocPageData(m.byKey.get('default/current/design/a')!, m, vocabulary);
    expect(JSON.stringify(data)).not.toContain('Secret Person');
    expect(Object.keys(data)).not.toContain('risks');
  });
});

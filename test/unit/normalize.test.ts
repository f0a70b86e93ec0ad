import {describe, expect, it} from 'vitest';
import {normalizeDesignDoc} from '../../plugin/normalize/normalizeDesignDoc';
import {loadedDoc, vocabulary} from '../helpers/model';

function normalize(file: string, frontMatter: Record<string, unknown>) {
  const {doc, location} = loadedDoc(file, frontMatter);
  return normalizeDesignDoc(doc, location, vocabulary);
}

describe('normalizeDesignDoc', () => {
  it('reads the number from an NNNN- file name and compares statuses case-insensitively', () => {
    const {record, problems} = normalize('docs/adr/0012-use-postgres.md', {type: 'ADR', status: 'Accepted'});
    expect(record.type).toBe('adr');
    expect(record.number).toBe(12);
    expect(record.status).toBe('accepted');
    expect(problems).toEqual([]);
  });

  it('reports a status of the wrong shape once, and a missing or empty status as missing', () => {
    const list = normalize('docs/adr/0001-x.md', {type: 'adr', status: ['accepted']});
    expect(list.problems.map((p) => [p.field, p.message])).toEqual([['status', 'expected text, got a list']]);
    for (const status of [undefined, '', '  ']) {
      const missing = normalize('docs/adr/0001-x.md', {type: 'adr', status});
      expect(missing.problems.map((p) => [p.field, p.message, p.severity])).toEqual([['status', 'no status given', 'warning']]);
    }
  });

  it('keeps a front-matter key named __proto__ as data, so the record still serializes', () => {
    const frontMatter = JSON.parse('{"type": "adr", "status": "accepted", "__proto__": "2026-01-01", "constructor": "x"}');
    frontMatter.__proto__ = new Date(0);
    const {record} = normalize('docs/adr/0001-x.md', {...frontMatter});
    expect(Object.getPrototypeOf(record.extra)).toBe(Object.prototype);
    const json = JSON.stringify(record);
    expect(json).toContain('"__proto__":"1970-01-01T00:00:00.000Z"');
    expect(json).toContain('"constructor":"x"');
  });

  it('does not take a log4brains date prefix for a number', () => {
    const {record} = normalize('docs/adr/20240131-use-x.md', {type: 'adr', status: 'proposed'});
    expect(record.number).toBeNull();
  });

  it('turns "superseded by ADR-0012" into a status and a relation', () => {
    const {record} = normalize('docs/adr/0003-x.md', {type: 'adr', status: 'Superseded by ADR-0012'});
    expect(record.status).toBe('superseded');
    expect(record.relations).toEqual([{kind: 'superseded-by', target: 'ADR-0012', field: 'status'}]);
  });

  it('accepts the aliases real repositories use', () => {
    const {record, problems} = normalize('docs/adr/0001-x.md', {
      type: 'adr',
      status: 'accepted',
      'decision-makers': ['Ada', 'Alan'],
      supersededBy: 'ADR-0002',
      author: 'Grace',
      reviewDate: '2027-01-31',
    });
    expect(problems).toEqual([]);
    expect(record.people.deciders).toEqual(['Ada', 'Alan']);
    expect(record.people.authors).toEqual(['Grace']);
    expect(record.reviewBy).toBe('2027-01-31');
    expect(record.relations).toEqual([{kind: 'superseded-by', target: 'ADR-0002', field: 'supersededBy'}]);
  });

  it('reads a comma-separated deciders line and blog-style author maps', () => {
    const {record} = normalize('docs/adr/0001-x.md', {
      type: 'adr',
      status: 'accepted',
      decisionMakers: 'Ada Lovelace, Alan Turing',
      authors: [{name: 'Grace Hopper', url: 'https://example.com'}],
    });
    expect(record.people.deciders).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(record.people.authors).toEqual(['Grace Hopper']);
  });

  it('understands the design-doc template words: Draft, Must Have, Medium, Critical', () => {
    const {record, problems} = normalize('docs/design/search.md', {
      type: 'design-doc',
      status: 'Draft',
      date: new Date(Date.UTC(2024, 10, 16)),
      requirements: [
        {id: 'FR-1', text: 'Search titles', priority: 'Must Have'},
        {id: 'FR-2', requirement: 'Search bodies', priority: "Won't Have"},
        {id: 'NFR-1', category: 'Performance', requirement: 'API latency', target: '< 200ms p95'},
      ],
      risks: [
        {risk: 'Database becomes bottleneck', likelihood: 'Medium', impact: 'High', mitigation: 'Read replicas'},
        {risk: 'Data privacy violation', likelihood: 'Low', impact: 'Critical'},
      ],
      decisions: [
        {title: 'Technology Choice', chosen: 'Option A', 'alternatives-considered': ['B', 'C'], rationale: 'Why', 'trade-offs': 'What'},
      ],
      'open-questions': ['Question for principal-engineer'],
      revisions: [{date: '2024-11-16', author: 'Claude', changes: 'Initial draft'}],
    });
    expect(problems).toEqual([]);
    expect(record.date).toBe('2024-11-16');
    expect(record.requirements.map((r) => [r.id, r.priority, r.kind])).toEqual([
      ['FR-1', 'must', 'functional'],
      ['FR-2', 'wont', 'functional'],
      ['NFR-1', null, 'non-functional'],
    ]);
    expect(record.risks.map((r) => [r.likelihood, r.impact, r.score])).toEqual([
      ['medium', 'high', 12],
      ['low', 'critical', 10],
    ]);
    expect(record.decisions[0]).toMatchObject({chosen: 'Option A', alternatives: ['B', 'C'], tradeoffs: 'What'});
    expect(record.openQuestions).toEqual(['Question for principal-engineer']);
    expect(record.revisions).toEqual([{version: null, date: '2024-11-16', author: 'Claude', changes: 'Initial draft', extra: {}}]);
  });

  it('reports every bad field with its path, and still produces the record', () => {
    const {record, problems} = normalize('docs/adr/0005-bad.md', {
      type: 'adr',
      status: 'acepted',
      date: '2026-02-30',
      deciders: 42,
      risks: [{title: 'Outage', likelihood: 'sometimes', impact: 9}],
      requirements: {id: 'FR-1'},
      decisions: ['Use X', 7],
    });
    expect(record).toMatchObject({number: 5, status: 'acepted', decisions: [{title: 'Use X'}]});
    expect(problems.map((p) => p.field)).toEqual([
      'status',
      'deciders',
      'date',
      'decisions[1]',
      'risks[0].likelihood',
      'risks[0].impact',
      'requirements',
    ]);
    expect(problems.every((p) => p.file === 'docs/adr/0005-bad.md')).toBe(true);
    expect(problems[0]!.message).toContain('unknown status "acepted" for type adr');
    expect(problems[0]!.message).toContain('proposed, accepted, rejected, deprecated, superseded');
  });

  it('reports an unknown type and keeps the doc with its raw type', () => {
    const {record, problems} = normalize('docs/misc/x.md', {type: 'memo', status: 'sent'});
    expect(record.type).toBe('memo');
    expect(record.status).toBe('sent');
    expect(problems).toEqual([
      expect.objectContaining({field: 'type', severity: 'error', message: expect.stringContaining('unknown type "memo"')}),
    ]);
  });

  it('keeps unknown keys for swizzled components but not the docs plugin keys', () => {
    const {record} = normalize('docs/adr/0001-x.md', {
      type: 'adr',
      status: 'accepted',
      sidebar_position: 3,
      component: 'billing',
      'cost-estimate': {monthly: 120},
    });
    expect(record.extra).toEqual({component: 'billing', 'cost-estimate': {monthly: 120}});
  });

  it('warns when a field is given twice under two spellings', () => {
    const {record, problems} = normalize('docs/adr/0001-x.md', {
      type: 'adr',
      status: 'accepted',
      deciders: ['Ada'],
      'decision-makers': ['Alan'],
    });
    expect(record.people.deciders).toEqual(['Ada']);
    expect(problems).toEqual([expect.objectContaining({field: 'decision-makers', severity: 'warning'})]);
  });
});

import {describe, expect, it} from 'vitest';
import {normalizeDesignDoc} from '../../plugin/normalize/normalizeDesignDoc';
import {loadedDoc, model, vocabulary} from '../helpers/model';
import {recordOf} from '../helpers/markdown';
import {referenceOf} from '../../plugin/vocabulary/references';

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

  it('takes a record number only when it is a safe integer, and reports any larger one at its field', async () => {
    const tooLarge = /is larger than 9007199254740991, the largest record number; the doc has no number/;
    for (const number of [1e21, 99999999999999999999, 'ADR-99999999999999999999', '99999999999999999999']) {
      const {record, problems} = normalize('docs/adr/use-x.md', {type: 'adr', status: 'accepted', number});
      expect(record.number, String(number)).toBeNull();
      expect(referenceOf(record, vocabulary)).toBeNull();
      expect(problems.map((p) => [p.file, p.field, p.severity])).toEqual([['docs/adr/use-x.md', 'number', 'error']]);
      expect(problems[0]!.message).toMatch(tooLarge);
    }
    // Written as YAML would give it: the message shows the value, not a rounded one.
    expect(normalize('docs/adr/use-x.md', {type: 'adr', status: 'accepted', number: 'ADR-99999999999999999999'}).problems[0]!.message).toMatch(/^"ADR-99999999999999999999" is larger/);
    expect(normalize('docs/adr/use-x.md', {type: 'adr', status: 'accepted', number: 1e21}).problems[0]!.message).toMatch(/^number 1e\+21 is larger/);

    const fromName = normalize('docs/adr/99999999999999999999-use-x.md', {type: 'adr', status: 'accepted'});
    expect(fromName.record.number).toBeNull();
    expect(fromName.problems.map((p) => [p.field, p.message])).toEqual([
      ['number', 'the file name\'s number 99999999999999999999 is larger than 9007199254740991, the largest record number; the doc has no number'],
    ]);

    const fromHeading = await recordOf('docs/adr/use-y.md', '# 99999999999999999999. Use Y\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n');
    expect(fromHeading.record.number).toBeNull();
    expect(fromHeading.problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['number', 1, 'the heading "99999999999999999999. Use Y" gives the number 99999999999999999999, which is larger than 9007199254740991, the largest record number; the doc has no number'],
    ]);

    const largest = normalize('docs/adr/use-x.md', {type: 'adr', status: 'accepted', number: Number.MAX_SAFE_INTEGER});
    expect(largest.problems).toEqual([]);
    expect(referenceOf(largest.record, vocabulary)).toBe('ADR-9007199254740991');

    // A relation to a number beyond that names no doc, not one whose digits round the same way.
    const related = model(
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'accepted', related: 'ADR-100000000000000000001'}),
      loadedDoc('docs/adr/b.md', {type: 'adr', status: 'accepted', number: 100000000000000000000}),
    );
    expect(related.relations.size).toBe(0);
    expect(related.problems.map((p) => [p.file, p.field, p.message.slice(0, 60)])).toEqual([
      ['docs/adr/b.md', 'number', 'number 100000000000000000000 is larger than 9007199254740991'],
      ['docs/adr/0001-a.md', 'related', '"ADR-100000000000000000001" does not match any design doc (u'],
    ]);
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
    expect(record.revisions).toEqual([{version: null, date: '2024-11-16', author: 'Claude', changes: 'Initial draft', feedbackFrom: [], rationale: null, extra: {}}]);
  });

  it('reports every bad field with its path, and still produces the record', () => {
    const {record, problems, unknownStatus} = normalize('docs/adr/0005-bad.md', {
      type: 'adr',
      status: 'acepted',
      date: '2026-02-30',
      deciders: 42,
      risks: [{title: 'Outage', likelihood: 'sometimes', impact: 9}],
      requirements: {id: 'FR-1'},
      decisions: ['Use X', 7],
    });
    expect(record).toMatchObject({number: 5, status: 'acepted', decisions: [{title: 'Use X'}]});
    expect(problems.map((p) => p.field)).toEqual(['deciders', 'date', 'decisions[1]', 'risks[0].likelihood', 'risks[0].impact', 'requirements']);
    expect(problems.every((p) => p.file === 'docs/adr/0005-bad.md')).toBe(true);
    // An unknown status word is counted across the site and reported once per word, by the model.
    expect(unknownStatus).toMatchObject({written: 'acepted', field: 'status'});
    const site = model(loadedDoc('docs/adr/0005-bad.md', {type: 'adr', status: 'acepted'}));
    expect(site.problems.map((p) => [p.file, p.field, p.message])).toEqual([
      [
        'docs/adr/0005-bad.md',
        'status',
        '1 record uses "acepted", which is not a status of type adr (proposed, accepted, rejected, deprecated, superseded); add it to a status\'s `aliases` or fix the record',
      ],
    ]);
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

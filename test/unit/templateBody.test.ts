import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {getDefaultOptions} from '../../plugin/options';
import {createVocabulary} from '../../plugin/vocabulary/vocabulary';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {parseFrontMatter, recordOf} from '../helpers/markdown';

const fixtures = path.join(__dirname, '../__fixtures__/template');
/** The template of ../shared/seed/system-architect-skill.md, copied verbatim and unfilled. */
const seedTemplate = readFileSync(path.join(fixtures, 'seed-template.md'), 'utf8');
const checkout = readFileSync(path.join(fixtures, 'checkout-service.md'), 'utf8');

const summary = (problems: {field: string; message: string; severity: string; line?: number; column?: number}[]) =>
  problems.map((p) => `${p.severity} ${p.field}${p.line ? `@${p.line}:${p.column ?? ''}` : ''}: ${p.message}`);

describe('the seed template, verbatim and unfilled, with no front matter', () => {
  it('is a design doc of its folder, with every table, decision and question read', async () => {
    const {record} = await recordOf('docs/design/system-design.md', seedTemplate);
    expect(record.type).toBe('design-doc');
    expect(record.title).toBe('[System Name]');
    expect(record.people.authors).toEqual(['Claude']);
    // `[Principal Engineer, Code Reviewer]` is a placeholder, not two people.
    expect(record.people.reviewers).toEqual([]);
    expect(record.requirements.map((r) => [r.id, r.kind, r.priority, r.category, r.target])).toEqual([
      ['FR-1', 'functional', 'must', null, null],
      ['FR-2', 'functional', 'should', null, null],
      ['NFR-1', 'non-functional', null, 'Performance', '< 200ms p95'],
      ['NFR-2', 'non-functional', null, 'Scalability', '100k users'],
      ['NFR-3', 'non-functional', null, 'Availability', '99.9%'],
      ['NFR-4', 'non-functional', null, 'Security', 'At rest & in transit'],
    ]);
    expect(record.decisions.map((d) => [d.title, d.chosen, d.alternatives])).toEqual([
      ['[Technology Choice]', '[Option A]', ['Option B', 'Option C']],
      ['[Architecture Pattern]', '[Pattern X]', ['Pattern Y', 'Pattern Z']],
    ]);
    expect(record.risks.map((r) => [r.title, r.likelihood, r.impact, r.score])).toEqual([
      ['Database becomes bottleneck', 'medium', 'high', 12],
      ['Third-party API downtime', 'medium', 'medium', 9],
      ['Data privacy violation', 'low', 'critical', 10],
      ['Scaling costs', 'high', 'medium', 12],
    ]);
    expect(record.revisions).toEqual([{version: null, date: '2024-11-16', author: 'Claude', changes: 'Initial draft', feedbackFrom: [], rationale: null, extra: {}}]);
    expect(record.openQuestions).toEqual(['[Question for principal-engineer]', '[Question for code-reviewer]', '[Question for stakeholders]']);
  });

  it('asks the author to choose one status and write the date, and never takes the first word', async () => {
    const {record, problems} = await recordOf('docs/design/system-design.md', seedTemplate);
    expect(record.status).toBeNull();
    expect(record.date).toBeNull();
    expect(summary(problems)).toEqual([
      'warning Status@5:13: "Draft | Review | Approved" is not one status; choose one status: Draft, In review, Approved, Implemented, Obsolete',
      'warning Date@4:11: "[Current Date]" is a placeholder; write the date, such as 2026-10-14 or February 8, 2026',
    ]);
  });
});

describe('a filled copy of the template', () => {
  it('publishes its header fields, with the title the listings use', async () => {
    const {record, problems} = await recordOf('docs/design/checkout.md', checkout);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      type: 'design-doc',
      title: 'Checkout Service',
      status: 'review',
      date: '2026-10-14',
      people: {authors: ['Priya Raman'], reviewers: ['Principal Engineer Jo Park', 'Code Reviewer Sam Lee']},
    });
  });

  it('reads requirements by their header cells, keeping extra columns and section anchors', async () => {
    const {record} = await recordOf('docs/design/checkout.md', checkout);
    expect(record.requirements.map((r) => `${r.id} ${r.kind} ${r.priority} #${r.anchor}`)).toEqual([
      'FR-1 functional must #31-functional-requirements',
      'FR-2 functional should #31-functional-requirements',
      'FR-3 functional wont #31-functional-requirements',
      'NFR-1 non-functional null #32-non-functional-requirements',
      'NFR-2 non-functional null #32-non-functional-requirements',
      'NFR-3 non-functional null #32-non-functional-requirements',
    ]);
    expect(record.requirements[0]!.extra).toEqual({'Acceptance Criteria': '3-D Secure passes'});
    // An empty cell is no value.
    expect(record.requirements[1]!.extra).toEqual({});
    expect(record.requirements[3]).toMatchObject({category: 'Performance', text: 'Checkout API latency', target: '< 300ms p95'});
  });

  it('reads decision blocks, risks, revisions, open questions and the checklist', async () => {
    const {record} = await recordOf('docs/design/checkout.md', checkout);
    expect(record.decisions[0]).toEqual({
      title: 'Payment provider',
      chosen: 'Stripe',
      alternatives: ['Adyen', 'Braintree (PayPal)'],
      rationale: 'Best API and test tooling',
      tradeoffs: 'Higher fees than Adyen at our volume',
      status: null,
      anchor: 'decision-1-payment-provider',
      extra: {},
    });
    expect(record.risks.map((r) => `${r.title}: ${r.score} (${r.mitigation}) #${r.anchor}`)).toEqual([
      'Provider outage: 8 (Queue payments and retry) #13-risks--mitigation',
      'Fraud spike: 12 (Rate limits and 3-D Secure) #13-risks--mitigation',
      'Schema migrations block deploys: 9 (Expand-contract migrations) #13-risks--mitigation',
    ]);
    expect(record.revisions.map((r) => `${r.date} ${r.author}: ${r.changes}`)).toEqual([
      '2026-10-01 Priya Raman: Initial draft',
      '2026-10-14 Priya Raman: Risks after review',
    ]);
    expect(record.openQuestions).toEqual(['Do we need a second provider for Europe?', 'Who owns refunds?']);
    expect(record.checklist.filter((item) => item.done)).toHaveLength(3);
    expect(record.checklist[2]).toEqual({text: 'Security design complete', done: false});
  });
});

describe('what the docs plugin is handed', () => {
  it('a type, the title without "System Design Document:", and a description that is not the header block', async () => {
    const {frontMatter} = await parseFrontMatter({filePath: '/site/docs/design/checkout.md', fileContent: checkout, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
    expect(frontMatter).toMatchObject({type: 'design-doc', title: 'Checkout Service', description: 'Checkout takes a basket to a paid order.'});
    const written = await parseFrontMatter({filePath: '/site/docs/design/checkout.md', fileContent: `---\ntitle: Checkout\ndescription: Mine\n---\n${checkout}`, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
    expect(written.frontMatter).toMatchObject({type: 'design-doc', title: 'Checkout', description: 'Mine'});
  });
});

describe('the variants real documents use', () => {
  it('reads the colon inside the bold, trailing spaces, other names, written dates and roles', async () => {
    const source = [
      '# Technical Design: Search Indexer',
      '',
      '**Status:** Approved  ',
      '**Version:** 1.3  ',
      '**Prepared By:** Priya Raman (System Architect), Ken Ito  ',
      '**Owner(s):** Platform Team  ',
      '**Reviewed By:** Ada Lovelace and Alan Turing  ',
      '**Approvers:** Grace Hopper (VP Engineering)  ',
      '**Date:** February 8, 2026',
      '',
      '## Overview',
      '',
      'Text.',
      '',
    ].join('\n');
    const {record, problems} = await recordOf('docs/design/search.md', source);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      title: 'Search Indexer',
      status: 'approved',
      version: '1.3',
      date: '2026-02-08',
      people: {
        authors: ['Priya Raman', 'Ken Ito'],
        owners: ['Platform Team'],
        reviewers: ['Ada Lovelace', 'Alan Turing'],
        approvers: ['Grace Hopper'],
      },
    });
  });

  it('reads a header written as a list, a Document Control table, decision tables and 12.1 headings', async () => {
    const source = `# Design Doc: Ledger

- **Author**: Ken Ito
- **Status**: Draft
- **Date**: 8 March 2026

| Version | Date | Author | Changes |
|---------|------|--------|---------|
| 0.1 | 2026-03-01 | Ken Ito | First cut |

## Requirements

| Requirement | ID | Priority |
|---|---|---|
| Double-entry postings | L-1 | P0 |
| Monthly statements | L-2 | Low |

## Trade-offs

| Decision | Alternatives | Why | Trade-offs |
|---|---|---|---|
| Event sourcing | CRUD tables, CDC | Audit for free | Harder queries |

### 12.1 Currency precision
**Chosen**: Integer minor units
**Alternatives Considered**: Decimal, Float
**Rationale**: No rounding surprises
`;
    const {record, problems} = await recordOf('docs/design/ledger.md', source);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({title: 'Ledger', status: 'draft', date: '2026-03-08', people: {authors: ['Ken Ito']}});
    expect(record.revisions).toEqual([{version: '0.1', date: '2026-03-01', author: 'Ken Ito', changes: 'First cut', feedbackFrom: [], rationale: null, extra: {}}]);
    // Mapped by header cells, not column position; P0 and Low by the default word table.
    expect(record.requirements.map((r) => [r.id, r.text, r.priority])).toEqual([
      ['L-1', 'Double-entry postings', 'must'],
      ['L-2', 'Monthly statements', 'could'],
    ]);
    expect(record.decisions.map((d) => [d.title, d.alternatives, d.rationale, d.tradeoffs])).toEqual([
      ['Event sourcing', ['CRUD tables', 'CDC'], 'Audit for free', 'Harder queries'],
      ['Currency precision', ['Decimal', 'Float'], 'No rounding surprises', null],
    ]);
    expect(record.decisions[1]).toMatchObject({chosen: 'Integer minor units', anchor: '121-currency-precision'});
  });

  it('reads the priority words a site configures', async () => {
    const vocabulary = createVocabulary({...getDefaultOptions(), priorityWords: {Urgent: 'must', P2: 'should'}});
    const source = '---\ntype: design-doc\nstatus: draft\n---\n# X\n\n## Functional Requirements\n\n| ID | Requirement | Priority |\n|---|---|---|\n| FR-1 | A | Urgent |\n| FR-2 | B | P2 |\n';
    const {record} = await recordOf('docs/x.md', source, {vocabulary});
    expect(record.requirements.map((r) => r.priority)).toEqual(['must', 'should']);
  });

  it('reads bare addresses, struck-out words and footnote marks in cells as a reader sees them', async () => {
    // The reader leaves out GFM autolink literals (ADR-0033); a bare address is still its text.
    const source = `# Design Document: Links

**Status**: Draft

## Functional Requirements

| ID | Requirement | Priority |
|---|---|---|
| FR-1 | Mirror https://example.com/a?b=1 and www.example.org nightly | Must Have |
| FR-2 | Export ~~CSV~~ Parquet[^1] | Should Have |

[^1]: Columnar, for the warehouse.

## Open Questions

1. Is mail to ops@example.com enough?
`;
    const {record, problems} = await recordOf('docs/design/links.md', source);
    expect(problems).toEqual([]);
    expect(record.requirements.map((r) => [r.id, r.text, r.priority])).toEqual([
      ['FR-1', 'Mirror https://example.com/a?b=1 and www.example.org nightly', 'must'],
      ['FR-2', 'Export CSV Parquet', 'should'],
    ]);
    expect(record.openQuestions).toEqual(['Is mail to ops@example.com enough?']);
  });

  it('keeps tables with missing columns, and leaves out tables that are not registers', async () => {
    const source = `# Design Document: Cache

**Status**: Draft

## Risks

| Risk | Impact | Owner |
|---|---|---|
| Stale reads | High | Ken |

| Threat | Mitigation |
|---|---|
| DDoS | Rate limits |

## Functional Requirements

| Requirement |
|---|
| Serve reads from memory |

## 3. Requirements

### 3.3 Constraints

| Constraint | Description |
|---|---|
| Budget | Under 10k a year |

### 3.4 Data retention

| Data | Description |
|---|---|
| Logs | 30 days |
`;
    const {record, problems} = await recordOf('docs/design/cache.md', source);
    expect(problems).toEqual([]);
    expect(record.risks).toEqual([
      {id: null, title: 'Stale reads', likelihood: null, impact: 'high', score: null, mitigation: null, owner: 'Ken', status: null, anchor: 'risks', extra: {}},
    ]);
    // No ID column: ids are given per doc.
    expect(record.requirements.map((r) => [r.id, r.text, r.priority])).toEqual([['FR-1', 'Serve reads from memory', null]]);
  });
});

describe('bad rows and data given twice', () => {
  it('publishes an invalid row with the rest and reports it once with its line, column and column name', async () => {
    const source = checkout.replace('| FR-2 | Save a basket for later | Should Have |', '| FR-2 | Save a basket for later | Urgent |').replace('| Fraud spike | Medium |', '| Fraud spike | Sometimes |');
    const {record, problems} = await recordOf('docs/design/checkout.md', source);
    expect(record.requirements).toHaveLength(6);
    expect(record.requirements[1]).toMatchObject({id: 'FR-2', priority: null});
    expect(record.risks).toHaveLength(3);
    expect(summary(problems)).toEqual([
      'error Likelihood@47:17: "Sometimes" is not on the scale; use one of Very low, Low, Medium, High, Very high (or 1-5)',
      'warning Priority@18:36: "Urgent" is not a priority; use Must Have, Should Have, Could Have or Won\'t Have (or P0, P1, P2, P3, High, Medium, Low; more with the "priorityWords" option)',
    ]);
    expect(problems.every((p) => p.file === 'docs/design/checkout.md')).toBe(true);
  });

  it('lets front matter win field by field, and names both when they disagree', async () => {
    const source = `---
type: design-doc
status: approved
date: 2026-10-14
authors: [Someone Else]
requirements:
  - id: FR-1
    text: Take card payments
    priority: Must Have
---
${checkout}`;
    // The approval gate's warnings about the unticked checklist are test/unit/reviewReadiness.test.ts's.
    const {record, problems} = await recordOf('docs/design/checkout.md', source, {approvalGate: 'off'});
    expect(record).toMatchObject({status: 'approved', date: '2026-10-14', people: {authors: ['Someone Else'], reviewers: ['Principal Engineer Jo Park', 'Code Reviewer Sam Lee']}});
    expect(record.requirements).toHaveLength(1);
    // The body's risks still count: the front matter gives none.
    expect(record.risks).toHaveLength(3);
    expect(summary(problems)).toEqual([
      'warning status: front matter says "approved" but the body\'s "Status" on line 15 says "Review"; the front matter is used',
      'warning authors: front matter says "Someone Else" but the body\'s "Author" on line 13 says "Priya Raman (System Architect)"; the front matter is used',
      'warning requirements: front matter lists 1 and the body 6, from line 27 ("fr-1 take card payments"); the front matter is used',
    ]);
  });

  it('says nothing when front matter and body agree', async () => {
    const source = `---\ntype: design-doc\nstatus: In Review\ndate: 2026-10-14\nauthors: [Priya Raman]\n---\n${checkout}`;
    const {problems} = await recordOf('docs/design/checkout.md', source);
    expect(problems).toEqual([]);
  });
});

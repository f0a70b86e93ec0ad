import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {modelOf, recordOf} from '../helpers/markdown';
import {reviewReadinessOf} from '../../plugin/review/readiness';
import {createVocabulary} from '../../plugin/vocabulary/vocabulary';
import {validateOptions} from '../../plugin/options';
import {vocabulary} from '../helpers/model';
import type {Options, PluginOptions} from '../../plugin/types/options';

const fixtures = path.join(__dirname, '../__fixtures__/template');
const seedTemplate = readFileSync(path.join(fixtures, 'seed-template.md'), 'utf8');
const checkout = readFileSync(path.join(fixtures, 'checkout-service.md'), 'utf8');

function vocabularyWith(options: Options) {
  const validated = validateOptions({validate: (schema, value) => {
    const {error, value: result} = (schema as {validate: (v: unknown) => {error?: Error; value: unknown}}).validate(value);
    if (error) {
      throw error;
    }
    return result as PluginOptions;
  }, options});
  return createVocabulary(validated);
}

const REVIEWED = `# System Design Document: Ledger

**Status**: Review
**Author**: Priya Raman
**Reviewers**: Mei Chen, Sam Lee

## Review Feedback

- [ ] 🔴 **Critical** (Mei Chen): The retry budget is unbounded.
- [x] 🟡 Important — Sam Lee: Add p99 targets to NFR-1.
  - Resolution: NFR-1 now says p99 < 300 ms.
- 🟢 Nice-to-have: a sequence diagram for refunds.
- 💬 Question (by Mei Chen, 2026-11-20): Who owns the runbook?
- A plain note that is not feedback.

### Feedback from Ops (2026-11-21)

- [ ] Critical: paging has no owner.

## Feedback Categories

- 🔴 **Critical**: Must address before implementation

## Revision: 2026-11-22
**Feedback from**: Mei Chen, Sam Lee
**Changes made**:
- Section 3.2: p99 targets added
- Section 13: retry risk added
**Rationale**: Reviewers asked for
measurable targets.

## Revision: [Date]
**Feedback from**: [Reviewer]
`;

describe('review feedback and revisions, as the seed writes them', () => {
  it('reads each feedback item by its emoji or word, its reviewer, its box and its reply', async () => {
    const {record, problems} = await recordOf('docs/design/ledger.md', REVIEWED);
    expect(problems).toEqual([]);
    expect(record.feedback.map(({category, by, text, resolved, resolution}) => ({category, by, text, resolved, resolution}))).toEqual([
      {category: 'critical', by: 'Mei Chen', text: 'The retry budget is unbounded.', resolved: false, resolution: null},
      {category: 'important', by: 'Sam Lee', text: 'Add p99 targets to NFR-1.', resolved: true, resolution: 'NFR-1 now says p99 < 300 ms.'},
      {category: 'nice-to-have', by: null, text: 'a sequence diagram for refunds.', resolved: false, resolution: null},
      {category: 'question', by: 'Mei Chen', text: 'Who owns the runbook?', resolved: false, resolution: null},
      {category: 'critical', by: 'Ops', text: 'paging has no owner.', resolved: false, resolution: null},
    ]);
    expect(record.feedback[0]!.anchor).toBe('review-feedback');
  });

  it('reads a "Revision: [Date]" block with whose feedback it answers, and skips the unfilled example', async () => {
    const {record} = await recordOf('docs/design/ledger.md', REVIEWED);
    expect(record.revisions).toEqual([
      {
        version: null,
        date: '2026-11-22',
        author: null,
        changes: 'Section 3.2: p99 targets added; Section 13: retry risk added',
        feedbackFrom: ['Mei Chen', 'Sam Lee'],
        rationale: 'Reviewers asked for measurable targets.',
        extra: {},
      },
    ]);
  });

  it('reads feedback[] in front matter, and names the entry and field of a category it does not know', async () => {
    const {record, problems} = await recordOf(
      'docs/design/ledger.md',
      `---
type: design-doc
status: review
feedback:
  - {category: 🔴, by: Mei Chen, text: Retry budget, resolved: true, resolution: Capped at 3}
  - {category: Important, text: Add targets}
  - {category: urgent, text: Fix paging}
---

# Ledger
`,
    );
    expect(record.feedback.map((f) => [f.category, f.resolved, f.resolution])).toEqual([
      ['critical', true, 'Capped at 3'],
      ['important', false, null],
      ['critical', false, null],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({field: 'feedback[2].category', severity: 'error', message: expect.stringContaining('"urgent" is not a feedback category')}),
    ]);
  });
});

describe('completeness and readiness', () => {
  it('finds every section of the seed template in the template itself, and the placeholders it leaves', async () => {
    const {record} = await recordOf('docs/design/system-design.md', seedTemplate);
    const readiness = reviewReadinessOf(record, vocabulary);
    expect(readiness.sections).toEqual({required: 12, missing: []});
    // The template's risk table has no Owner column, and its decisions say `**Rationale**: [Why this choice]`.
    expect(readiness.findings.map((f) => f.message)).toEqual([
      'Risk "Database becomes bottleneck" has no owner',
      'Risk "Third-party API downtime" has no owner',
      'Risk "Data privacy violation" has no owner',
      'Risk "Scaling costs" has no owner',
      'Decision "[Technology Choice]" gives no rationale',
      'Decision "[Architecture Pattern]" gives no rationale',
    ]);
    expect(readiness.findings[0]!.anchor).toBe('13-risks--mitigation');
  });

  it('names the sections a short design doc leaves out, and the entries that lack what review asks', async () => {
    const {record} = await recordOf('docs/design/checkout.md', checkout);
    const readiness = reviewReadinessOf(record, vocabulary);
    expect(readiness.sections.missing).toEqual(['Architecture', 'Data design', 'API design', 'Security', 'Observability']);
    expect(readiness.blockers).toContain('sections');
    expect(readiness.ready).toBe(false);
  });

  it('asks an ADR for Context, Decision and Consequences, under MADR\'s names too', async () => {
    const madr = `---\ntype: adr\nstatus: proposed\n---\n\n# Use Postgres\n\n## Context and Problem Statement\n\nWe need a store.\n\n## Decision Outcome\n\nChosen option: Postgres.\n`;
    const {record} = await recordOf('docs/adr/0001-use-postgres.md', madr);
    const readiness = reviewReadinessOf(record, vocabulary);
    expect(readiness.sections.missing).toEqual(['Consequences']);
    expect(readiness.findings).toEqual([{rule: 'reviewers', message: 'In review, but no reviewers are named', anchor: null}]);
  });

  it('tells each state apart: ready, blocked by the checklist, by critical feedback, by missing sections', async () => {
    const adr = (extra: string) => `---\ntype: adr\nstatus: proposed\nreviewers: [Mei Chen]\n${extra}---\n\n# Use X\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n`;
    const ready = await recordOf('docs/adr/0001-x.md', adr('checklist: ["[x] Risks identified"]\n'));
    const checklist = await recordOf('docs/adr/0001-x.md', adr('checklist: ["[x] Risks identified", "[ ] Trade-offs stated"]\n'));
    const critical = await recordOf('docs/adr/0001-x.md', adr('feedback: [{category: critical, text: No rollback}, {category: question, text: Why?}]\n'));
    const sections = await recordOf('docs/adr/0001-x.md', `---\ntype: adr\nstatus: proposed\nreviewers: [Mei Chen]\n---\n\n# Use X\n\n## Context\n\nA.\n`);
    const of = ({record}: {record: Parameters<typeof reviewReadinessOf>[0]}) => reviewReadinessOf(record, vocabulary);
    expect(of(ready)).toMatchObject({ready: true, blockers: [], checklist: {done: 1, total: 1, open: []}, findings: []});
    expect(of(checklist)).toMatchObject({ready: false, blockers: ['checklist'], checklist: {done: 1, total: 2, open: ['Trade-offs stated']}});
    expect(of(critical)).toMatchObject({
      ready: false,
      blockers: ['critical-feedback'],
      feedback: {total: 2, open: {critical: 1, important: 0, 'nice-to-have': 0, question: 1}},
    });
    expect(of(sections)).toMatchObject({ready: false, blockers: ['sections'], sections: {required: 3, missing: ['Decision', 'Consequences']}});
  });

  it('lets a type set its own sections and switch checks off', async () => {
    const vocab = vocabularyWith({types: {adr: {review: {sections: ['Context', {label: 'Security', aliases: ['Threats']}], rules: {reviewers: false}}}}});
    const {record} = await recordOf('docs/adr/0001-x.md', `---\ntype: adr\nstatus: proposed\n---\n\n# X\n\n## Context\n\nA.\n\n## Threats\n\nB.\n`, {vocabulary: vocab});
    expect(reviewReadinessOf(record, vocab)).toMatchObject({ready: true, sections: {required: 2, missing: []}, findings: []});
  });
});

describe('the approval gate', () => {
  const approved = REVIEWED.replace('**Status**: Review', '**Status**: Approved').replace('## Review Feedback', '## Validation Checklist\n\n- [x] Risks identified\n- [ ] Trade-offs stated\n\n## Review Feedback');

  it('warns by default, once per unticked item and open critical feedback, each at its line', async () => {
    const model = await modelOf({'docs/design/ledger.md': approved});
    const gate = model.problems.filter((p) => p.message.startsWith('Approved, but'));
    expect(gate).toEqual([
      {file: 'docs/design/ledger.md', field: 'checklist', line: 10, column: 1, severity: 'warning', message: 'Approved, but the validation checklist item "Trade-offs stated" is not ticked'},
      {file: 'docs/design/ledger.md', field: 'Feedback', line: 14, column: 1, severity: 'warning', message: 'Approved, but critical feedback from Mei Chen is unresolved: "The retry budget is unbounded."'},
      {file: 'docs/design/ledger.md', field: 'Feedback', line: 23, column: 1, severity: 'warning', message: 'Approved, but critical feedback from Ops is unresolved: "paging has no owner."'},
    ]);
  });

  it('is an error with approvalGate "error", says nothing when "off", and names a front-matter field as written', async () => {
    const source = `---\ntype: adr\nstatus: accepted\nChecklist: ["[ ] Rollback tested"]\n---\n\n# X\n`;
    const errors = await modelOf({'docs/adr/0001-x.md': source}, {approvalGate: 'error'});
    expect(errors.problems.filter((p) => p.message.startsWith('Accepted, but'))).toEqual([
      {file: 'docs/adr/0001-x.md', field: 'Checklist[0]', severity: 'error', message: 'Accepted, but the validation checklist item "Rollback tested" is not ticked'},
    ]);
    const off = await modelOf({'docs/adr/0001-x.md': source}, {approvalGate: 'off'});
    expect(off.problems.filter((p) => p.message.startsWith('Accepted, but'))).toEqual([]);
  });

  it('lets a draft keep open items, and lets a type say which statuses are approved-like', async () => {
    const draft = await modelOf({'docs/design/ledger.md': REVIEWED.replace('**Status**: Review', '**Status**: Draft')});
    expect(draft.problems).toEqual([]);
    const vocab = vocabularyWith({types: {adr: {statuses: [{id: 'proposed'}, {id: 'accepted', approved: false}, {id: 'ratified', approved: true}]}}});
    const source = (status: string) => `---\ntype: adr\nstatus: ${status}\nchecklist: ["[ ] Rollback tested"]\n---\n\n# X\n`;
    expect((await modelOf({'docs/adr/0001-x.md': source('accepted')}, {vocabulary: vocab})).problems).toEqual([]);
    expect((await modelOf({'docs/adr/0001-x.md': source('ratified')}, {vocabulary: vocab})).problems.map((p) => p.message)).toEqual([
      'Ratified, but the validation checklist item "Rollback tested" is not ticked',
    ]);
  });
});

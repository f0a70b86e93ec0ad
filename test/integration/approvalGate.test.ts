import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import Ajv from 'ajv';
import {buildSite, readPage, repoRoot, text, type BuildResult} from '../helpers/docusaurus';
import {writeFixtureSite} from '../helpers/fixtureSite';
import {scaledTimeout} from '../helpers/timeouts';
import {elementsNamed, parseXml, textOf} from '../helpers/xml';
import type {DesignDocsJson} from '../../plugin/types/output';
import type {DesignDocModel} from '../../plugin/types/model';

/**
 * The approval gate in real builds of one site in a git repository: two
 * approved docs that still have open items, a design doc that entered
 * review in a commit of a known day, and a ready ADR. Built once with
 * `approvalGate: 'error'` and once with the default.
 */

const LEDGER = `# System Design Document: Ledger

**Status**: Approved
**Author**: Priya Raman
**Reviewers**: Mei Chen, Sam Lee

## Validation Checklist

- [x] Risks identified
- [ ] Trade-offs stated

## Review Feedback

- [ ] 🔴 **Critical** (Mei Chen): The retry budget is unbounded.
- [x] 🟡 Important — Sam Lee: Add p99 targets to NFR-1.
  - Resolution: NFR-1 now says p99 < 300 ms.
- 💬 Question (by Mei Chen, 2026-11-20): Who owns the runbook?
`;

const POSTGRES = `---
type: adr
status: accepted
date: 2026-09-01
checklist: ["[x] Benchmarks run", "[ ] Rollback tested"]
---

# Use Postgres

## Context

We need a store.

## Decision

Postgres.

## Consequences

One more database to run.
`;

const CHECKOUT = (status: string) => `# System Design Document: Checkout Service

**Author**: Priya Raman
**Date**: 2026-10-01
**Status**: ${status}
**Reviewers**: Mei Chen

## 1. Executive Summary

Checkout takes a basket to a paid order.
`;

const READY = `---
type: adr
status: proposed
date: 2026-11-02
status-date: 2026-11-25
reviewers: [Sam Lee]
checklist: ["[x] Risks identified"]
---

# Use Kafka

## Context

Events.

## Decision

Kafka.

## Consequences

A cluster to run.
`;

/** 1-based line of `needle` in `source`. */
function lineOf(source: string, needle: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(needle));
  expect(index, needle).toBeGreaterThanOrEqual(0);
  return index + 1;
}

function writeGateSite(): string {
  const siteDir = writeFixtureSite('approval-gate', {
    home: '# Home\n\nDesign docs under review.\n',
    docs: {
      'design/ledger.md': LEDGER,
      'design/checkout.md': CHECKOUT('Draft'),
      'adr/0001-use-postgres.md': POSTGRES,
      'adr/0002-use-kafka.md': READY,
    },
    // The gate's mode comes from the environment, so both builds read one site.
    config: `module.exports = {
  title: 'Approval gate', url: 'https://example.com', baseUrl: '/', onBrokenLinks: 'throw',
  future: {v4: true, faster: true},
  markdown: {format: 'detect'},
  presets: [['classic', {docs: {routeBasePath: '/'}, blog: false, pages: false}]],
  plugins: [[${JSON.stringify(repoRoot)}, process.env.APPROVAL_GATE ? {approvalGate: process.env.APPROVAL_GATE} : {}]],
};
`,
  });
  writeFileSync(path.join(siteDir, '.gitignore'), 'node_modules\n.docusaurus\n');
  const git = (args: string[], day?: string) =>
    execFileSync('git', args, {
      cwd: siteDir,
      env: {...process.env, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.com', ...(day && {GIT_COMMITTER_DATE: `${day}T09:30:00Z`, GIT_AUTHOR_DATE: `${day}T09:30:00Z`})},
    });
  git(['init', '--quiet', '--initial-branch=main']);
  git(['add', '--all']);
  git(['commit', '--quiet', '-m', 'Design docs'], '2026-10-01');
  writeFileSync(path.join(siteDir, 'docs/design/checkout.md'), CHECKOUT('Review'));
  git(['commit', '--quiet', '--all', '-m', 'Checkout: ready for review'], '2026-11-20');
  return siteDir;
}

let siteDir: string;
let strict: BuildResult;
let lenient: BuildResult;

beforeAll(async () => {
  siteDir = writeGateSite();
  // One after the other: both builds write the site's .docusaurus folder.
  strict = await buildSite(siteDir, {APPROVAL_GATE: 'error'});
  lenient = await buildSite(siteDir);
  if (lenient.code !== 0) {
    throw new Error(`default build failed:\n${lenient.output.slice(-5000)}`);
  }
}, scaledTimeout(900_000));

/** Every problem line the build printed for the gate, colours off. */
function gateLines(output: string, severity: 'error' | 'warning'): string[] {
  return output.split('\n').map((line) => line.trim()).filter((line) => line.startsWith(`${severity} `) && / but /.test(line));
}

describe('the approval gate in a real build', () => {
  it('fails the build with approvalGate "error", naming the file, line and field of each open item', () => {
    expect(strict.code).not.toBe(0);
    expect(strict.output).toContain('- "docs/design/ledger.md"');
    expect(strict.output).toContain('- "docs/adr/0001-use-postgres.md"');
    expect(gateLines(strict.output, 'error')).toEqual([
      'error checklist[1]: Accepted, but the validation checklist item "Rollback tested" is not ticked',
      `error checklist (line ${lineOf(LEDGER, 'Trade-offs stated')}, column 1): Approved, but the validation checklist item "Trade-offs stated" is not ticked`,
      `error Feedback (line ${lineOf(LEDGER, 'retry budget')}, column 1): Approved, but critical feedback from Mei Chen is unresolved: "The retry budget is unbounded."`,
    ]);
    expect(strict.output).toContain('The approval gate\'s errors (approved docs with unticked checklist items or unresolved critical feedback) become warnings with the plugin option `approvalGate` set to "warn".');
  });

  it('only warns by default, with the same items, and publishes every doc', () => {
    expect(gateLines(lenient.output, 'warning')).toEqual(gateLines(strict.output, 'error').map((line) => line.replace(/^error /, 'warning ')));
    expect(lenient.output).not.toContain('approvalGate');
    for (const [route, title] of [
      ['/design/ledger', 'System Design Document: Ledger'],
      ['/design/checkout', 'System Design Document: Checkout Service'],
      ['/adr/use-postgres', 'Use Postgres'],
      ['/adr/use-kafka', 'Use Kafka'],
    ]) {
      expect(text(readPage(lenient.outDir, route!)('article h1').first()), route).toBe(title);
    }
    const json = JSON.parse(readFileSync(path.join(lenient.outDir, 'design-docs.json'), 'utf8')) as DesignDocsJson;
    expect(json.problems.filter((p) => / but /.test(p.message)).map((p) => [p.file, p.field, p.line ?? null, p.severity])).toEqual([
      ['docs/adr/0001-use-postgres.md', 'checklist[1]', null, 'warning'],
      ['docs/design/ledger.md', 'checklist', lineOf(LEDGER, 'Trade-offs stated'), 'warning'],
      ['docs/design/ledger.md', 'Feedback', lineOf(LEDGER, 'retry budget'), 'warning'],
    ]);
  });
});

describe('days in review, from the site\'s git history', () => {
  const json = () => JSON.parse(readFileSync(path.join(lenient.outDir, 'design-docs.json'), 'utf8')) as DesignDocsJson;

  it('dates a doc that entered review without status-date by the commit that set its status line', () => {
    const data = json();
    const validate = new Ajv({allErrors: true}).compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema/design-docs.schema.json'), 'utf8')));
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const byTitle = (title: string) => data.docs.find((doc) => doc.title === title)!;
    expect(byTitle('Checkout Service').statusDate).toBe('2026-11-20');
    // The front matter's status-date wins; an approved doc is not looked up.
    expect(byTitle('Use Kafka').statusDate).toBe('2026-11-25');
    expect(byTitle('Ledger').statusDate).toBeNull();
    // Ready first, then blocked by the missing sections.
    expect(data.reviewQueue.map((entry) => [data.docs.find((doc) => doc.key === entry.key)!.title, entry.since])).toEqual([
      ['Use Kafka', '2026-11-25'],
      ['Checkout Service', '2026-11-20'],
    ]);
  });

  it('puts the call for reviewers in the feeds on that day', () => {
    const atom = parseXml(readFileSync(path.join(lenient.outDir, 'architecture/atom.xml'), 'utf8'));
    const entry = elementsNamed(atom, 'entry').find((e) => textOf(elementsNamed(e, 'title')[0]!) === 'Review requested: Checkout Service');
    expect(entry).toBeDefined();
    expect(textOf(elementsNamed(entry!, 'updated')[0]!)).toBe('2026-11-20T00:00:00.000Z');
    expect(textOf(elementsNamed(entry!, 'summary')[0]!)).toMatch(/^Reviewers: Mei Chen\. 11 sections missing\./);
  });

  it('gives the CLI the same dates: it loads the site through the same plugin', async () => {
    // The compiled plugin, which the site's config loads: the CLI's model capture must be that module's.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const {loadSite} = require(path.join(repoRoot, 'lib/plugin/cli/loadModel.js')) as {loadSite(siteDir: string): Promise<{models: Map<string, DesignDocModel>}>};
    const {models} = await loadSite(siteDir);
    const checkout = models.get('default')!.docs.find((doc) => doc.title === 'Checkout Service');
    expect(checkout?.statusDate).toBe('2026-11-20');
  }, scaledTimeout(120_000));
});

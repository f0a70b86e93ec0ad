import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {copyFormatsSite, formatsFixture, runCli} from '../helpers/cliSite';
import {daysBetween, isoDay} from '../../plugin/vocabulary/days';

/**
 * The review commands against real `docusaurus` runs of a copy of the
 * formats fixture: the approval gate on `design-docs:status`, `--force`,
 * `design-docs:review` for one doc and for a reviewer's queue, and the
 * gate as `design-docs:lint` reports it.
 */

let site: string;

beforeEach(() => {
  site = copyFormatsSite();
});

const run = (...args: string[]) => runCli(site, ...args);
const bytes = (file: string) => readFileSync(path.join(site, file));
const write = (file: string, text: string) => writeFileSync(path.join(site, file), text);

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split(/\r?\n/).findIndex((line) => line.includes(needle));
  expect(index, needle).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** The plugin's options in the site's config (the formats fixture gives it none). */
function setPluginOptions(options: string) {
  const config = path.join(site, 'docusaurus.config.js');
  writeFileSync(config, readFileSync(config, 'utf8').replace('[repoRoot, {}]', `[repoRoot, ${options}]`));
}

const DESIGN_DOC = 'teams/design/checkout-service.md';

/** The fixture's checkout design doc in review with Mei Chen, its feedback written in the seed's categories. */
const reviewedDesignDoc = readFileSync(path.join(formatsFixture, DESIGN_DOC), 'utf8')
  .replace('**Reviewers**: Principal Engineer Jo Park, Code Reviewer Sam Lee', '**Reviewers**: Principal Engineer Mei Chen, Code Reviewer Sam Lee')
  .replace(
    '## Validation Checklist',
    [
      '## Review Feedback',
      '',
      '- [ ] 🔴 **Critical** (Mei Chen): Refunds can post twice.',
      '- [x] 🟡 Important — Sam Lee: Name the retry limit.',
      '  - Resolution: Three tries, then a page.',
      '- 💬 Question (by Sam Lee): Who owns refunds?',
      '',
      '## Validation Checklist',
    ].join('\n'),
  );

const at = (needle: string) => `${DESIGN_DOC}:${lineOf(reviewedDesignDoc, needle)}`;

describe('design-docs:status and the approval gate', () => {
  it('refuses to approve a design doc with unticked items and open critical feedback, naming each at its line, and changes no byte', () => {
    write(DESIGN_DOC, reviewedDesignDoc);
    const before = bytes(DESIGN_DOC);
    const result = run('design-docs:status', DESIGN_DOC, 'approved');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        `[ERROR] "${DESIGN_DOC}" was not moved to Approved: 2 checklist items are not ticked and 1 critical feedback item is unresolved. Nothing was changed.`,
        `  ${at('- [ ] Security design complete')}: checklist item "Security design complete" is not ticked`,
        `  ${at('- [ ] Feedback from principal-engineer')}: checklist item "Feedback from principal-engineer incorporated" is not ticked`,
        `  ${at('Refunds can post twice')}: critical feedback from Mei Chen is unresolved: "Refunds can post twice."`,
        'Tick the checklist items and resolve the critical feedback, then run the command again; or add --force to move it to Approved anyway.',
        '',
      ].join('\n'),
    );
    expect(bytes(DESIGN_DOC).equals(before)).toBe(true);
  });

  it('--force approves it, changing only the status, warns what it overrode, and lint warns, or fails with approvalGate "error"', () => {
    write(DESIGN_DOC, reviewedDesignDoc);
    const forced = run('design-docs:status', DESIGN_DOC, 'approved', '--force');
    expect(forced.code, forced.output).toBe(0);
    expect(bytes(DESIGN_DOC).equals(Buffer.from(reviewedDesignDoc.replace('**Status**: Review', '**Status**: Approved')))).toBe(true);
    expect(forced.stderr).toBe(
      [
        `[WARNING] "${DESIGN_DOC}" moved to Approved with --force, although 2 checklist items are not ticked and 1 critical feedback item is unresolved:`,
        `  ${at('- [ ] Security design complete')}: checklist item "Security design complete" is not ticked`,
        `  ${at('- [ ] Feedback from principal-engineer')}: checklist item "Feedback from principal-engineer incorporated" is not ticked`,
        `  ${at('Refunds can post twice')}: critical feedback from Mei Chen is unresolved: "Refunds can post twice."`,
        'The build and design-docs:lint warn about each until it is resolved.',
        '',
      ].join('\n'),
    );
    expect(forced.stdout).toBe(`[SUCCESS] "${DESIGN_DOC}": review -> approved (template)\n`);

    const expectedProblems = (severity: string) => [
      {file: DESIGN_DOC, line: lineOf(reviewedDesignDoc, 'Refunds can post twice'), column: 1, field: 'Feedback', severity, message: 'Approved, but critical feedback from Mei Chen is unresolved: "Refunds can post twice."'},
      {file: DESIGN_DOC, line: lineOf(reviewedDesignDoc, '- [ ] Security'), column: 1, field: 'checklist', severity, message: 'Approved, but the validation checklist item "Security design complete" is not ticked'},
      {file: DESIGN_DOC, line: lineOf(reviewedDesignDoc, '- [ ] Feedback from'), column: 1, field: 'checklist', severity, message: 'Approved, but the validation checklist item "Feedback from principal-engineer incorporated" is not ticked'},
    ];
    const warned = run('design-docs:lint', '--format', 'json');
    expect(warned.code).toBe(0);
    expect(JSON.parse(warned.stdout)).toEqual(expectedProblems('warning'));

    setPluginOptions("{approvalGate: 'error'}");
    const failed = run('design-docs:lint', '--format', 'json');
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toEqual(expectedProblems('error'));
    expect(run('design-docs:lint').output).toContain(
      `    error Feedback (line ${lineOf(reviewedDesignDoc, 'Refunds can post twice')}, column 1): Approved, but critical feedback from Mei Chen is unresolved: "Refunds can post twice."\n`,
    );
  });

  describe('a record whose review lives in its front matter, saved with a BOM and CRLF', () => {
    const FILE = 'madr4/adr/0003-roll-back-releases.md';
    const source = [
      '\uFEFF---',
      'type: adr',
      'Status: "proposed" # waiting for Mei',
      'reviewers: [Mei Chen]',
      'checklist:',
      '  - "[x] Context written"',
      '  - "[ ] Rollback tested"',
      'feedback:',
      '  - category: critical',
      '    by: Mei Chen',
      '    text: No rollback plan',
      '  - {category: question, text: Why now?}',
      '---',
      '',
      '# Roll back releases',
      '',
      '## Context',
      '',
      'Releases cannot be undone.',
      '',
      '## Decision',
      '',
      'Blue-green deploys.',
      '',
      '## Consequences',
      '',
      'Twice the machines during a deploy.',
      '',
    ].join('\r\n');

    it('refuses "approved" (an alias of accepted) at the items\' front-matter lines, then --force changes only the status value', () => {
      write(FILE, source);
      const refused = run('design-docs:status', FILE, 'approved');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        [
          `[ERROR] "${FILE}" was not moved to Accepted: 1 checklist item is not ticked and 1 critical feedback item is unresolved. Nothing was changed.`,
          `  ${FILE}:7: checklist item "Rollback tested" is not ticked`,
          `  ${FILE}:9: critical feedback from Mei Chen is unresolved: "No rollback plan"`,
          'Tick the checklist items and resolve the critical feedback, then run the command again; or add --force to move it to Accepted anyway.',
          '',
        ].join('\n'),
      );
      expect(bytes(FILE).equals(Buffer.from(source))).toBe(true);

      const forced = run('design-docs:status', FILE, 'approved', '--force');
      expect(forced.code, forced.output).toBe(0);
      expect(bytes(FILE).equals(Buffer.from(source.replace('Status: "proposed" # waiting', 'Status: "accepted" # waiting')))).toBe(true);
      expect(forced.stderr).toContain(`  ${FILE}:7: checklist item "Rollback tested" is not ticked\n  ${FILE}:9: critical feedback from Mei Chen`);
      expect(forced.stdout).toBe(`[SUCCESS] "${FILE}": proposed -> accepted (front-matter)\n`);
    });

    it('with approvalGate "off" approves it without a word about the review', () => {
      write(FILE, source);
      setPluginOptions("{approvalGate: 'off'}");
      const result = run('design-docs:status', FILE, 'accepted');
      expect(result.code, result.output).toBe(0);
      expect(result.stderr).toBe('');
      expect(bytes(FILE).equals(Buffer.from(source.replace('"proposed"', '"accepted"')))).toBe(true);
    });
  });

  it('--force names each item at its line in the file as written, after the status line it added', () => {
    const file = 'madr4/adr/0003-no-status-yet.md';
    const source = '---\ntype: adr\n---\n\n# No status yet\n\n## Validation Checklist\n\n- [ ] Rollback tested\n';
    write(file, source);
    const forced = run('design-docs:status', file, 'accepted', '--force');
    expect(forced.code, forced.output).toBe(0);
    const written = source.replace('type: adr\n', 'type: adr\nstatus: accepted\n');
    expect(bytes(file).toString('utf8')).toBe(written);
    expect(forced.stderr).toContain(`\n  ${file}:${lineOf(written, '- [ ] Rollback')}: checklist item "Rollback tested" is not ticked\n`);
    expect(lineOf(written, '- [ ] Rollback')).toBe(10);
  });
});

/** `isoDay` of `ago` days before today. */
const daysAgo = (ago: number) => isoDay(new Date(Date.now() - ago * 86_400_000));

/** An ADR in review, with the three sections an ADR's review asks for unless `sections` says otherwise. */
function adrInReview(title: string, frontMatter: string[], sections = ['Context', 'Decision', 'Consequences']): string {
  return ['---', 'type: adr', 'status: proposed', ...frontMatter, '---', '', `# ${title}`, '', ...sections.flatMap((section) => [`## ${section}`, '', 'Text.', '']), ''].join('\n');
}

describe('design-docs:review', () => {
  it('prints one doc\'s readiness: status and days in review, reviewers, checklist, open feedback, missing sections, findings', () => {
    write(DESIGN_DOC, reviewedDesignDoc);
    const days = daysBetween('2026-10-14', isoDay(new Date()));
    const text = run('design-docs:review', DESIGN_DOC);
    expect(text.code, text.output).toBe(0);
    expect(text.stdout).toBe(
      [
        `"Checkout Service" (${DESIGN_DOC})`,
        `Status: In review, ${days} days (since 2026-10-14)`,
        'Reviewers: Principal Engineer Mei Chen, Code Reviewer Sam Lee',
        'Readiness: blocked by checklist, critical feedback, missing sections',
        'Checklist: 3/5 ticked',
        `  ${at('- [ ] Security design complete')}: [ ] Security design complete`,
        `  ${at('- [ ] Feedback from principal-engineer')}: [ ] Feedback from principal-engineer incorporated`,
        'Open feedback: 1 critical, 1 question',
        `  ${at('Refunds can post twice')}: critical from Mei Chen: Refunds can post twice.`,
        `  ${at('Question (by Sam Lee)')}: question from Sam Lee: Who owns refunds?`,
        'Missing sections: Architecture, Data design, API design, Security, Observability',
        'Findings:',
        '  Risk "Provider outage" has no owner',
        '  Risk "Fraud spike" has no owner',
        '  Risk "Schema migrations block deploys" has no owner',
        '',
      ].join('\n'),
    );

    const json = run('design-docs:review', DESIGN_DOC, '--format', 'json');
    expect(json.code, json.output).toBe(0);
    const expected = {
      reference: null,
      title: 'Checkout Service',
      file: DESIGN_DOC,
      permalink: '/teams/design/checkout-service',
      status: 'review',
      inReview: true,
      reviewers: ['Principal Engineer Mei Chen', 'Code Reviewer Sam Lee'],
      since: '2026-10-14',
      daysInReview: days,
      ready: false,
      blockers: ['checklist', 'critical-feedback', 'sections'],
      checklist: {
        done: 3,
        total: 5,
        open: [
          {text: 'Security design complete', line: lineOf(reviewedDesignDoc, '- [ ] Security')},
          {text: 'Feedback from principal-engineer incorporated', line: lineOf(reviewedDesignDoc, '- [ ] Feedback from')},
        ],
      },
      openFeedback: {critical: 1, important: 0, 'nice-to-have': 0, question: 1},
      missingSections: ['Architecture', 'Data design', 'API design', 'Security', 'Observability'],
      openFeedbackItems: [
        {category: 'critical', by: 'Mei Chen', text: 'Refunds can post twice.', line: lineOf(reviewedDesignDoc, 'Refunds can post twice')},
        {category: 'question', by: 'Sam Lee', text: 'Who owns refunds?', line: lineOf(reviewedDesignDoc, 'Question (by Sam Lee)')},
      ],
      findings: [
        {rule: 'riskOwners', message: 'Risk "Provider outage" has no owner'},
        {rule: 'riskOwners', message: 'Risk "Fraud spike" has no owner'},
        {rule: 'riskOwners', message: 'Risk "Schema migrations block deploys" has no owner'},
      ],
    };
    expect(JSON.parse(json.stdout)).toEqual(expected);
    // Byte for byte: the keys in the documented order, two-space indents, one newline at the end.
    expect(json.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('--reviewer lists that reviewer\'s queue, ready first, then fewest blockers, then the longest wait; --format json for bots', () => {
    write('madr4/adr/0003-use-kafka.md', adrInReview('Use Kafka', ['reviewers: [Mei Chen]', `status-date: ${daysAgo(3)}`, 'checklist: ["[x] Consumers listed"]']));
    write('madr4/adr/0004-retire-the-cron-box.md', adrInReview('Retire the cron box', ['reviewers: [Sam Lee, Mei Chen]', `status-date: ${daysAgo(10)}`, 'checklist:', '  - "[x] Jobs listed"', '  - "[ ] Owners told"']));
    write(
      'madr4/adr/0005-shard-the-ledger.md',
      adrInReview('Shard the ledger', ['reviewers: ["Principal Engineer Mei Chen (Payments)"]', `status-date: ${daysAgo(5)}`, 'feedback:', '  - {category: critical, by: Mei Chen, text: No resharding plan}']),
    );
    write('madr4/adr/0006-cache-prices.md', adrInReview('Cache prices', ['reviewers: [Sam Lee]', `status-date: ${daysAgo(1)}`], ['Context']));

    const text = run('design-docs:review', '--reviewer', 'Mei Chen');
    expect(text.code, text.output).toBe(0);
    expect(text.stdout).toBe(
      [
        '3 design docs in review with reviewer "Mei Chen", ready first:',
        '- ADR-0003 "Use Kafka": ready; 3 days in review; checklist 1/1; no critical feedback open (madr4/adr/0003-use-kafka.md)',
        '- ADR-0004 "Retire the cron box": blocked by checklist; 10 days in review; checklist 1/2; no critical feedback open (madr4/adr/0004-retire-the-cron-box.md)',
        '- ADR-0005 "Shard the ledger": blocked by critical feedback; 5 days in review; no checklist; 1 critical feedback open (madr4/adr/0005-shard-the-ledger.md)',
        '',
      ].join('\n'),
    );

    const json = run('design-docs:review', '--reviewer', 'mei chen', '--format', 'json');
    expect(json.code, json.output).toBe(0);
    const entries = JSON.parse(json.stdout) as {reference: string; file: string; ready: boolean; blockers: string[]; daysInReview: number}[];
    expect(entries.map(({reference, ready, blockers, daysInReview}) => [reference, ready, blockers, daysInReview])).toEqual([
      ['ADR-0003', true, [], 3],
      ['ADR-0004', false, ['checklist'], 10],
      ['ADR-0005', false, ['critical-feedback'], 5],
    ]);
    expect(entries[1]).toEqual({
      reference: 'ADR-0004',
      title: 'Retire the cron box',
      file: 'madr4/adr/0004-retire-the-cron-box.md',
      permalink: '/madr4/adr/retire-the-cron-box',
      status: 'proposed',
      reviewers: ['Sam Lee', 'Mei Chen'],
      since: daysAgo(10),
      daysInReview: 10,
      ready: false,
      blockers: ['checklist'],
      checklist: {done: 1, total: 2, open: [{text: 'Owners told', line: 8}]},
      openFeedback: {critical: 0, important: 0, 'nice-to-have': 0, question: 0},
      missingSections: [],
    });

    // Without --reviewer, the whole queue, with each doc's reviewers.
    const all = run('design-docs:review');
    expect(all.stdout.split('\n')[0]).toMatch(/^\d+ design docs in review, ready first:$/);
    expect(all.stdout).toContain('- ADR-0006 "Cache prices": blocked by missing sections; 1 day in review; no checklist; no critical feedback open; reviewers: Sam Lee (madr4/adr/0006-cache-prices.md)\n');
    expect(all.stdout.split('\n')[1]).toContain('ADR-0003 "Use Kafka": ready;');
  });

  it('names the reviewers the queue has when a name matches none, and stops on a doc it cannot find or a format it does not know', () => {
    const nobody = run('design-docs:review', '--reviewer', 'Mei Chen');
    expect(nobody.code).toBe(0);
    expect(nobody.stdout).toBe('No design doc in review names "Mei Chen" as a reviewer.\nThe docs in review name: Code Reviewer Sam Lee, Principal Engineer Jo Park.\n');
    const unknown = run('design-docs:review', 'ADR-0099');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('[ERROR] No design doc matches `ADR-0099`.\n');
    const format = run('design-docs:review', DESIGN_DOC, '--format', 'yaml');
    expect(format.code).toBe(1);
    expect(format.stderr).toBe('[ERROR] --format `yaml` is not a format of design-docs:review; use text or json.\n');
  });
});

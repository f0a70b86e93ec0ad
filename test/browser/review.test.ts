import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {buildSite, readPage, repoRoot, text, type BuildResult} from '../helpers/docusaurus';
import {contrastRatios, launchChromium, recordErrors} from '../helpers/browser';
import {serveStatic} from '../helpers/staticServer';
import {writeFixtureSite} from '../helpers/fixtureSite';
import {daysBetween, isoDay} from '../../plugin/vocabulary/days';

/**
 * Design docs written in the seed template's Markdown, one in each state of
 * review: ready, blocked by its checklist, by critical feedback, by missing
 * sections; an ADR in review; an ordinary page; and a page embedding the
 * review queue and one doc's readiness.
 */

/** The template's sections, each with a line of text; `leaveOut` names the ones a doc lacks. */
function sections(leaveOut: string[] = []): string {
  const all: [string, string][] = [
    ['1. Executive Summary', 'What this design is for.'],
    ['2. Requirements', ''],
    ['2.1 Functional Requirements', '| ID | Requirement | Priority |\n|----|-------------|----------|\n| FR-1 | Record every transfer | Must Have |'],
    ['2.2 Non-Functional Requirements', '| Category | Requirement | Target |\n|----------|-------------|--------|\n| Performance | Write latency | < 50ms p99 |'],
    ['3. Architecture', 'One service and a queue.'],
    ['4. Data Design', 'One table per account.'],
    ['5. API Design', 'REST, versioned by path.'],
    ['6. Security', 'mTLS between services.'],
    ['7. Observability', 'RED metrics and traces.'],
    ['8. Trade-offs & Design Decisions', '### Decision 1: Storage\n**Chosen**: PostgreSQL\n**Alternatives Considered**: DynamoDB\n**Rationale**: Transactions\n**Trade-offs**: We run it'],
    ['9. Risks & Mitigation', '| Risk | Likelihood | Impact | Mitigation | Owner |\n|------|------------|--------|------------|-------|\n| Hot partitions | Medium | High | Shard by account | Sam Lee |'],
    ['10. Open Questions', '1. Do we archive after seven years?'],
  ];
  return all
    .filter(([title]) => !leaveOut.some((name) => title.includes(name)))
    .map(([title, body]) => `${title.startsWith('2.') ? '###' : '##'} ${title}\n\n${body}\n`)
    .join('\n');
}

const REVISION = `## Revision: 2026-11-20
**Feedback from**: Sam Lee
**Changes made**:
- Section 2.2: p99 target added
**Rationale**: Reviewers asked for measurable targets.
`;

function designDoc({title, date, reviewers, checklist, feedback = '', leaveOut = [], frontMatter = ''}: {title: string; date: string; reviewers: string; checklist: string; feedback?: string; leaveOut?: string[]; frontMatter?: string}): string {
  return `${frontMatter ? `---\n${frontMatter}---\n\n` : ''}# System Design Document: ${title}

**Author**: Priya Raman
**Date**: ${date}
**Status**: Review
**Reviewers**: ${reviewers}

${sections(leaveOut)}
## Validation Checklist

${checklist}
${feedback ? `\n## Review Feedback\n\n${feedback}\n` : ''}
${REVISION}`;
}

const DOCS = {
  'design/0001-ledger.md': designDoc({
    title: 'Ledger',
    date: '2026-11-20',
    reviewers: 'Principal Engineer Mei Chen, Sam Lee',
    checklist: '- [x] All functional requirements addressed\n- [x] All non-functional requirements have targets',
    feedback: '- [x] 🟡 Important — Sam Lee: Add p99 targets.\n  - Resolution: The NFR table says p99 < 50ms.\n- 💬 Question (Mei Chen): Who owns the runbook?',
  }),
  'design/0002-search.md': designDoc({
    title: 'Search',
    date: '2026-11-01',
    reviewers: 'Mei Chen',
    checklist: '- [x] All functional requirements addressed\n- [x] Risks identified and mitigated\n- [x] API reviewed\n- [ ] Security design complete\n- [ ] Feedback from principal-engineer incorporated',
  }),
  'design/0003-payments.md': designDoc({
    title: 'Payments',
    date: '2026-11-10',
    // The day it entered review, as front matter says it: the queue counts from here, not from the doc's date.
    frontMatter: 'status-date: 2026-11-24\n',
    reviewers: 'Jo Park, Mei Chen',
    checklist: '- [x] All functional requirements addressed\n- [x] Risks identified and mitigated',
    feedback: '- [ ] 🔴 **Critical** (Jo Park): Retries are unbounded.\n- 🟢 Nice-to-have: a sequence diagram for refunds.',
  }),
  'design/0004-notes.md': designDoc({
    title: 'Notes',
    date: '2026-11-15',
    reviewers: 'Sam Lee',
    checklist: '- [x] All functional requirements addressed',
    leaveOut: ['Security', 'Observability'],
  }),
  'adr/0001-use-event-sourcing.md': `---
status: proposed
date: 2026-11-28
reviewers: [Mei Chen]
---

# Use event sourcing

## Context

Balances must be rebuilt from history.

## Decision

We store events and derive balances.

## Consequences

Reads need projections.
`,
  'guide.md': '# A guide\n\nAn ordinary page.\n',
  'reviews.mdx': `---
title: Reviews
---

# Reviews

## Sam's queue

::review-queue{reviewer="Sam Lee"}

## Payments

<ReviewReadiness doc="DD-0003" />
`,
};

let build: BuildResult;
let browser: Browser;
let server: {url: string; close: () => Promise<void>};
const today = isoDay(new Date());
const days = (since: string) => String(daysBetween(since, today));

beforeAll(async () => {
  const remark = JSON.stringify(path.join(repoRoot, 'remark.js'));
  const siteDir = writeFixtureSite('review', {
    docs: DOCS,
    home: '---\nslug: /\n---\n\n# Review fixture\n',
    config: `module.exports = {
  title: 'Review', url: 'https://example.com', baseUrl: '/', onBrokenLinks: 'throw', onBrokenAnchors: 'throw',
  // Not v4's flags: they namespace the colour mode's storage key, which the tests set.
  future: {v4: {removeLegacyPostBuildHeadAttribute: true}, faster: true},
  presets: [['classic', {docs: {routeBasePath: '/', remarkPlugins: [require(${remark})]}, blog: false, pages: false}]],
  plugins: [[${JSON.stringify(repoRoot)}, {}]],
};
`,
  });
  build = await buildSite(siteDir);
  if (build.code !== 0) {
    throw new Error(`review fixture build failed:\n${build.output.slice(-5000)}`);
  }
  server = await serveStatic(build.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const DESKTOP = {width: 1280, height: 900};
const PHONE = {width: 390, height: 844};

async function open(route: string, {colorMode = 'light', viewport = DESKTOP}: {colorMode?: 'light' | 'dark'; viewport?: typeof DESKTOP} = {}): Promise<{page: Page; errors: string[]}> {
  const context = await browser.newContext({viewport, ...(viewport === PHONE && {isMobile: true, hasTouch: true})});
  await context.addInitScript((mode) => window.localStorage.setItem('theme', mode), colorMode);
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(`${server.url}${route}`, {waitUntil: 'networkidle'});
  return {page, errors};
}

const lineOf = (page: Page) => page.locator('.design-doc-readiness a');

describe('the readiness line in the doc header', () => {
  it('says where each doc stands, in the static HTML', () => {
    const line = (route: string) => text(readPage(build.outDir, route)('.design-doc-readiness a'));
    expect(line('/design/ledger')).toBe('Ready for approval · Checklist 2/2 · 1 feedback open');
    expect(line('/design/search')).toBe('Checklist 3/5');
    expect(line('/design/payments')).toBe('Checklist 2/2 · 1 critical feedback open · 1 other feedback open');
    expect(line('/design/notes')).toBe('Checklist 1/1 · 2 sections missing');
    expect(line('/adr/use-event-sourcing')).toBe('Ready for approval');
    // An ordinary page has no header, so no line and no panel.
    const guide = readPage(build.outDir, '/guide');
    expect(guide('.design-doc-header, .design-doc-readiness, #review-readiness')).toHaveLength(0);
  });

  it('opens the panel from the line, by keyboard, listing each item and each missing section by name', async () => {
    const {page, errors} = await open('/design/notes');
    const panel = page.locator('details#review-readiness');
    expect(await panel.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    await lineOf(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(new URL(page.url()).hash).toBe('#review-readiness');
    expect(await panel.locator('.design-doc-review__missing-sections li').allInnerTexts()).toEqual(['Security', 'Observability']);
    expect(await panel.locator('.design-doc-review__checklist li').allInnerTexts()).toEqual(['All functional requirements addressed']);
    expect(await panel.locator('.design-doc-review__checklist input').evaluateAll((boxes: HTMLInputElement[]) => boxes.map((box) => box.checked))).toEqual([true]);

    // The panel's summary closes it again, and a link to the panel opens it on arrival.
    await panel.locator('summary').click();
    await expect.poll(() => panel.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    await page.reload({waitUntil: 'networkidle'});
    await expect.poll(() => panel.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the feedback by category, with its reviewer, whether it is resolved, and how', async () => {
    const {page, errors} = await open('/design/ledger');
    await lineOf(page).click();
    const panel = page.locator('details#review-readiness');
    await expect.poll(() => panel.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    const categories = panel.locator('.design-doc-review__category');
    expect(await categories.evaluateAll((groups) => groups.map((group) => group.getAttribute('data-category')))).toEqual(['important', 'question']);
    // The emoji is decoration beside the category's name.
    expect(await categories.first().locator('[aria-hidden="true"]').innerText()).toBe('🟡');
    expect(await categories.first().locator('p').innerText()).toBe('🟡 Important (0 open of 1)');
    const items = await panel.locator('.design-doc-review__feedback-item').allInnerTexts();
    expect(items).toEqual(['Resolved Add p99 targets. — Sam Lee\nResolution: The NFR table says p99 < 50ms.', 'Open Who owns the runbook? — Mei Chen']);
    // Each item links to the section it is written under.
    expect(await panel.locator('.design-doc-review__feedback-item a').first().getAttribute('href')).toBe('#review-feedback');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('colours the line by its state from the shared tones, readable in light and dark mode', async () => {
    const colours = {light: {} as Record<string, string>, dark: {} as Record<string, string>};
    for (const colorMode of ['light', 'dark'] as const) {
      for (const [route, tone] of [['/design/ledger', 'success'], ['/design/search', 'warning'], ['/design/payments', 'danger']] as const) {
        const {page, errors} = await open(route, {colorMode});
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorMode);
        const line = page.locator('.design-doc-readiness');
        expect(await line.getAttribute('data-tone')).toBe(tone);
        // The tone's own variable, as the browser computes it: a site's override would reach the line.
        const toneBackground = await page.evaluate((name) => {
          const probe = document.createElement('span');
          probe.style.backgroundColor = `var(--dd-tone-${name}-bg)`;
          document.body.append(probe);
          return getComputedStyle(probe).backgroundColor;
        }, tone);
        const {backgroundColor, color} = await line.evaluate((element) => getComputedStyle(element));
        expect(backgroundColor).toBe(toneBackground);
        expect(color).not.toBe(backgroundColor);
        for (const {ratio} of await contrastRatios(page, '.design-doc-readiness')) {
          expect(ratio, `${route} in ${colorMode} mode`).toBeGreaterThanOrEqual(4.5);
        }
        colours[colorMode][tone] = backgroundColor;
        expect(errors).toEqual([]);
        await page.context().close();
      }
      expect(new Set(Object.values(colours[colorMode])).size).toBe(3);
    }
    for (const tone of ['success', 'warning', 'danger']) {
      expect(colours.dark[tone], tone).not.toBe(colours.light[tone]);
    }
  });
});

describe('the review queue on the dashboard', () => {
  const rowsOf = (page: Page) => page.locator('[data-section="review-queue"] tr.review-queue__row');
  const titles = (page: Page) => rowsOf(page).locator('td:first-child a').allInnerTexts();

  it('lists every doc in review, ready first, with reviewers, days, open feedback, checklist and readiness', async () => {
    const {page, errors} = await open('/architecture/dashboard');
    expect(await titles(page)).toEqual(['DD-0001: Ledger', 'ADR-0001: Use event sourcing', 'DD-0002: Search', 'DD-0004: Notes', 'DD-0003: Payments']);
    const cells = await rowsOf(page).evaluateAll((rows) =>
      rows.map((row) => ['days', 'feedback', 'checklist', 'readiness'].map((field) => (row.querySelector(`[data-field="${field}"]`) as HTMLElement).innerText.trim())),
    );
    expect(cells).toEqual([
      [days('2026-11-20'), '💬 1 Question', '2/2', 'Ready'],
      [days('2026-11-28'), '—', '—', 'Ready'],
      [days('2026-11-01'), '—', '3/5', 'Blocked by: checklist'],
      [days('2026-11-15'), '—', '1/1', 'Blocked by: sections'],
      [days('2026-11-24'), '🔴 1 Critical\n🟢 1 Nice-to-have', '2/2', 'Blocked by: critical feedback'],
    ]);
    expect(await rowsOf(page).nth(0).locator('td').nth(1).innerText()).toBe('Principal Engineer Mei Chen, Sam Lee');
    // The emoji is decoration: screen readers hear the count and the category's name.
    expect(await rowsOf(page).nth(4).locator('[data-category="critical"] [aria-hidden="true"]').innerText()).toBe('🔴');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows the queue to one reviewer, keeps the choice in the URL, and restores it on reload', async () => {
    const {page, errors} = await open('/architecture/dashboard');
    const select = page.locator('.review-queue__reviewer-filter select');
    expect(await select.locator('option').allInnerTexts()).toEqual(['Everyone', 'Jo Park', 'Mei Chen', 'Sam Lee']);
    await select.focus();
    // Typed as a person does in a closed select: the first letters of the choice.
    await select.pressSequentially('Me');
    await expect.poll(() => new URL(page.url()).searchParams.get('reviewer')).toBe('Mei Chen');
    // "Mei Chen" is also "Principal Engineer Mei Chen".
    await expect.poll(() => titles(page)).toEqual(['DD-0001: Ledger', 'ADR-0001: Use event sourcing', 'DD-0002: Search', 'DD-0003: Payments']);
    await select.selectOption('Sam Lee');
    await expect.poll(() => titles(page)).toEqual(['DD-0001: Ledger', 'DD-0004: Notes']);
    await page.reload({waitUntil: 'networkidle'});
    await expect.poll(() => select.inputValue()).toBe('Sam Lee');
    expect(await titles(page)).toEqual(['DD-0001: Ledger', 'DD-0004: Notes']);
    await select.selectOption('');
    await expect.poll(() => rowsOf(page).count()).toBe(5);
    expect(new URL(page.url()).searchParams.has('reviewer')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone: the page does not scroll sideways, the queue scrolls in its own box', async () => {
    for (const route of ['/architecture/dashboard', '/design/payments']) {
      const {page, errors} = await open(route, {viewport: PHONE});
      if (route === '/design/payments') {
        await lineOf(page).tap();
        await expect.poll(() => page.locator('details#review-readiness').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
      } else {
        const table = page.locator('table.review-queue__table');
        const box = (await table.locator('xpath=..').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(PHONE.width);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

describe('::review-queue and <ReviewReadiness /> in a page', () => {
  it('shows the queue of the reviewer the directive names, with its own URL keys, and the named doc\'s readiness', async () => {
    const {page, errors} = await open('/reviews');
    const embed = page.locator('article .review-queue');
    const rows = embed.locator('tr.review-queue__row td:first-child a');
    expect(await rows.allInnerTexts()).toEqual(['DD-0001: Ledger', 'DD-0004: Notes']);
    // Its choices are the reviewers of its own docs, as they are written.
    const select = embed.locator('select[name="reviewer"]');
    expect(await select.locator('option').allInnerTexts()).toEqual(['Everyone', 'Principal Engineer Mei Chen', 'Sam Lee']);
    await select.selectOption('Principal Engineer Mei Chen');
    await expect.poll(() => new URL(page.url()).searchParams.get('review-queue.reviewer')).toBe('Principal Engineer Mei Chen');
    await expect.poll(() => rows.allInnerTexts()).toEqual(['DD-0001: Ledger']);

    const readiness = page.locator('article .review-readiness');
    expect(await readiness.locator('p').first().innerText()).toContain('DD-0003: Payments');
    expect(await readiness.locator('.review-readiness__summary').innerText()).toBe('Checklist 2/2 · 1 critical feedback open · 1 other feedback open');
    const critical = readiness.locator('.design-doc-review__feedback-item[data-category="critical"]');
    expect(await critical.innerText()).toBe('Open Retries are unbounded. — Jo Park');
    // From another page, an item links to its place on the doc's page.
    expect(await critical.locator('a').getAttribute('href')).toBe('/design/payments#review-feedback');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

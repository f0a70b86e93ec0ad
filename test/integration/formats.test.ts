import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import Ajv from 'ajv';
import type {Browser} from 'playwright-core';
import {buildSite, listFiles, readPage, readSidebarItems, repoRoot, text, type BuildResult} from '../helpers/docusaurus';
import {launchChromium, recordErrors} from '../helpers/browser';
import {serveStatic} from '../helpers/staticServer';
import {elementsNamed, parseXml, textOf} from '../helpers/xml';
import type {DesignDocsJson} from '../../plugin/types/output';

const siteDir = path.join(repoRoot, 'test/__fixtures__/formats-site');
let build: BuildResult;
let json: DesignDocsJson;

beforeAll(async () => {
  build = await buildSite(siteDir);
  if (build.code !== 0) {
    throw new Error(`formats fixture build failed:\n${build.output}`);
  }
  json = JSON.parse(readFileSync(path.join(build.outDir, 'design-docs.json'), 'utf8'));
});

/** One record of design-docs.json, by docs instance and title. */
function record(pluginId: string, title: string) {
  const doc = json.docs.find((d) => d.pluginId === pluginId && d.title === title);
  expect(doc, `${pluginId}: ${title}`).toBeDefined();
  return {
    reference: doc!.reference,
    status: doc!.status,
    date: doc!.date,
    deciders: doc!.people.deciders,
    relations: doc!.relations.map((r) => `${r.kind} ${r.reference ?? r.title}`),
  };
}

describe('existing decision records, published unchanged', () => {
  it('reads no problems and no non-records (README, templates, index pages)', () => {
    expect(json.problems.filter((p) => !p.file.startsWith('realworld/'))).toEqual([]);
    expect(json.docs.map((d) => path.basename(d.file)).filter((f) => /readme|template|index/i.test(f))).toEqual([]);
    expect(json.docs.filter((d) => d.pluginId !== 'realworld')).toHaveLength(14);
  });

  it('reads number, title, status and date of every record in every format', () => {
    const rows = json.docs
      .filter((d) => d.pluginId !== 'realworld')
      .map((d) => [d.pluginId, d.reference ?? d.date, d.title, d.status, d.date].join(' | '))
      .sort();
    expect(rows).toEqual([
      'log4brains | 2020-09-16 | Use Log4brains to manage the ADRs | accepted | 2020-09-16',
      'log4brains | 2020-09-17 | Use Markdown Architectural Decision Records | superseded | 2020-09-17',
      'madr2 | ADR-0001 | Use Markdown Architectural Decision Records | accepted | 2018-02-12',
      'madr2 | ADR-0002 | Use YAML front matter | superseded | 2018-03-01',
      'madr2 | ADR-0003 | Keep the bullet list | accepted | 2018-04-20',
      'madr2 | ADR-0004 | Publish the records with the docs | proposed | 2019-01-10',
      'madr4 | ADR-0001 | Use plain JUnit 5 for testing | accepted | 2024-01-15',
      'madr4 | ADR-0002 | Use AssertJ for assertions | proposed | 2024-02-01',
      'nygard | ADR-0001 | Record architecture decisions | accepted | 2017-02-21',
      'nygard | ADR-0002 | Use PostgreSQL | superseded | 2017-03-01',
      'nygard | ADR-0003 | Use MySQL | accepted | 2017-04-12',
      'nygard | ADR-0004 | Use MySQL 8 | accepted | 2017-05-02',
      'teams | 2026-02-08 | Ledger | approved | 2026-02-08',
      'teams | 2026-10-14 | Checkout Service | review | 2026-10-14',
    ]);
  });

  it('reads adr-tools (Nygard) records with a supersede chain and amendments', () => {
    expect(record('nygard', 'Use PostgreSQL')).toEqual({
      reference: 'ADR-0002',
      status: 'superseded',
      date: '2017-03-01',
      deciders: [],
      relations: ['superseded-by ADR-0003'],
    });
    expect(record('nygard', 'Use MySQL')).toEqual({
      reference: 'ADR-0003',
      status: 'accepted',
      date: '2017-04-12',
      deciders: [],
      relations: ['supersedes ADR-0002', 'amended-by ADR-0004'],
    });
    expect(record('nygard', 'Use MySQL 8').relations).toEqual(['amends ADR-0003']);
  });

  it('reads MADR 2 bullets, including a status that names its successor', () => {
    expect(record('madr2', 'Use YAML front matter')).toEqual({
      reference: 'ADR-0002',
      status: 'superseded',
      date: '2018-03-01',
      deciders: ['Oliver Kopp'],
      relations: ['superseded-by ADR-0003', 'related ADR-0001'],
    });
    expect(record('madr2', 'Keep the bullet list').deciders).toEqual(['Olaf Zimmermann', 'Oliver Kopp']);
  });

  it('reads MADR 4 front matter: decision-makers, consulted, informed', () => {
    expect(record('madr4', 'Use plain JUnit 5 for testing')).toMatchObject({reference: 'ADR-0001', status: 'accepted', date: '2024-01-15', deciders: ['Ada Lovelace', 'Alan Turing']});
    const doc = json.docs.find((d) => d.title === 'Use plain JUnit 5 for testing')!;
    expect(doc.people.consulted).toEqual(['Grace Hopper']);
    expect(doc.people.informed).toEqual(['The whole team']);
  });

  it('reads log4brains date-named records: no number, ordered by date, with tags', () => {
    const older = json.docs.find((d) => d.pluginId === 'log4brains' && d.date === '2020-09-16')!;
    expect(older.number).toBeNull();
    expect(older.tags.map((t) => t.label)).toEqual(['dev-tools', 'doc']);
    expect(record('log4brains', 'Use Markdown Architectural Decision Records')).toMatchObject({status: 'superseded', deciders: ['Thomas Vaillant']});
  });

  it('writes design-docs.json that follows the JSON Schema shipped in the package', () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/design-docs.schema.json'), 'utf8'));
    const validate = new Ajv({allErrors: true}).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // And the schema is not vacuous: a record missing its title fails.
    const broken = structuredClone(json) as {docs: Record<string, unknown>[]};
    delete broken.docs[0]!.title;
    expect(validate(broken)).toBe(false);
  });

  it('carries each record\'s review readiness, and the queue of those in review by key', () => {
    const checkout = json.docs.find((d) => d.pluginId === 'teams' && d.title === 'Checkout Service')!;
    expect(checkout.readiness).toMatchObject({ready: false, blockers: expect.arrayContaining(['sections'])});
    expect(checkout.readiness.sections.missing).toContain('Observability');
    const queued = json.reviewQueue.map((entry) => json.docs.find((d) => d.key === entry.key)!);
    // The portal's docs (each instance's latest version) whose status waits for reviewers, and no other.
    expect(queued.map((d) => `${d.pluginId} ${d.reference ?? d.title}`).sort()).toEqual(['madr2 ADR-0004', 'madr4 ADR-0002', 'teams Checkout Service']);
    const feed = JSON.parse(readFileSync(path.join(build.outDir, 'architecture/feed.json'), 'utf8')) as {items: {title: string; summary: string}[]};
    const call = feed.items.find((item) => item.title === 'Review requested: Checkout Service');
    expect(call?.summary).toMatch(/^Reviewers: Principal Engineer Jo Park, Code Reviewer Sam Lee\. [^.]*sections missing/);
  });

  it('publishes decision activity as RSS, Atom and JSON Feed under /architecture/', () => {
    const feed = JSON.parse(readFileSync(path.join(build.outDir, 'architecture/feed.json'), 'utf8')) as {items: {id: string; title: string; date_modified: string}[]};
    const superseded = feed.items.find((item) => item.title === 'Superseded: ADR-0002: Use PostgreSQL');
    // Dated by the successor that superseded it.
    expect(superseded?.date_modified).toBe('2017-04-12T00:00:00.000Z');
    expect(feed.items.find((item) => item.title === 'New: ADR-0002: Use PostgreSQL')?.date_modified).toBe('2017-03-01T00:00:00.000Z');
    const rss = parseXml(readFileSync(path.join(build.outDir, 'architecture/rss.xml'), 'utf8'));
    expect(elementsNamed(rss, 'title').map(textOf)).toContain('Superseded: ADR-0002: Use PostgreSQL');
    const atom = parseXml(readFileSync(path.join(build.outDir, 'architecture/atom.xml'), 'utf8'));
    expect(atom.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(elementsNamed(atom, 'entry')).toHaveLength(feed.items.length);
  });

  it('writes an SVG status badge per record and a summary per type, at stable URLs', () => {
    const badge = parseXml(readFileSync(path.join(build.outDir, 'architecture/badges/nygard/adr/0002.svg'), 'utf8'));
    expect(badge.attributes).toMatchObject({xmlns: 'http://www.w3.org/2000/svg', 'aria-label': 'ADR-0002: Superseded'});
    const summary = readFileSync(path.join(build.outDir, 'architecture/badges/adr.svg'), 'utf8');
    expect(summary).toContain('2 proposed · 10 accepted · 4 superseded');
  });

  it('links every record to its page with an absolute URL', () => {
    const doc = json.docs.find((d) => d.title === 'Use MySQL')!;
    expect(doc.url).toBe('https://adr.example.com/nygard/decisions/use-mysql');
  });

  it('shows the status once: in the header, not again from the legacy lines', () => {
    const nygard = readPage(build.outDir, '/nygard/decisions/use-postgresql');
    expect(text(nygard('.design-doc-header .design-doc-status-badge'))).toBe('Superseded');
    expect(nygard('article h2').map((_, h) => text(nygard(h))).get()).not.toContain('Status');
    expect(text(nygard('article .markdown'))).not.toMatch(/Superceded by|Date: 2017/);
    expect(text(nygard('.design-doc-banner a'))).toBe('ADR-0003: Use MySQL');

    const madr = readPage(build.outDir, '/madr2/adrs/use-markdown-architectural-decision-records');
    expect(text(madr('article .markdown'))).not.toMatch(/Status: accepted|Deciders:/);
    expect(text(madr('article .markdown'))).toContain('Technical Story: [description | ticket/issue URL]');
  });

  it('publishes records written as public ADR folders write them, each field read once (issue 13)', () => {
    const docs = json.docs.filter((d) => d.pluginId === 'realworld').sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
    expect(docs.map((d) => [d.reference, d.title, d.status, d.statusNote, d.date])).toEqual([
      ['ADR-0001', 'Record decisions here', 'accepted', null, '2021-03-04'],
      ['ADR-0002', 'Use gRPC between services', 'accepted', 'but see 0003-stream-events-over-sse for the streaming part.', '2021-04-10'],
      ['ADR-0003', 'Stream events over SSE', 'superseded', null, '2021-06-01'],
      ['ADR-0004', 'Push events over WebSockets', 'accepted', null, '2021-09'],
    ]);
    expect(docs[2]!.tags.map((t) => t.label)).toEqual(['Web Client']);
    expect(docs[3]!.relations.map((r) => [r.kind, r.reference ?? r.url])).toEqual([
      ['supersedes', 'ADR-0003'],
      ['related', 'https://www.rfc-editor.org/rfc/rfc6455'],
    ]);
    // The decision log takes an ADR's decision from its Decision section, not its summary.
    expect(docs[0]!.decisions.map((d) => [d.chosen, d.rationale])).toEqual([['We will write one record per decision in this folder.', 'Reviewers read them in the pull request.']]);
    expect(docs[2]!.decisions.map((d) => [d.chosen, d.rationale])).toEqual([['Server-sent events', 'Every proxy we run passes them through.']]);
    expect(docs[0]!.summary).toBe('We keep deciding the same things twice.');
    // The folder no type applies to is named once, with the option that turns it on.
    expect(json.problems.filter((p) => p.file.startsWith('realworld/'))).toEqual([
      expect.objectContaining({file: 'realworld/records', field: 'folderTypes', severity: 'warning', message: expect.stringContaining('add {"records": "adr"}')}),
    ]);
    expect(build.output).toContain('realworld/records');
  });

  it('shows each of those fields once on the page, the note beside the badge, and an external relation as a link', () => {
    const first = readPage(build.outDir, '/realworld/architecture-decisions/record-decisions-here');
    expect(text(first('.design-doc-header .design-doc-status-badge'))).toBe('Accepted');
    expect(text(first('article .markdown'))).not.toMatch(/Date: 2021|Accepted/);
    expect(text(first('article .markdown'))).toContain('We keep deciding the same things twice.');

    const second = readPage(build.outDir, '/realworld/architecture-decisions/use-grpc-between-services');
    expect(text(second('.design-doc-header .design-doc-status-note'))).toBe('but see 0003-stream-events-over-sse for the streaming part.');
    expect(text(second('article .markdown'))).not.toContain('for the streaming part');

    const third = readPage(build.outDir, '/realworld/architecture-decisions/stream-events-over-sse');
    // The page title lists plain text, never the heading's Markdown or its relation; the heading stays as written.
    expect(third('title').text()).toMatch(/^Stream events over SSE \|/);
    expect(text(third('article h1'))).toMatch(/^\[Superseded by ADR-0004\] Stream events over SSE/);
    expect(text(third('.design-doc-banner a'))).toBe('ADR-0004: Push events over WebSockets');

    const fourth = readPage(build.outDir, '/realworld/architecture-decisions/push-events-over-websockets');
    const external = fourth('.design-doc-header a[href="https://www.rfc-editor.org/rfc/rfc6455"]');
    expect(external).toHaveLength(1);
    expect(text(fourth('.design-doc-header [data-field="date"]'))).toContain('2021-09');
  });

  it('groups a long run of records into collapsed years, newest first, rendering only the open year', () => {
    const $ = readPage(build.outDir, '/madr2/adrs/publish-records-with-the-docs');
    // Level 1 is the generated folder category (adrs/); the years are inside it.
    const categories = $('.theme-doc-sidebar-item-category-level-2');
    expect(categories.map((_, li) => text($(li).find('.menu__link').first())).get()).toEqual(['2019', '2018']);
    // The page's own year is open; the other is collapsed, its records not rendered until opened.
    expect(categories.eq(0).hasClass('menu__list-item--collapsed')).toBe(false);
    expect(categories.eq(1).hasClass('menu__list-item--collapsed')).toBe(true);
    expect(readSidebarItems(build.outDir, $)).toEqual([{label: 'Publish the records with the docs', badge: 'Proposed'}]);

    const older = readPage(build.outDir, '/madr2/adrs/keep-bullets');
    expect(readSidebarItems(build.outDir, older)).toEqual([
      {label: 'Use Markdown Architectural Decision Records', badge: 'Accepted'},
      {label: 'Use YAML front matter', badge: 'Superseded'},
      {label: 'Keep the bullet list', badge: 'Accepted'},
    ]);
  });
});

describe('design docs written in the seed template, with no front matter at all', () => {
  const checkout = '/teams/design/checkout-service';

  it('reads both docs from their bodies into design-docs.json, with no problem', () => {
    const doc = json.docs.find((d) => d.title === 'Checkout Service')!;
    expect(doc).toMatchObject({type: 'design-doc', status: 'review', date: '2026-10-14', people: expect.objectContaining({authors: ['Priya Raman']})});
    expect([doc.requirements.length, doc.decisions.length, doc.risks.length, doc.revisions.length, doc.openQuestions.length]).toEqual([6, 2, 3, 2, 2]);
    expect(doc.checklist.filter((item) => item.done)).toHaveLength(3);
    const ledger = json.docs.find((d) => d.title === 'Ledger')!;
    expect(ledger).toMatchObject({status: 'approved', version: '1.2', date: '2026-02-08'});
    expect(json.problems.filter((p) => !p.file.startsWith('realworld/'))).toEqual([]);
  });

  it('shows the header once: the bold lines are left out of the page, the heading stays as written', () => {
    const $ = readPage(build.outDir, checkout);
    expect(text($('.design-doc-header .design-doc-status-badge'))).toBe('In review');
    expect(text($('.design-doc-header [data-field="authors"] dd'))).toBe('Priya Raman');
    expect(text($('.design-doc-header [data-field="checklist"] dd'))).toBe('3/5');
    expect(text($('article h1'))).toBe('System Design Document: Checkout Service');
    expect(text($('article .markdown'))).not.toMatch(/Author: Priya|Status: Review|Reviewers:/);
    // Listed by its own name: the type index and the browser title.
    expect($('title').text()).toMatch(/^Checkout Service/);
    const index = readPage(build.outDir, '/architecture/design-doc');
    expect(index('tr.design-docs-index__row td a').map((_, a) => text(index(a))).get()).toEqual(expect.arrayContaining(['Checkout Service', 'Ledger']));
  });

  it('lists their rows in the decision log, risk register, requirements register and dashboard, in the static HTML', () => {
    const decisions = readPage(build.outDir, '/architecture/decisions');
    const titles = decisions('.decision-log__entry h2').map((_, h) => text(decisions(h))).get();
    expect(titles).toEqual(expect.arrayContaining(['Payment provider', 'Order storage', 'Event sourcing', 'Currency precision']));
    const risks = readPage(build.outDir, '/architecture/risks');
    const riskRows = risks('tr.risk-register__row').map((_, tr) => text(risks(tr).find('td').eq(1))).get();
    expect(riskRows).toEqual(expect.arrayContaining(['Provider outage', 'Fraud spike', 'Schema migrations block deploys', 'Posting bug double-counts']));
    const requirements = readPage(build.outDir, '/architecture/requirements');
    const ids = requirements('tr.requirements__row').map((_, tr) => requirements(tr).attr('data-requirement-id')).get();
    expect(ids).toEqual(expect.arrayContaining(['FR-1', 'FR-2', 'FR-3', 'NFR-1', 'NFR-2', 'NFR-3', 'L-1', 'L-2']));
    const dashboard = readPage(build.outDir, '/architecture/dashboard');
    expect(text(dashboard('[data-section="review-queue"]'))).toContain('Checkout Service');
    expect(text(dashboard('[data-section="open-questions"]'))).toContain('Who owns refunds?');
  });

  it('ships no body reading to the browser: the pages carry their own data only', () => {
    const scripts = listFiles(path.join(build.outDir, 'assets/js')).filter((file) => file.endsWith('.js'));
    const withReading = scripts.filter((file) => /"?restatements"?\s*:/.test(readFileSync(file, 'utf8')));
    expect(withReading).toEqual([]);
  });

  it('links every register row back to its section on the page, and the anchors exist', () => {
    const risks = readPage(build.outDir, '/architecture/risks');
    const row = risks('tr.risk-register__row').filter((_, tr) => text(risks(tr).find('td').eq(1)) === 'Fraud spike');
    expect(row.find('a').last().attr('href')).toBe(`${checkout}#13-risks--mitigation`);
    const decisions = readPage(build.outDir, '/architecture/decisions');
    const entry = decisions('.decision-log__entry').filter((_, article) => text(decisions(article).find('h2')) === 'Payment provider');
    expect(entry.find('a').last().attr('href')).toBe(`${checkout}#decision-1-payment-provider`);
    const page = readPage(build.outDir, checkout);
    for (const id of ['13-risks--mitigation', 'decision-1-payment-provider', '31-functional-requirements', '32-non-functional-requirements']) {
      expect(page(`[id="${id}"]`), id).toHaveLength(1);
    }
    // Docusaurus checks every anchor link of the build: none of ours is broken.
    expect(build.output).not.toMatch(/broken anchor/i);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: {url: string; close: () => Promise<void>};

    beforeAll(async () => {
      server = await serveStatic(build.outDir);
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('lists the rows after hydration, and a risk row leads to its section of the doc', async () => {
      const page = await browser.newPage();
      const errors = recordErrors(page);
      await page.goto(`${server.url}/architecture/risks`, {waitUntil: 'networkidle'});
      const rows = page.locator('tr.risk-register__row');
      await expect.poll(() => rows.filter({hasText: 'Posting bug double-counts'}).count()).toBe(1);
      await rows.filter({hasText: 'Fraud spike'}).locator('a').last().click();
      await page.waitForURL('**/teams/design/checkout-service#13-risks--mitigation');
      const heading = page.locator('[id="13-risks--mitigation"]');
      await expect.poll(() => heading.isVisible()).toBe(true);
      // Scrolled to it: the heading is in the viewport.
      await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);

      await page.goto(`${server.url}/architecture/requirements`, {waitUntil: 'networkidle'});
      await page.locator('.requirements__search').pressSequentially('ledger');
      await expect.poll(() => page.locator('tr.requirements__row').count()).toBe(0);
      await page.locator('.requirements__search').fill('');
      await page.locator('.requirements__search').pressSequentially('invoice');
      await expect.poll(() => page.locator('tr.requirements__row').allInnerTexts()).toEqual([expect.stringContaining('Pay by invoice')]);

      await page.goto(`${server.url}/architecture/dashboard`, {waitUntil: 'networkidle'});
      await expect.poll(() => page.locator('[data-section="review-queue"]').innerText()).toContain('Checkout Service');
      await page.goto(`${server.url}/architecture/decisions`, {waitUntil: 'networkidle'});
      await expect.poll(() => page.locator('.decision-log__entry h2').allInnerTexts()).toEqual(expect.arrayContaining(['Payment provider', 'Currency precision']));
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {scaledTimeout} from '../helpers/timeouts';
import type {Browser} from 'playwright-core';
import {buildSite, readPage, type BuildResult} from '../helpers/docusaurus';
import {launchChromium, recordErrors} from '../helpers/browser';
import {serveStatic} from '../helpers/staticServer';
import {PORTAL_ROUTES} from '../helpers/portalRoutes';
import {PAYLOADS, writeHostileSite, type HostileDoc} from '../helpers/hostileSite';
import type {DesignDocsJson} from '../../plugin/types/output';

let siteDir: string;
let docs: HostileDoc[];
let build: BuildResult;
let json: DesignDocsJson;

beforeAll(async () => {
  ({siteDir, docs} = writeHostileSite());
  build = await buildSite(siteDir, {DESIGN_DOCS_ON_INVALID: 'warn'});
  if (build.code !== 0) {
    throw new Error(`hostile fixture build failed in warn mode:\n${build.output.slice(-5000)}`);
  }
  json = JSON.parse(readFileSync(path.join(build.outDir, 'design-docs.json'), 'utf8'));
});

describe('a site of hostile and malformed design docs', () => {
  it('has at least 40 docs, each aimed at one failure', () => {
    expect(docs.length).toBeGreaterThanOrEqual(40);
  });

  it('in warn mode: builds, lists every doc, and reports every problem once with file and field', () => {
    expect(json.docs.map((d) => d.file).sort()).toEqual(docs.map((d) => `docs/${d.file}`).sort());
    for (const entry of docs) {
      for (const expected of entry.expect ?? []) {
        const found = json.problems.filter((p) => p.file === `docs/${entry.file}` && p.field === expected.field && p.message.includes(expected.message));
        expect(found, `${entry.file} ${expected.field}`).toHaveLength(1);
      }
    }
    // Each problem is recorded once, and printed once: one report line each.
    const keys = json.problems.map((p) => `${p.file} ${p.field} ${p.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    const lines = build.output.split('\n').filter((line) => /^\s+(error|warning) /.test(line));
    expect(lines).toHaveLength(json.problems.length);
  });

  it('reads payloads from a template body as the text they are, never as markup', () => {
    PAYLOADS.forEach((payload, index) => {
      const doc = json.docs.find((d) => d.file === `docs/design/body-payload-${index}.md`)!;
      const text = payload.replace(/\s+/g, ' ').trim();
      expect(doc.title, payload).toBe(text);
      expect([doc.requirements[0]!.id, doc.requirements[0]!.text, doc.requirements[0]!.extra[text]], payload).toEqual([text, text, text]);
      expect([doc.decisions[0]!.title, doc.decisions[0]!.chosen, doc.risks[0]!.title, doc.risks[0]!.owner, doc.openQuestions[0], doc.checklist[0]!.text], payload).toEqual([text, text, text, text, text, text]);
    });
  });

  it("lists a hostile peer's records as the text they are, and none whose address is a script", () => {
    const index = readPage(build.outDir, '/architecture/adr');
    const titles = index('main table a').map((_, a) => index(a).text()).get();
    // The first record's address is a script: not listed, and said so once.
    PAYLOADS.slice(1).forEach((payload) => expect(titles.some((title) => title.includes(payload.trim().replace(/\s+/g, ' ')) || title.includes(payload)), payload).toBe(true));
    const peer = json.problems.filter((p) => p.file === 'federation/peer.json' || p.file.endsWith('/federation/peer.json'));
    expect(peer.map((p) => [p.field, p.severity])).toEqual([['docs[0].url', 'warning']]);
    for (const route of PORTAL_ROUTES) {
      const page = readPage(build.outDir, route);
      const hrefs = page('a[href]').map((_, a) => page(a).attr('href')!).get();
      expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href) || href.includes('evil.example.com')), route).toEqual([]);
      expect(page('main script, main img[src="x"], main svg[onload]').length, route).toBe(0);
    }
  });

  it('in throw mode: the build fails and lists all problems', async () => {
    const failed = await buildSite(siteDir);
    expect(failed.code).not.toBe(0);
    for (const entry of docs.filter((d) => d.expect?.some((e) => e.field !== 'status' || !e.message.includes('no status')))) {
      expect(failed.output, entry.file).toContain(`"docs/${entry.file}"`);
    }
  });
});

describe('no payload runs in a browser', () => {
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

  it('opens every generated page and every hostile doc: no dialog, no console error, no injected element, no script URL', async () => {
    const routes = [
      ...PORTAL_ROUTES,
      '/',
      ...json.docs.map((d) => d.permalink),
    ];
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    const errors = recordErrors(page);
    for (const route of routes) {
      await page.goto(`${server.url}${route}`, {waitUntil: 'networkidle'});
      const report = await page.evaluate(() => ({
        pwned: (window as {__pwned?: number}).__pwned ?? null,
        injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]:not(body):not(link):not(script), foo').length,
        bodyHidden: getComputedStyle(document.body).display === 'none',
        scriptLinks: Array.from(document.querySelectorAll("a[href]"))
          .map((a) => a.getAttribute('href')!)
          .filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
      }));
      expect(report, route).toEqual({pwned: null, injected: 0, bodyHidden: false, scriptLinks: []});
    }
    // An unknown status is a sidebar badge showing its own words, whatever
    // characters they hold, shortened.
    const docOf = (fileEnd: string) => json.docs.find((d) => d.file.endsWith(fileEnd))!;
    const shortened = (label: string) => ([...label].length > 40 ? `${[...label].slice(0, 39).join('')}…` : label);
    await page.goto(`${server.url}${docOf('payload-title-0.md').permalink}`, {waitUntil: 'networkidle'});
    const badges: Record<string, string> = await page.$$eval('.theme-doc-sidebar-menu [class*="design-doc-status--"] > a', (links) =>
      Object.fromEntries(links.map((link) => [link.getAttribute('href'), getComputedStyle(link, '::after').content])),
    );
    PAYLOADS.forEach((payload, index) => {
      const {permalink, statusLabel} = docOf(`payload-relations-${index}.md`);
      expect(statusLabel!.toLowerCase(), payload).toBe(payload.trim().toLowerCase());
      expect(JSON.parse(badges[permalink]!), payload).toBe(shortened(statusLabel!));
    });
    expect(Object.values(badges).every((content) => content.startsWith('"'))).toBe(true);
    // Mermaid parses the generated text despite the titles, and draws it.
    await page.goto(`${server.url}/architecture/graph`, {waitUntil: 'networkidle'});
    await expect.poll(() => page.locator('.relationship-graph__diagram svg').count(), {timeout: 20_000}).toBe(1);
    expect(await page.locator('.relationship-graph__diagram svg .node').count()).toBeGreaterThan(5);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, scaledTimeout(600_000));
});

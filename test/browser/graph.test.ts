import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {buildSite, repoRoot, type BuildResult} from '../helpers/docusaurus';
import {launchChromium, recordErrors} from '../helpers/browser';
import {serveStatic} from '../helpers/staticServer';
import {writeFixtureSite} from '../helpers/fixtureSite';

const RECORDS = 150;
const RELATED_PER_RECORD = 10;
const ref = (n: number) => `ADR-${String(n).padStart(4, '0')}`;

/**
 * 150 ADRs, each related to the ten after it and every fifth superseding
 * the one before: 1,500 related and 30 supersede relations, three times
 * what mermaid draws in one diagram. The site draws related relations too.
 */
function writeDenseSite(): string {
  const docs: Record<string, string> = {};
  for (let n = 1; n <= RECORDS; n += 1) {
    const related = Array.from({length: RELATED_PER_RECORD}, (_, k) => ref(((n + k) % RECORDS) + 1));
    const supersedes = n % 5 === 0 ? `supersedes: ${ref(n - 1)}\n` : '';
    docs[`adr/${String(n).padStart(4, '0')}-record-${n}.md`] =
      `---\ntype: adr\nstatus: ${n % 5 === 4 ? 'superseded' : 'accepted'}\ndate: 2026-01-${String((n % 28) + 1).padStart(2, '0')}\n${supersedes}related: [${related.join(', ')}]\n---\n\n# Record ${n}: 決済の記録 ${n}\n\nWhy record ${n} was decided.\n`;
  }
  return writeFixtureSite('graph', {
    docs,
    home: '---\nslug: /\n---\n\n# Dense graph fixture\n',
    config: `module.exports = {
  title: 'Dense graph', url: 'https://example.com', baseUrl: '/', onBrokenLinks: 'throw',
  future: {v4: true, faster: true},
  markdown: {mermaid: true, format: 'detect'},
  themes: ['@docusaurus/theme-mermaid'],
  presets: [['classic', {docs: {routeBasePath: '/'}, blog: false, pages: false}]],
  plugins: [[${JSON.stringify(repoRoot)}, {graph: {related: true}}]],
};
`,
  });
}

let siteDir: string;
let build: BuildResult;
let browser: Browser;
let server: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  siteDir = writeDenseSite();
  build = await buildSite(siteDir);
  if (build.code !== 0) {
    throw new Error(`dense graph fixture build failed:\n${build.output.slice(-5000)}`);
  }
  server = await serveStatic(build.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the relationship graph of 150 records with 1,530 relations', () => {
  it('draws every relation as diagrams in Chromium, with no error box and no console error', async () => {
    const page = await browser.newPage();
    const errors = recordErrors(page);
    await page.goto(`${server.url}/architecture/graph`, {waitUntil: 'networkidle'});
    const diagrams = page.locator('.relationship-graph__diagram');
    const count = await diagrams.count();
    expect(count).toBeGreaterThan(1);
    // Mermaid lays out each diagram in turn; wait until every one is an SVG.
    await expect.poll(() => page.locator('.relationship-graph__diagram svg').count(), {timeout: 120_000}).toBe(count);
    const text = await page.locator('.relationship-graph__section[data-section="relations"]').innerText();
    // Mermaid's own failure text ("Syntax error in text", "Edge limit exceeded", "Maximum text size").
    expect(text).not.toMatch(/syntax error|limit exceeded|maximum text size/i);
    expect(await page.locator('.relationship-graph__omitted').count()).toBe(0);
    // Every edge drawn: mermaid gives each edge one path element.
    const drawnEdges = await page.locator('.relationship-graph__diagram svg .edgePaths path, .relationship-graph__diagram svg path.flowchart-link').count();
    expect(drawnEdges).toBeGreaterThanOrEqual(1530);
    // The table lists every relation, and names docs by their whole title.
    expect(await page.locator('table.relationship-graph__edges tbody tr').count()).toBe(1530);
    await expect.poll(() => page.getByRole('link', {name: /Record 1: 決済の記録 1$/}).first().count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its page data small: each doc once, relations as index tuples', () => {
    const data = readFileSync(path.join(siteDir, '.docusaurus/docusaurus-plugin-design-docs/default/pages/graph.json'), 'utf8');
    expect(Buffer.byteLength(data)).toBeLessThan(200_000);
    const parsed = JSON.parse(data) as {docs: unknown[]; edges: unknown[]};
    expect(parsed.docs).toHaveLength(RECORDS);
    expect(parsed.edges).toHaveLength(1530);
  });
});

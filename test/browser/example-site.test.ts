import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {scaledTimeout} from '../helpers/timeouts';
import type {Browser, Locator, Page} from 'playwright-core';
import {buildSite, repoRoot} from '../helpers/docusaurus';
import {contrastRatios, launchChromium, recordErrors, sidebarBadgeText} from '../helpers/browser';
import {serveStatic} from '../helpers/staticServer';
import {PORTAL_ROUTES} from '../helpers/portalRoutes';
import {TONES} from '../../plugin/views/tones';

let browser: Browser;
let server: {url: string; close: () => Promise<void>};

// The example site builds two locales (en, fr), each a full client and
// server bundle: on two cores that takes longer than the default hook timeout.
beforeAll(async () => {
  const build = await buildSite(path.join(repoRoot, 'example-site'));
  if (build.code !== 0) {
    throw new Error(`example site build failed:\n${build.output}`);
  }
  server = await serveStatic(build.outDir);
  browser = await launchChromium();
}, scaledTimeout(900_000));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const DESKTOP = {width: 1280, height: 900};
const PHONE = {width: 390, height: 844};

async function open(route: string, colorMode: 'light' | 'dark' = 'light', viewport = DESKTOP): Promise<{page: Page; errors: string[]}> {
  const context = await browser.newContext({viewport, ...(viewport === PHONE && {isMobile: true, hasTouch: true})});
  // Docusaurus reads the chosen colour mode from localStorage before painting.
  await context.addInitScript((mode) => window.localStorage.setItem('theme', mode), colorMode);
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(`${server.url}${route}`, {waitUntil: 'networkidle'});
  return {page, errors};
}

describe('the example portal in Chromium', () => {
  it('leads a reader from a superseded ADR to its successor through the banner', async () => {
    const {page, errors} = await open('/docs/adr/ship-per-page-data-in-global-data');
    const banner = page.locator('.design-doc-banner');
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toMatch(/This ADR is superseded\./);
    expect(await page.locator('.design-doc-header .design-doc-status-badge').innerText()).toBe('Superseded');

    await banner.locator('a.design-doc-banner__successor').click();
    await page.waitForURL('**/docs/adr/merge-per-doc-data-into-docs-metadata-module');
    const header = page.locator('.design-doc-header');
    // Client-side navigation: the URL changes before the new page renders.
    await expect.poll(() => header.locator('.design-doc-status-badge').innerText()).toBe('Accepted');
    expect(await header.locator('.design-doc-reference').innerText()).toBe('ADR-0004');
    expect(await header.locator('[data-field="supersedes"]').innerText()).toContain('ADR-0003');
    expect(await page.locator('.design-doc-banner').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows each ADR status in the sidebar, and keeps it after client-side navigation', async () => {
    const {page, errors} = await open('/docs/adr/record-architecture-decisions');
    const item = (label: string) => sidebarBadgeText(page, label);
    expect(await item('Ship per-page data in global data')).toBe('Superseded');
    expect(await item('Re-parse Markdown')).toBe('Rejected');
    expect(await item('Put the design-doc header above the title')).toBe('Proposed');
    // An ordinary doc in the same sidebar has no badge.
    expect(await item('Introduction')).toBeNull();

    await page.locator('.theme-doc-sidebar-item-link a', {hasText: 'Re-parse Markdown'}).click();
    await page.waitForURL('**/docs/adr/reparse-markdown-with-gray-matter');
    await expect.poll(() => page.locator('.design-doc-banner').innerText()).toMatch(/This ADR is rejected\./);
    expect(await item('Ship per-page data in global data')).toBe('Superseded');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const colorMode of ['light', 'dark'] as const) {
    it(`gives every badge at least 4.5:1 contrast in ${colorMode} mode`, async () => {
      for (const route of ['/', '/docs/adr/ship-per-page-data-in-global-data', '/docs/rfc/portal-pages']) {
        const {page, errors} = await open(route, colorMode);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorMode);
        const sidebarBadges = await contrastRatios(page, '.theme-doc-sidebar-menu [class*="design-doc-status--"] > .menu__link', '::after');
        if (route.startsWith('/docs/')) {
          expect(sidebarBadges.length, `${route} sidebar`).toBeGreaterThan(0);
        }
        const ratios = [...(await contrastRatios(page, '.design-doc-status-badge')), ...sidebarBadges];
        expect(ratios.length, route).toBeGreaterThan(0);
        for (const {text, ratio} of ratios) {
          expect(ratio, `${route} "${text}" in ${colorMode} mode`).toBeGreaterThanOrEqual(4.5);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });
  }
});

describe('what an ordinary doc downloads, in Chromium', () => {
  it('fetches none of the header, badge or portal code and styles, and gets them on the way to a record', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const errors = recordErrors(page);
    const scripts: Promise<string>[] = [];
    const stylesheets: string[] = [];
    // Only the ordinary page's scripts are read: a body read later, while
    // the context closes, would reject with no one waiting for it.
    let readingScripts = true;
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) {
        if (readingScripts) {
          scripts.push(response.text());
        }
      } else if (response.url().endsWith('.css')) {
        stylesheets.push(new URL(response.url()).pathname);
      }
    });
    await page.goto(`${server.url}/docs/reference/options`, {waitUntil: 'networkidle'});
    readingScripts = false;
    const code = await Promise.all(scripts);
    // Message ids only the header, the badge and the portal pages carry.
    for (const marker of ['designDocs.header.deciders', 'designDocs.banner.notCurrent', 'designDocs.index.column.status']) {
      expect(code.filter((source) => source.includes(marker)), marker).toEqual([]);
    }
    expect(stylesheets.filter((file) => /\/design-docs\.\w+\.css$/.test(file))).toEqual([]);

    // Client-side: through the portal's front door and a type index to a record.
    await page.locator('.navbar a', {hasText: 'Architecture'}).click();
    await page.waitForURL('**/architecture');
    await page.locator('li.design-docs-home__page h2 a', {hasText: 'ADR'}).click();
    await page.waitForURL('**/architecture/adr');
    // ADR-0001 is on the index's second page once the site has more than 50 records: found as a reader finds it.
    await page.locator('input[name="q"]').pressSequentially('record architecture');
    await page.locator('tr.design-docs-index__row td a', {hasText: 'Record architecture decisions'}).first().click();
    await page.waitForURL('**/docs/adr/record-architecture-decisions');
    await expect.poll(() => page.locator('.design-doc-header .design-doc-status-badge').innerText()).toBe('Accepted');
    expect(stylesheets.filter((file) => /\/design-docs\.\w+\.css$/.test(file))).toHaveLength(1);
    // The header's own styles apply: its fields are laid out, not a bare list.
    expect(await page.locator('.design-doc-header dl').evaluate((dl) => getComputedStyle(dl).display)).toBe('grid');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the generated portal pages in Chromium', () => {
  it('filters the ADR index by a status chip, keeps it in the URL, and restores it on reload and back', async () => {
    const {page, errors} = await open('/architecture/adr');
    const rows = page.locator('tr.design-docs-index__row');
    const total = await rows.count();
    expect(total).toBeGreaterThanOrEqual(12);

    await page.locator('.design-docs-index__chip[data-status="accepted"]').click();
    await page.waitForURL(/status=accepted/);
    await expect.poll(() => rows.count()).toBeLessThan(total);
    const statuses = await rows.locator('.design-doc-status-badge').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Accepted']));
    expect(await page.locator('.design-docs-index__chip[data-status="accepted"]').getAttribute('aria-pressed')).toBe('true');

    await page.reload({waitUntil: 'networkidle'});
    await expect.poll(() => rows.locator('.design-doc-status-badge').allInnerTexts()).toEqual(statuses);

    await page.goBack({waitUntil: 'networkidle'});
    await expect.poll(() => rows.count()).toBe(total);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows the ADR index by free text and by sort order', async () => {
    const {page, errors} = await open('/architecture/adr');
    // "global data" is also in the summaries of the ADRs that replaced it.
    await page.locator('input[name="q"]').pressSequentially('ship per-page');
    await expect.poll(() => page.locator('tr.design-docs-index__row').count()).toBe(1);
    expect(await page.locator('tr.design-docs-index__row a').innerText()).toBe('Ship per-page data in global data');
    expect(page.url()).toContain('q=ship+per-page');
    await page.locator('button[data-sort="number"]').click();
    await page.locator('input[name="q"]').fill('');
    await expect.poll(() => page.locator('tr.design-docs-index__row td').first().innerText()).toBe('ADR-0001');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters the risk register by clicking a heat-map cell', async () => {
    const {page, errors} = await open('/architecture/risks');
    const rows = page.locator('tr.risk-register__row');
    const total = await rows.count();
    const cell = page.locator('.risk-heatmap__cell:not([data-count="0"])').first();
    const [likelihood, impact, count] = await Promise.all([cell.getAttribute('data-likelihood'), cell.getAttribute('data-impact'), cell.getAttribute('data-count')]);
    expect(Number(count)).toBeLessThan(total);
    await cell.click();
    await page.waitForURL(new RegExp(`likelihood=${likelihood}`));
    await expect.poll(() => rows.count()).toBe(Number(count));
    for (const row of await rows.all()) {
      expect(await row.getAttribute('data-likelihood')).toBe(likelihood);
      expect(await row.getAttribute('data-impact')).toBe(impact);
    }
    await cell.click();
    await expect.poll(() => rows.count()).toBe(total);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders the relationship graph as an SVG diagram', async () => {
    const {page, errors} = await open('/architecture/graph');
    const svg = page.locator('.relationship-graph__diagram svg');
    await expect.poll(() => svg.count(), {timeout: 15_000}).toBe(1);
    expect(await svg.locator('.node').count()).toBeGreaterThan(3);
    expect(await svg.innerHTML()).toContain('ADR-0004');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps each filterable embed of a page to its own filters, in its own URL keys', async () => {
    // The directives reference shows a non-functional table, then the functional Must Haves.
    const {page, errors} = await open('/docs/reference/directives');
    const [nonFunctional, functional] = [page.locator('.requirements').nth(0), page.locator('.requirements').nth(1)];
    const rows = (embed: typeof functional) => embed.locator('tr.requirements__row:visible').count();
    const nonFunctionalRows = await rows(nonFunctional);
    expect(nonFunctionalRows).toBeGreaterThan(0);
    // Several embeds on one page: no id twice.
    const ids = await page.$$eval('[id]', (elements) => elements.map((element) => element.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const functionalRows = await rows(functional);

    await functional.locator('.requirements__search').pressSequentially('badge');
    await page.waitForURL(/requirements-2\.q=badge/);
    await expect.poll(() => rows(functional)).toBeLessThan(functionalRows);
    expect(await rows(functional)).toBeGreaterThan(0);
    expect(await rows(nonFunctional)).toBe(nonFunctionalRows);
    expect(new URL(page.url()).searchParams.has('requirements.q')).toBe(false);

    // The URL restores the second table's filter, and only that one, on reload.
    await page.reload();
    await expect.poll(() => functional.locator('.requirements__search').inputValue()).toBe('badge');
    expect(await nonFunctional.locator('.requirements__search').inputValue()).toBe('');
    expect(await rows(nonFunctional)).toBe(nonFunctionalRows);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('logs no console error on any generated page, nor on pages with embeds', async () => {
    const routes = [
      ...PORTAL_ROUTES,
      '/',
      '/docs/design/system-design',
      '/architecture/adr?status=accepted&q=data',
      '/architecture/risks?likelihood=medium&impact=high',
      '/platform',
      '/platform/0.1',
      '/fr/',
      '/fr/architecture/dashboard',
    ];
    for (const route of routes) {
      for (const colorMode of ['light', 'dark'] as const) {
        const {page, errors} = await open(route, colorMode);
        expect(await page.locator('main h1, article h1').first().isVisible(), route).toBe(true);
        expect(errors, `${route} (${colorMode})`).toEqual([]);
        await page.context().close();
      }
    }
  });
});

/**
 * Types `text` key by key, as a person does, and checks that no key is
 * lost: the box holds the whole text, and so does the URL's parameter once
 * it has caught up (the box must still hold it then).
 */
async function typeKeyByKey(page: Page, box: Locator, text: string, param: string, delay = 0): Promise<void> {
  await box.pressSequentially(text, {delay});
  expect(await box.inputValue()).toBe(text);
  await expect.poll(() => new URL(page.url()).searchParams.get(param)).toBe(text);
  expect(await box.inputValue()).toBe(text);
}

/** Every row's text holds the needle, and the rows are fewer than `total` but not none. */
async function expectRowsMatching(rows: Locator, needle: string, total: number): Promise<void> {
  await expect.poll(() => rows.count()).toBeLessThan(total);
  const texts = await rows.allInnerTexts();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text.toLowerCase()).toContain(needle);
  }
}

describe('the search boxes of the portal in Chromium', () => {
  it('keeps every key typed into the ADR index search, and shows the one matching record', async () => {
    const {page, errors} = await open('/architecture/adr');
    await typeKeyByKey(page, page.locator('input[name="q"]'), 'ship per-page data', 'q');
    await expect.poll(() => page.locator('tr.design-docs-index__row a').allInnerTexts()).toEqual(['Ship per-page data in global data']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps every key typed into the decision log search, and lists only matching decisions', async () => {
    const {page, errors} = await open('/architecture/decisions');
    const entries = page.locator('.decision-log__entry');
    const total = await entries.count();
    await typeKeyByKey(page, page.locator('.decision-log__search'), 'legacy status lines', 'q');
    await expectRowsMatching(entries, 'legacy status lines', total);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps every key typed into the requirements search, fast or with the URL catching up between keys', async () => {
    const {page, errors} = await open('/architecture/requirements');
    const rows = page.locator('tr.requirements__row');
    const search = page.locator('.requirements__search');
    const total = await rows.count();
    await typeKeyByKey(page, search, 'page weight', 'q');
    await expectRowsMatching(rows, 'page weight', total);

    // Slower than the pause after which the URL follows: each key's URL
    // write lands while the next keys are typed, and must not undo them.
    await search.fill('');
    await expect.poll(() => rows.count()).toBe(total);
    await typeKeyByKey(page, search, 'byte-identical', 'q', 300);
    await expectRowsMatching(rows, 'byte-identical', total);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps every key typed into the risk register minimum score, and lists only risks at or above it', async () => {
    const {page, errors} = await open('/architecture/risks');
    const rows = page.locator('tr.risk-register__row');
    const total = await rows.count();
    await typeKeyByKey(page, page.locator('input[name="min-score"]'), '10', 'min-score');
    await expect.poll(() => rows.count()).toBeLessThan(total);
    const scores = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-score'))));
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.every((score) => score >= 10)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the registers of several docs instances in Chromium', () => {
  it('names each decision\'s docs instance and narrows the log to one, kept in the URL', async () => {
    const {page, errors} = await open('/architecture/decisions');
    const cards = page.locator('.decision-log__entry');
    const all = await cards.count();
    const select = page.locator('.design-docs-instance-filter select');
    expect(await select.locator('option').allInnerTexts()).toEqual(['All', 'default', 'platform']);
    await select.selectOption('platform');
    await expect.poll(() => new URL(page.url()).searchParams.get('instance')).toBe('platform');
    await expect.poll(() => cards.count()).toBeLessThan(all);
    const names = await cards.locator('.design-docs-instance').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['platform']));
    // Each platform ADR links to the platform docs.
    for (const href of await cards.locator('[data-field="source"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/platform\//);
    }
    await page.reload();
    await expect.poll(() => select.inputValue()).toBe('platform');
    expect(await cards.count()).toBe(names.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the docs-instance filter at phone width', () => {
  /** The page does not scroll sideways; wide tables scroll in their own box. */
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('fits the decision log\'s screen, and a tap on it still narrows the log to one instance', async () => {
    const {page, errors} = await open('/architecture/decisions', 'light', PHONE);
    const select = page.locator('.design-docs-instance-filter select');
    await expect.poll(() => select.isVisible()).toBe(true);
    const box = (await select.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // Big enough to tap (WCAG 2.5.8: at least 24 by 24 CSS pixels).
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await select.tap();
    await select.selectOption('platform');
    await expect.poll(() => new URL(page.url()).searchParams.get('instance')).toBe('platform');
    const names = await page.locator('.decision-log__entry .design-docs-instance').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['platform']));
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is not offered on the risk and requirements registers, whose rows all come from one instance', async () => {
    for (const route of ['/architecture/risks', '/architecture/requirements']) {
      const {page, errors} = await open(route, 'light', PHONE);
      await expect.poll(() => page.locator('main table tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('.design-docs-instance-filter').count()).toBe(0);
      expect(await page.locator('.design-docs-instance').count()).toBe(0);
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

describe('the palette in Chromium', () => {
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

  it("colours the risk heat map from the tone variables, so a site's --dd-tone-danger-bg reaches its danger cells", async () => {
    const {page, errors} = await open('/architecture/risks');
    const backgrounds = (tone: string) =>
      page.locator(`.risk-heatmap__cell[data-tone="${tone}"]`).evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).backgroundColor));
    expect((await backgrounds('danger')).length).toBeGreaterThan(0);
    expect(new Set(await backgrounds('danger'))).toEqual(new Set([rgb(TONES.light.danger.bg)]));
    expect(new Set(await backgrounds('success'))).toEqual(new Set([rgb(TONES.light.success.bg)]));

    // What a site's custom.css does (see the swizzling reference).
    await page.addStyleTag({content: "[data-theme='light']:root { --dd-tone-danger-bg: #123456; }"});
    expect(new Set(await backgrounds('danger'))).toEqual(new Set(['rgb(18, 52, 86)']));
    expect(new Set(await backgrounds('success'))).toEqual(new Set([rgb(TONES.light.success.bg)]));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the records of the example portal in Chromium', () => {
  it('leads a reader along a supersede chain to the decision in force', async () => {
    const {page, errors} = await open('/docs/adr/hide-legacy-lines-under-the-site-folder');
    const banner = page.locator('.design-doc-banner');
    const badge = page.locator('.design-doc-header .design-doc-status-badge');
    expect(await badge.innerText()).toBe('Superseded');
    expect(await banner.innerText()).toMatch(/This ADR is superseded\./);

    await banner.locator('a.design-doc-banner__successor').click();
    await page.waitForURL('**/docs/adr/hide-legacy-lines-in-any-markdown-outside-node-modules');
    await expect.poll(() => page.locator('.design-doc-header .design-doc-reference').innerText()).toBe('ADR-0020');
    expect(await badge.innerText()).toBe('Superseded');
    expect(await banner.locator('a.design-doc-banner__successor').innerText()).toBe(
      'ADR-0021: Hide legacy status lines in the site folder and every docs content folder',
    );

    await banner.locator('a.design-doc-banner__successor').click();
    await page.waitForURL('**/docs/adr/hide-legacy-lines-in-docs-content-folders');
    await expect.poll(() => badge.innerText()).toBe('Accepted');
    expect(await page.locator('.design-doc-banner').count()).toBe(0);
    expect(await page.locator('.design-doc-header [data-field="supersedes"]').innerText()).toContain('ADR-0020');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks a deprecated ADR with a banner that names no successor', async () => {
    const {page, errors} = await open('/docs/adr/a-doc-is-a-design-doc-only-when-it-declares-type');
    expect(await page.locator('.design-doc-header .design-doc-status-badge').innerText()).toBe('Deprecated');
    const banner = page.locator('.design-doc-banner');
    expect(await banner.innerText()).toMatch(/This ADR is deprecated\./);
    expect(await banner.locator('a.design-doc-banner__successor').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the platform instance in the ADR index, and every status of the lifecycle', async () => {
    const {page, errors} = await open('/architecture/adr');
    const rows = page.locator('tr.design-docs-index__row');
    const statuses = new Set(await rows.locator('.design-doc-status-badge').allInnerTexts());
    expect(statuses).toEqual(new Set(['Proposed', 'Accepted', 'Rejected', 'Deprecated', 'Superseded']));
    // More than a page of records: the platform's rows are counted on every page.
    const platformRows = rows.filter({has: page.locator('a[href^="/platform/"]')});
    const onPage = async () => ({
      current: await platformRows.count(),
      snapshot: await rows.filter({has: page.locator('a[href^="/platform/0.1/"]')}).count(),
      instances: await platformRows.locator('.design-docs-index__instance').allInnerTexts(),
    });
    const first = await onPage();
    await page.goto(`${server.url}/architecture/adr?page=2`, {waitUntil: 'networkidle'});
    await expect.poll(() => page.locator('.design-docs-index__page').innerText()).toContain('2');
    const second = await onPage();
    // The current platform log (six records), never its 0.1 snapshot.
    expect(first.current + second.current).toBe(6);
    expect(first.snapshot + second.snapshot).toBe(0);
    expect(new Set([...first.instances, ...second.instances])).toEqual(new Set(['platform']));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches the platform log to its 0.1 snapshot, where a record is still proposed', async () => {
    const {page, errors} = await open('/platform/adr/benchmark-outside-the-test-suite');
    const badge = page.locator('.design-doc-header .design-doc-status-badge');
    expect(await badge.innerText()).toBe('Accepted');

    const dropdown = page.locator('.navbar__item.dropdown', {has: page.locator('a.navbar__link', {hasText: 'Current'})});
    await dropdown.hover();
    await dropdown.locator('a.dropdown__link', {hasText: '0.1'}).click();
    await page.waitForURL('**/platform/0.1/adr/benchmark-outside-the-test-suite');
    await expect.poll(() => badge.innerText()).toBe('Proposed');
    expect(await page.locator('.theme-doc-version-banner').innerText()).toContain('0.1');
    // The record added after 0.1 is not in the snapshot's sidebar.
    const sidebar = page.locator('.theme-doc-sidebar-menu');
    expect(await sidebar.innerText()).not.toContain('Build the example portal');
    expect(await sidebarBadgeText(page, 'Benchmark')).toBe('Proposed');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the French portal in Chromium', () => {
  it('shows the column headers, status chips and badges of the ADR index in French', async () => {
    const {page, errors} = await open('/fr/architecture/adr');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.design-docs-index__table thead th').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Statut'), expect.stringContaining('Titre'), expect.stringContaining('Personnes'), 'Documentation']),
    );
    expect(await page.locator('.design-docs-index__chip[data-status="deprecated"]').innerText()).toContain('Dépréciée');

    await page.locator('.design-docs-index__chip[data-status="superseded"]').click();
    await page.waitForURL(/\/fr\/architecture\/adr\?status=superseded/);
    const rows = page.locator('tr.design-docs-index__row');
    await expect.poll(async () => new Set(await rows.locator('.design-doc-status-badge').allInnerTexts())).toEqual(new Set(['Remplacée']));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('gives a superseded ADR a French header and banner that lead to its successor in French', async () => {
    const {page, errors} = await open('/fr/docs/adr/ship-per-page-data-in-global-data');
    const header = page.locator('.design-doc-header');
    expect(await header.locator('.design-doc-status-badge').innerText()).toBe('Remplacée');
    expect(await header.locator('[data-field="deciders"] dt').innerText()).toBe('Décideurs');
    const banner = page.locator('.design-doc-banner');
    expect(await banner.innerText()).toMatch(/Statut de ce document \(ADR\) : remplacée\. Voir la décision en vigueur :/);

    await banner.locator('a.design-doc-banner__successor').click();
    await page.waitForURL('**/fr/docs/adr/merge-per-doc-data-into-docs-metadata-module');
    await expect.poll(() => header.locator('.design-doc-status-badge').innerText()).toBe('Acceptée');
    expect(await header.locator('[data-field="supersedes"]').innerText()).toMatch(/Remplace[\s\S]*ADR-0003/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

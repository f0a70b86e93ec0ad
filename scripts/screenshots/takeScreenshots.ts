import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {buildSite, repoRoot} from '../../test/helpers/docusaurus';
import {launchChromium} from '../../test/helpers/browser';
import {serveStatic} from '../../test/helpers/staticServer';

const OUT_DIR = path.join(repoRoot, 'docs', 'screenshots');

// What a newcomer should see first, each with the element the picture is
// about; `element` pictures that element alone rather than the window.
const SHOTS: {name: string; route: string; waitFor: string; element?: string}[] = [
  {name: 'adr-index', route: '/architecture/adr', waitFor: 'table'},
  {name: 'design-doc', route: '/docs/design/system-design', waitFor: '.design-doc-header'},
  {name: 'risk-heat-map', route: '/architecture/risks', waitFor: '.risk-heatmap__legend'},
  {name: 'dashboard', route: '/architecture/dashboard', waitFor: 'main h1'},
  {name: 'review-queue', route: '/architecture/dashboard', waitFor: '.review-queue__row', element: 'section[data-section="review-queue"]'},
];

let browser: Browser;
let server: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  const build = await buildSite(path.join(repoRoot, 'example-site'));
  if (build.code !== 0) {
    throw new Error(`example site build failed:\n${build.output.slice(-4000)}`);
  }
  server = await serveStatic(build.outDir);
  browser = await launchChromium();
  mkdirSync(OUT_DIR, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const mode of ['light', 'dark'] as const) {
  for (const shot of SHOTS) {
    it(`${shot.name} (${mode})`, async () => {
      const context = await browser.newContext({viewport: {width: 1280, height: 800}, deviceScaleFactor: 1});
      await context.addInitScript((m) => window.localStorage.setItem('theme', m), mode);
      const page = await context.newPage();
      await page.goto(`${server.url}${shot.route}`, {waitUntil: 'networkidle'});
      await page.locator(shot.waitFor).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(mode);
      const file = path.join(OUT_DIR, `${shot.name}-${mode}.png`);
      await (shot.element ? page.locator(shot.element).screenshot({path: file}) : page.screenshot({path: file}));
      await context.close();
    });
  }
}

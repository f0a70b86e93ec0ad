import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import Ajv from 'ajv';
import type {Browser} from 'playwright-core';
import {buildSite, readPage, repoRoot, text, type BuildResult} from '../helpers/docusaurus';
import {launchChromium, recordErrors} from '../helpers/browser';
import {serveStatic} from '../helpers/staticServer';
import {writeHubSite, writePaymentsSite, writePlatformSite} from '../helpers/federationSites';
import type {DesignDocsJson} from '../../plugin/types/output';

/**
 * Federation end to end: Payments (A) and Platform (B) are built first,
 * each served on loopback at the address it was built for. The hub (C)
 * reads A's export over HTTP and B's from the file B's build wrote, and
 * builds its own portal from all three sites.
 */
type Served = {url: string; close: () => Promise<void>};

let payments: BuildResult;
let platform: BuildResult;
let hub: BuildResult;
let hubDir: string;
let paymentsServer: Served;
let platformServer: Served;
let hubServer: Served;
let browser: Browser;

function builtOrThrow(name: string, result: BuildResult): BuildResult {
  if (result.code !== 0) {
    throw new Error(`${name} fixture build failed:\n${result.output.slice(-5000)}`);
  }
  return result;
}

const readJson = (outDir: string): DesignDocsJson => JSON.parse(readFileSync(path.join(outDir, 'design-docs.json'), 'utf8'));

beforeAll(async () => {
  paymentsServer = await serveStatic(() => payments.outDir);
  platformServer = await serveStatic(() => platform.outDir);
  payments = builtOrThrow('payments', await buildSite(writePaymentsSite(paymentsServer.url)));
  platform = builtOrThrow('platform', await buildSite(writePlatformSite(platformServer.url)));
  hubDir = writeHubSite({paymentsUrl: paymentsServer.url, platformUrl: platformServer.url, platformExport: path.join(platform.outDir, 'design-docs.json')});
  hub = builtOrThrow('hub', await buildSite(hubDir));
  hubServer = await serveStatic(hub.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([paymentsServer, platformServer, hubServer].map((server) => server?.close()));
});

describe('a hub federating two sites', () => {
  it('builds with no federation warning, and the sites export version 2 with their cross-site reference kept', () => {
    expect(hub.output).not.toMatch(/federation source|not one of federation\.sources|has no record/);
    const exported = readJson(payments.outDir);
    expect(exported.version).toBe(2);
    const queue = exported.docs.find((doc) => doc.reference === 'ADR-0002')!;
    expect(queue.relations).toContainEqual(expect.objectContaining({kind: 'related', target: 'platform:ADR-0001', site: 'platform'}));
  });

  it("writes the hub's own design-docs.json with its records only, valid against the schema, naming the other sites' records it relates to", () => {
    const written = readJson(hub.outDir);
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/design-docs.schema.json'), 'utf8'));
    const validate = new Ajv({allErrors: true}).compile(schema);
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    expect(written.docs.map((doc) => doc.title).sort()).toEqual(['Adopt event sourcing', 'Retire the legacy queue']);
    const retired = written.docs.find((doc) => doc.title === 'Retire the legacy queue')!;
    expect(retired.relations).toEqual([
      expect.objectContaining({kind: 'superseded-by', reference: 'ADR-0002', title: 'Queue payments through Kafka', site: 'payments', url: `${paymentsServer.url}/adr/queue-payments`}),
    ]);
  });

  it("lists every site's ADRs on the hub's ADR index, the remote ones linking to their own site", () => {
    const index = readPage(hub.outDir, '/architecture/adr');
    const main = text(index('main'));
    for (const title of ['Retire the legacy queue', 'Adopt event sourcing', 'Use Postgres for the ledger', 'Queue payments through Kafka', 'Split the ledger by region', 'Run every service on Kubernetes']) {
      expect(main).toContain(title);
    }
    const hrefs = index('main a').map((_, a) => index(a).attr('href')).get();
    expect(hrefs).toContain(`${paymentsServer.url}/adr/use-postgres`);
    expect(hrefs).toContain(`${platformServer.url}/adr/run-on-kubernetes`);
  });

  it("shows the cross-site successor in the local record's banner, linking to the other site", () => {
    const page = readPage(hub.outDir, '/adr/retire-legacy-queue');
    const banner = page('.design-doc-banner');
    expect(text(banner)).toContain('Queue payments through Kafka');
    expect(banner.find('a').attr('href')).toBe(`${paymentsServer.url}/adr/queue-payments`);
  });

  it('lists remote risks and requirements in the registers, their text escaped', () => {
    const risks = readPage(hub.outDir, '/architecture/risks');
    expect(text(risks('main'))).toContain('Kafka <b>outage</b> stops payouts');
    expect(risks('main b').length).toBe(0);
    expect(text(readPage(hub.outDir, '/architecture/requirements')('main'))).toContain('Every service restarts within a minute');
  });
});

describe('the hub in Chromium', () => {
  const titlesOn = (page: import('playwright-core').Page) => page.locator('main table tbody tr a').allInnerTexts();

  it('lists the three sites in the ADR index, filters by site by keyboard and through the address, and keeps the choice across a reload', async () => {
    const page = await browser.newPage();
    const errors = recordErrors(page);
    await page.goto(`${hubServer.url}/architecture/adr`);
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(6);
    const sites = await page.locator('main table tbody .design-docs-site').allInnerTexts();
    expect(sites.sort()).toEqual(['Architecture hub', 'Architecture hub', 'Payments', 'Payments', 'Payments', 'Platform']);
    const filter = page.locator('select[name="site"]');
    expect(await filter.locator('option').allInnerTexts()).toEqual(['All sites', 'Architecture hub', 'Payments', 'Platform']);
    await filter.focus();
    await filter.selectOption('payments');
    await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('payments');
    await expect.poll(() => titlesOn(page)).toEqual(expect.arrayContaining([expect.stringContaining('Split the ledger by region')]));
    expect((await titlesOn(page)).length).toBe(3);
    await page.reload();
    await expect.poll(async () => (await titlesOn(page)).length).toBe(3);
    expect(await filter.inputValue()).toBe('payments');
    // The address alone chooses the site, as a shared link would.
    await page.goto(`${hubServer.url}/architecture/adr?site=hub`);
    await expect.poll(async () => (await titlesOn(page)).sort()).toEqual([expect.stringContaining('Adopt event sourcing'), expect.stringContaining('Retire the legacy queue')]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a remote record on its own site in a new tab, from a link that says which site it is on", async () => {
    const page = await browser.newPage();
    await page.goto(`${hubServer.url}/architecture/adr?site=platform`);
    const link = page.locator('main table tbody a.design-doc-link--external').first();
    await expect.poll(() => link.getAttribute('href')).toBe(`${platformServer.url}/adr/run-on-kubernetes`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await link.innerText()).toContain('(on Platform)');
    const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    await expect.poll(() => opened.locator('h1').first().innerText()).toBe('Run every service on Kubernetes');
    expect(opened.url()).toBe(`${platformServer.url}/adr/run-on-kubernetes`);
    await opened.close();
    await page.close();
  });

  it("shows the cross-site successor in a local record's banner, and follows it to the other site", async () => {
    const page = await browser.newPage();
    const errors = recordErrors(page);
    await page.goto(`${hubServer.url}/adr/retire-legacy-queue`);
    const banner = page.locator('.design-doc-banner');
    await expect.poll(() => banner.innerText()).toContain('Queue payments through Kafka');
    const successor = banner.locator('a.design-doc-link--external');
    expect(await successor.getAttribute('href')).toBe(`${paymentsServer.url}/adr/queue-payments`);
    expect(await successor.innerText()).toContain('(on Payments)');
    const [opened] = await Promise.all([page.context().waitForEvent('page'), successor.click()]);
    await expect.poll(() => opened.locator('h1').first().innerText()).toBe('Queue payments through Kafka');
    await opened.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts risks in the heat map by the chosen site, and sums up each site on the dashboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubServer.url}/architecture/risks`);
    const counted = async () => (await page.locator('.risk-heatmap__grid [data-count]').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-count'))))).reduce((a, b) => a + b, 0);
    await expect.poll(() => page.locator('main').innerText()).toContain('Kafka <b>outage</b> stops payouts');
    expect(await page.locator('main').innerText()).toContain('The event store grows without bound');
    expect(await counted()).toBe(2);
    await page.locator('select[name="site"]').selectOption('hub');
    await expect.poll(() => page.locator('main').innerText()).not.toContain('Kafka <b>outage</b> stops payouts');
    expect(await page.locator('main').innerText()).toContain('The event store grows without bound');
    expect(await counted()).toBe(1);
    await page.goto(`${hubServer.url}/architecture/dashboard`);
    const site = (name: string, field: string) => page.locator(`.dashboard__site[data-site="${name}"] [data-field="${field}"]`).innerText();
    await expect.poll(() => page.locator('.dashboard__site').count()).toBe(3);
    expect([await site('hub', 'documents'), await site('payments', 'documents'), await site('platform', 'documents')]).toEqual(['2', '3', '1']);
    expect(await site('payments', 'critical-risks')).toBe('1');
    await page.close();
  });
});

describe('when a source fails', () => {
  it('serves an unreachable source from the cache offline, and a corrupted export is reported while its last good copy is listed', async () => {
    await paymentsServer.close();
    writeFileSync(path.join(platform.outDir, 'design-docs.json'), '{"version": 2, "docs": [');
    const offline = builtOrThrow('hub (offline)', await buildSite(hubDir, {DESIGN_DOCS_OFFLINE: '1'}));
    expect(offline.output).not.toMatch(/federation source "payments"/);
    expect(offline.output).toMatch(/federation source "platform" could not be read: not JSON[^\n]*; the last good copy, read \d{4}-\d\d-\d\dT[^,]+, is listed instead/);
    const main = text(readPage(offline.outDir, '/architecture/adr')('main'));
    expect(main).toContain('Use Postgres for the ledger');
    expect(main).toContain('Run every service on Kubernetes');
  });

  it("fails the build with onFederationError: 'throw', naming every source that failed", async () => {
    const failed = await buildSite(hubDir, {FEDERATION_THROW: '1'});
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('2 federation sources could not be read');
    expect(failed.output).toMatch(/- payments \(http:\/\/127\.0\.0\.1:\d+\/design-docs\.json\): /);
    expect(failed.output).toMatch(/- platform \([^)]*design-docs\.json\): not JSON/);
  });
});

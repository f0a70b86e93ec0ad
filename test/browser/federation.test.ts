import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import Ajv from 'ajv';
import type {Browser} from 'playwright-core';
import {buildSite, readPage, repoRoot, text, type BuildResult} from '../helpers/docusaurus';
import {launchChromium} from '../helpers/browser';
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

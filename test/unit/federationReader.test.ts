import {mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {isOffline, readFederationSources, type FederationReading, watchedExports} from '../../plugin/federation/readSources';
import type {FederationSource} from '../../plugin/types/options';
import type {DesignDocsJson} from '../../plugin/types/output';
import {siteExport, titlesOf} from '../helpers/federation';
import {makeTempDir} from '../helpers/tempDirs';

type Answer = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** A real server on loopback, answering as each test says, and keeping each request's headers. */
async function exportServer(answer: Answer) {
  const requests: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request.headers);
    answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/design-docs.json`;
  const close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  servers.push(close);
  return {url, requests, close};
}

const servers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((close) => close()));
});

/** Answers with the export and an ETag, and 304 when the hub sends that ETag back. */
function withEtag(json: DesignDocsJson, etag = '"v1"'): Answer {
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, {etag}).end();
      return;
    }
    response.writeHead(200, {'content-type': 'application/json', etag}).end(JSON.stringify(json));
  };
}

const source = (name: string, where: string): FederationSource => ({name, label: name, export: where, siteUrl: `https://${name}.example.com`});

/** A hub site folder and its cache folder, as the plugin would pass them. */
function hub() {
  const siteDir = makeTempDir('hub');
  const cacheDir = path.join(siteDir, '.docusaurus/docusaurus-plugin-design-docs/default/federation');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
    writeFileSync(path.join(siteDir, file), text);
  };
  const read = (sources: FederationSource[], options: {offline?: boolean; timeout?: number; maxBytes?: number} = {}) =>
    readFederationSources({sources, siteDir, cacheDir, offline: options.offline ?? false, timeout: options.timeout ?? 5_000, maxBytes: options.maxBytes ?? 50 * 1024 * 1024});
  return {siteDir, cacheDir, write, read};
}

const payments = siteExport('https://payments.example.com', ['Use Postgres', 'Use Kafka']);
const platform = siteExport('https://platform.example.com', ['Adopt Kubernetes']);

/** Each source's name with the titles of every export it gave. */
const titlesBySource = (reading: FederationReading) => reading.sources.map((one) => [one.source.name, one.exports.flatMap((loaded) => titlesOf(loaded.json))]);
const reasons = (reading: FederationReading) => reading.failures.map((failure) => [failure.source.name, failure.reason, failure.usedCopyFrom]);

describe('reading federation sources from files', () => {
  it('reads a path relative to the site, fresh, and keeps it as the last good copy', async () => {
    const site = hub();
    site.write('../payments/build/design-docs.json', JSON.stringify(payments));
    const reading = await site.read([source('payments', '../payments/build/design-docs.json')]);
    expect(titlesBySource(reading)).toEqual([['payments', ['Use Postgres', 'Use Kafka']]]);
    expect(reading.failures).toEqual([]);
    const [loaded] = reading.sources[0]!.exports;
    expect(loaded).toMatchObject({location: path.resolve(site.siteDir, '../payments/build/design-docs.json'), fromCache: false});
    expect(Date.parse(loaded!.fetchedAt!)).not.toBeNaN();
    expect(readdirSync(site.cacheDir).filter((file) => file.endsWith('.json'))).toHaveLength(1);
  });

  it('reads every file a glob finds, in path order, under the one source', async () => {
    const site = hub();
    site.write('packages/zeta/build/design-docs.json', JSON.stringify(platform));
    site.write('packages/alpha/build/design-docs.json', JSON.stringify(payments));
    const reading = await site.read([source('mono', 'packages/*/build/design-docs.json')]);
    expect(reading.sources[0]!.exports.map((loaded) => path.relative(site.siteDir, loaded.location))).toEqual([
      path.join('packages/alpha/build/design-docs.json'),
      path.join('packages/zeta/build/design-docs.json'),
    ]);
    expect(titlesBySource(reading)).toEqual([['mono', ['Use Postgres', 'Use Kafka', 'Adopt Kubernetes']]]);
    // A glob may also leave the site or be absolute: a monorepo's hub often sits beside its packages.
    const outside = hub();
    const absolute = await outside.read([source('up', `../${path.basename(site.siteDir)}/packages/*/build/*.json`), source('abs', path.join(site.siteDir, 'packages/a*/build/*.json'))]);
    expect(titlesBySource(absolute)).toEqual([['up', ['Use Postgres', 'Use Kafka', 'Adopt Kubernetes']], ['abs', ['Use Postgres', 'Use Kafka']]]);
  });

  it('reports a glob that matches nothing and a missing file, and still reads the other sources, in option order', async () => {
    const site = hub();
    site.write('platform.json', JSON.stringify(platform));
    const reading = await site.read([source('mono', 'packages/*/design-docs.json'), source('gone', 'nowhere.json'), source('platform', 'platform.json')]);
    expect(titlesBySource(reading)).toEqual([['mono', []], ['gone', []], ['platform', ['Adopt Kubernetes']]]);
    expect(reasons(reading)).toEqual([['mono', 'matches no file', null], ['gone', 'no such file', null]]);
    expect(reading.failures.map((failure) => failure.index)).toEqual([0, 1]);
  });

  it('falls back to the last good copy when the file is later corrupted, and says from when', async () => {
    const site = hub();
    site.write('payments.json', JSON.stringify(payments));
    const first = await site.read([source('payments', 'payments.json')]);
    site.write('payments.json', '{\n  "version": 2,\n  "docs": [\n');
    const second = await site.read([source('payments', 'payments.json')]);
    expect(titlesBySource(second)).toEqual([['payments', ['Use Postgres', 'Use Kafka']]]);
    expect(second.sources[0]!.exports[0]).toMatchObject({fromCache: true, fetchedAt: first.sources[0]!.exports[0]!.fetchedAt});
    expect(reasons(second)).toEqual([['payments', 'not JSON: unexpected end of text at line 4 column 1', first.sources[0]!.exports[0]!.fetchedAt]]);
  });

  it('leaves the copy of an unchanged file as it is, and replaces it once the file changes', async () => {
    const site = hub();
    site.write('payments.json', JSON.stringify(payments));
    await site.read([source('payments', 'payments.json')]);
    const [copyName] = readdirSync(site.cacheDir).filter((file) => file.endsWith('.json'));
    const copyPath = path.join(site.cacheDir, copyName!);
    const copiedAt = statSync(copyPath).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await site.read([source('payments', 'payments.json')]);
    expect(titlesBySource(again)).toEqual([['payments', ['Use Postgres', 'Use Kafka']]]);
    expect(again.sources[0]!.exports[0]).toMatchObject({fromCache: false});
    expect(statSync(copyPath).mtimeMs).toBe(copiedAt);
    // A changed file is copied again, so a later corruption falls back to the newer content.
    site.write('payments.json', JSON.stringify(platform));
    await site.read([source('payments', 'payments.json')]);
    site.write('payments.json', '{');
    const broken = await site.read([source('payments', 'payments.json')]);
    expect(titlesBySource(broken)).toEqual([['payments', ['Adopt Kubernetes']]]);
  });

  it('reads an export saved with a byte-order mark and non-ASCII text, and its copy keeps that text exactly', async () => {
    const site = hub();
    const accented = siteExport('https://payments.example.com', ['Zahlungen über Kafka — 決済', 'Émettre les reçus']);
    site.write('payments.json', `\uFEFF${JSON.stringify(accented, null, 2)}`);
    const fresh = await site.read([source('payments', 'payments.json')]);
    expect(titlesBySource(fresh)).toEqual([['payments', ['Zahlungen über Kafka — 決済', 'Émettre les reçus']]]);
    site.write('payments.json', 'not json');
    const fallback = await site.read([source('payments', 'payments.json')]);
    expect(fallback.sources[0]!.exports[0]).toMatchObject({fromCache: true});
    expect(titlesBySource(fallback)).toEqual([['payments', ['Zahlungen über Kafka — 決済', 'Émettre les reçus']]]);
  });

  it('refuses an export that does not match the schema, naming the JSON path, and one of a newer version, naming the upgrade', async () => {
    const site = hub();
    const broken = structuredClone(payments) as unknown as {docs: {title: unknown}[]};
    broken.docs[1]!.title = ['not', 'a', 'title'];
    site.write('broken.json', JSON.stringify(broken));
    site.write('newer.json', JSON.stringify({...platform, version: 3}));
    const reading = await site.read([source('broken', 'broken.json'), source('newer', 'newer.json')]);
    expect(titlesBySource(reading)).toEqual([['broken', []], ['newer', []]]);
    expect(reasons(reading)).toEqual([
      ['broken', 'it does not match the design-docs.json schema: docs[1].title must be string', null],
      ['newer', 'its schema version is 3; this plugin reads versions 1 to 2: upgrade docusaurus-plugin-design-docs on this site', null],
    ]);
  });

  it('reads version 1, and passes on no property the schema does not know', async () => {
    const site = hub();
    const older = {...structuredClone(payments), version: 1, builtBy: 'plugin 0.0.9'};
    Object.assign(older.docs[0]!, {html: '<script>alert(1)</script>'});
    site.write('older.json', JSON.stringify(older));
    const reading = await site.read([source('older', 'older.json')]);
    const json = reading.sources[0]!.exports[0]!.json;
    expect(json.version).toBe(1);
    expect(json).not.toHaveProperty('builtBy');
    expect(json.docs[0]).not.toHaveProperty('html');
    expect(titlesOf(json)).toEqual(['Use Postgres', 'Use Kafka']);
  });

  it('refuses a file larger than maxBytes before reading it', async () => {
    const site = hub();
    site.write('payments.json', JSON.stringify(payments));
    const reading = await site.read([source('payments', 'payments.json')], {maxBytes: 1024});
    expect(reasons(reading)).toEqual([['payments', 'larger than 1 KiB (federation.maxBytes)', null]]);
  });
});

describe('reading federation sources from URLs', () => {
  it('fetches an export, then revalidates it by its ETag (a 304 uses the copy), and serves that copy when the site is down', async () => {
    const site = hub();
    const server = await exportServer(withEtag(payments));
    const first = await site.read([source('payments', server.url)]);
    expect(titlesBySource(first)).toEqual([['payments', ['Use Postgres', 'Use Kafka']]]);
    expect(first.sources[0]!.exports[0]).toMatchObject({location: server.url, fromCache: false});
    const fetchedAt = first.sources[0]!.exports[0]!.fetchedAt;

    const second = await site.read([source('payments', server.url)]);
    expect(server.requests[1]!['if-none-match']).toBe('"v1"');
    expect(second.failures).toEqual([]);
    expect(second.sources[0]!.exports[0]).toMatchObject({fromCache: true, fetchedAt});
    expect(titlesBySource(second)).toEqual([['payments', ['Use Postgres', 'Use Kafka']]]);

    await server.close();
    const third = await site.read([source('payments', server.url)]);
    expect(titlesBySource(third)).toEqual([['payments', ['Use Postgres', 'Use Kafka']]]);
    expect(third.failures).toHaveLength(1);
    expect(third.failures[0]).toMatchObject({location: server.url, usedCopyFrom: fetchedAt});
    expect(third.failures[0]!.reason).toMatch(/ECONNREFUSED/);
  });

  it('sends Last-Modified back as If-Modified-Since', async () => {
    const site = hub();
    const lastModified = 'Tue, 01 Dec 2026 10:00:00 GMT';
    const server = await exportServer((request, response) => {
      response.writeHead(request.headers['if-modified-since'] === lastModified ? 304 : 200, {'last-modified': lastModified}).end(JSON.stringify(platform));
    });
    await site.read([source('platform', server.url)]);
    const again = await site.read([source('platform', server.url)]);
    expect(server.requests.map((headers) => headers['if-modified-since'])).toEqual([undefined, lastModified]);
    expect(again.sources[0]!.exports[0]!.fromCache).toBe(true);
  });

  it('offline, reads the cached copy without a request, and fails a URL it never fetched', async () => {
    const site = hub();
    const server = await exportServer(withEtag(payments));
    const first = await site.read([source('payments', server.url)]);
    const offline = await site.read([source('payments', server.url), source('platform', `${server.url}?site=platform`)], {offline: true});
    expect(server.requests).toHaveLength(1);
    expect(titlesBySource(offline)).toEqual([['payments', ['Use Postgres', 'Use Kafka']], ['platform', []]]);
    expect(offline.sources[0]!.exports[0]).toMatchObject({fromCache: true, fetchedAt: first.sources[0]!.exports[0]!.fetchedAt});
    expect(reasons(offline)).toEqual([['platform', 'offline, and no cached copy', null]]);
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const site = hub();
    const server = await exportServer(() => undefined);
    const started = Date.now();
    const reading = await site.read([source('payments', server.url)], {timeout: 200});
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(reasons(reading)).toEqual([['payments', 'timed out after 0.2 s (federation.timeout)', null]]);
  });

  it('refuses a body larger than maxBytes, whether the server declares its length or streams it', async () => {
    const site = hub();
    const big = JSON.stringify({...payments, padding: 'x'.repeat(64 * 1024)});
    const declared = await exportServer((_, response) => response.writeHead(200, {'content-length': Buffer.byteLength(big)}).end(big));
    const streamed = await exportServer((_, response) => {
      response.writeHead(200);
      response.write(big.slice(0, 1000));
      setTimeout(() => response.end(big.slice(1000)), 20);
    });
    const reading = await site.read([source('declared', declared.url), source('streamed', streamed.url)], {maxBytes: 8 * 1024});
    expect(reasons(reading)).toEqual([
      ['declared', 'larger than 8 KiB (federation.maxBytes)', null],
      ['streamed', 'larger than 8 KiB (federation.maxBytes)', null],
    ]);
  });

  it('names an HTTP error status and a body that is not JSON', async () => {
    const site = hub();
    const failing = await exportServer((_, response) => response.writeHead(500).end('Internal error'));
    const html = await exportServer((_, response) => response.writeHead(200).end('{\n  "version": 2,\n    docs: []\n}'));
    const reading = await site.read([source('failing', failing.url), source('html', html.url)]);
    expect(reasons(reading)).toEqual([
      ['failing', 'HTTP 500', null],
      ['html', 'not JSON: expected a property name in double quotes, found "d" at line 3 column 5', null],
    ]);
  });

  it('does not cache what failed validation: the last good copy stays the one used', async () => {
    const site = hub();
    let json: unknown = payments;
    const server = await exportServer((_, response) => response.writeHead(200).end(JSON.stringify(json)));
    const first = await site.read([source('payments', server.url)]);
    json = {...payments, version: 3};
    await site.read([source('payments', server.url)]);
    await server.close();
    const later = await site.read([source('payments', server.url)]);
    expect(later.sources[0]!.exports[0]).toMatchObject({fromCache: true, fetchedAt: first.sources[0]!.exports[0]!.fetchedAt});
    expect(later.sources[0]!.exports[0]!.json.version).toBe(2);
  });

  it('refuses plain http off loopback and other schemes, without a request', async () => {
    const site = hub();
    const reading = await site.read([source('payments', 'http://payments.example.com/design-docs.json'), source('ftp', 'ftp://payments.example.com/design-docs.json')]);
    expect(reasons(reading)).toEqual([
      ['payments', 'plain http is only read from localhost: use https://', null],
      ['ftp', 'ftp: addresses are not read: use https://', null],
    ]);
  });
});

describe('isOffline', () => {
  it('is the option, or DESIGN_DOCS_OFFLINE=1 or true', () => {
    expect(isOffline(true, {})).toBe(true);
    expect(isOffline(false, {})).toBe(false);
    expect(isOffline(false, {DESIGN_DOCS_OFFLINE: '1'})).toBe(true);
    expect(isOffline(false, {DESIGN_DOCS_OFFLINE: 'TRUE'})).toBe(true);
    expect(isOffline(false, {DESIGN_DOCS_OFFLINE: '0'})).toBe(false);
  });
});

describe('dev mode', () => {
  it('watches the files and globs among the sources, absolute, and never an address', () => {
    const sources = [
      {name: 'a', label: 'A', export: '../a/build/design-docs.json', siteUrl: 'https://a.example.com'},
      {name: 'b', label: 'B', export: 'https://b.example.com/design-docs.json', siteUrl: 'https://b.example.com'},
      {name: 'c', label: 'C', export: 'packages/*/build/design-docs.json', siteUrl: 'https://c.example.com'},
    ];
    expect(watchedExports(sources, '/work/hub')).toEqual(['/work/a/build/design-docs.json', '/work/hub/packages/*/build/design-docs.json']);
  });
});

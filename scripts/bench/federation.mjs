// Benchmark 6: a hub that lists other sites' records (federation, issue 16).
// The other sites' exports are generated once per run through the real
// pipeline (the records of generateDocs.mjs, loaded through the front-matter
// hook, modelled, written by buildDesignDocsJson), so the hub reads exactly
// what real sites write. Then, in process: reading and validating the 50
// exports, the hub's own work with them, and the size of the pages' data;
// and, as whole builds, the hub with and without its federation sources.
//
// Runnable alone, printing its figures as JSON (the in-process ones take
// about a minute at full size; --builds adds the whole builds):
//   node scripts/bench/federation.mjs [--small] [--reference] [--builds]
// npm run bench runs the in-process part this way too, in a process of its
// own (benchFederationInChild).
import {execFileSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {writeFrontMatterSite} from './benchSites.mjs';
import {generateDocs} from './generateDocs.mjs';
import {docusaurusBuild, interleaved} from './siteBuilds.mjs';
import {loadDocs, loadedDocs, measure, median, pluginWork, TODAY} from './pluginWork.mjs';

const require = createRequire(import.meta.url);
const lib = (p) => require(`../../lib/plugin/${p}`);
const {getDefaultOptions} = lib('options.js');
const {createVocabulary} = lib('vocabulary/vocabulary.js');
const {buildDesignDocModel} = lib('validate/designDocModel.js');
const {buildDesignDocsJson} = lib('outputs/designDocsJson.js');
const {selectPortalDocs} = lib('views/portal/context.js');
const {readFederationSources} = lib('federation/readSources.js');
const {federationOf} = lib('federation/loadFederation.js');
const {DEFAULT_FEDERATION} = lib('defaults.js');

const two = (i) => String(i).padStart(2, '0');
const gzip = (text) => gzipSync(text, {level: 9}).length;

/**
 * Site i's records: its own seed (other dates, statuses, people, tables)
 * and its name in every title, so that no two sites' records are alike
 * and the hub's pages do not compress better than real ones would.
 */
function siteRecords(i, records) {
  const prefix = `Site ${two(i)} `;
  return generateDocs(records, 1000 + i).map((g) => ({
    ...g,
    doc: {...g.doc, title: `${prefix}${g.doc.title}`},
    // Only the record's own title is in its file (in YAML, a heading and the prose).
    markdown: g.markdown.replaceAll(g.doc.title, `${prefix}${g.doc.title}`),
  }));
}

/**
 * Writes `.bench/federation/site-NN/design-docs.json` for every site, as
 * the site's build would (writeBuildOutputs: the model, the portal's docs,
 * indented JSON), and returns the hub's federation sources.
 */
export async function writeSiteExports({dir, sites, records}) {
  const options = getDefaultOptions();
  const vocabulary = createVocabulary(options);
  rmSync(dir, {recursive: true, force: true});
  const sources = [];
  let first = null;
  for (let i = 1; i <= sites; i += 1) {
    const name = `site-${two(i)}`;
    const siteUrl = `https://${name}.example.com`;
    const model = buildDesignDocModel(await loadDocs(siteRecords(i, records)), vocabulary);
    const exported = buildDesignDocsJson(model, vocabulary, siteUrl, {docs: selectPortalDocs(model.docs, options.versions), today: TODAY});
    const text = `${JSON.stringify(exported, null, 2)}\n`;
    const file = path.join(dir, name, 'design-docs.json');
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, text);
    first ??= {records: exported.docs.length, bytes: Buffer.byteLength(text), gzip: gzip(text)};
    sources.push({name, label: `Site ${two(i)}`, export: file, siteUrl});
  }
  return {sources, oneExport: first};
}

/** The hub's options: the defaults, with the sites to read. */
export function hubOptions(sources) {
  return {...getDefaultOptions(), federation: {...DEFAULT_FEDERATION, label: 'Hub', sources}};
}

/** Median milliseconds of `runs` runs of an async `fn`, after one warm-up; `prepare` runs before each, untimed. */
async function measureAsync(fn, runs, prepare = () => undefined) {
  const times = [];
  for (let i = 0; i <= runs; i += 1) {
    const arg = prepare(i);
    const start = process.hrtime.bigint();
    await fn(arg);
    if (i > 0) {
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return median(times);
}

/**
 * Reads the sources as loadFederation does (files: never offline, the
 * default limits), into `cacheDir`.
 */
function read(sources, cacheDir) {
  return readFederationSources({sources, siteDir: path.dirname(cacheDir), cacheDir, offline: false, timeout: DEFAULT_FEDERATION.timeout, maxBytes: DEFAULT_FEDERATION.maxBytes});
}

/**
 * The in-process figures: fetch and validation (cold and warm cache), the
 * hub's own work with and without the remote records, and the pages' data.
 * `referenceN`: the same number of records as local docs, when the run has
 * them loaded already (section 1's largest size); else null.
 */
export async function benchFederation({workDir, sites, records, localN, runs, referenceN = null, log = () => undefined}) {
  const dir = path.join(workDir, 'federation');
  log(`  writing ${sites} sites' exports of ${records} records each`);
  const {sources, oneExport} = await writeSiteExports({dir, sites, records});
  const options = hubOptions(sources);

  // The very first read in the process also compiles the schema, as a build's does.
  const cacheRoot = path.join(dir, 'hub-cache');
  rmSync(cacheRoot, {recursive: true, force: true});
  const firstStart = process.hrtime.bigint();
  const reading = await read(sources, path.join(cacheRoot, 'first', 'federation'));
  const firstMs = Number(process.hrtime.bigint() - firstStart) / 1e6;
  if (reading.failures.length > 0) {
    throw new Error(`federation bench: ${reading.failures.length} exports failed to read, first: ${reading.failures[0].reason}`);
  }
  // Cold: a cache folder that does not exist yet, as on a first build.
  const coldMs = await measureAsync((cacheDir) => read(sources, cacheDir), runs, (i) => path.join(cacheRoot, `cold-${i}`, 'federation'));
  const warmDir = path.join(cacheRoot, 'first', 'federation');
  const warmMs = await measureAsync(() => read(sources, warmDir), runs);
  rmSync(cacheRoot, {recursive: true, force: true});

  log('  the hub\'s in-process work, with and without the remote records');
  const local = await loadedDocs(localN);
  const federated = () => pluginWork(local, options, federationOf(reading, options));
  const alone = () => pluginWork(local, hubOptions([]));
  // In turns, three medians each, as section 1 measures its pair.
  const [withRuns, aloneRuns] = [[], []];
  for (let i = 0; i < 3; i += 1) {
    withRuns.push(measure(federated, runs));
    aloneRuns.push(measure(alone, runs));
  }
  const federationOfMs = measure(() => federationOf(reading, options), runs);
  const reference = referenceN === null ? null : await loadedDocs(referenceN);
  const referenceMs = reference && measure(() => pluginWork(reference), runs);

  const {model, routes} = federated();
  const bytes = Object.fromEntries(routes.map((r) => [r.path, Buffer.byteLength(JSON.stringify(r.data))]));
  const adrIndex = routes.find((r) => r.path.endsWith('/adr'));
  return {
    sites,
    records,
    remote: model.remoteDocs.length,
    localN,
    problems: model.problems.length,
    oneExport,
    sources,
    read: {firstMs, coldMs, warmMs},
    work: {ms: median(withRuns), aloneMs: median(aloneRuns), federationOfMs, referenceN, referenceMs},
    bytes,
    adrIndexGzip: gzip(JSON.stringify(adrIndex.data)),
  };
}

/**
 * The whole-build ratio: section 2's small site (n records and 20 guides,
 * with the plugin, webpack, cold) as a hub reading `sources`, against the
 * same site reading none; alternating, `runs` each, medians. A source that
 * cannot be read fails the build here, so the federated side cannot
 * quietly measure a hub with nothing in it.
 */
export async function benchFederatedBuild({repoRoot, workDir, sources, n, runs, log}) {
  const site = (side) => path.join(workDir, 'federation', `hub-${side}`);
  const inputs = generateDocs(n);
  writeFrontMatterSite(site('with'), inputs, {withPlugin: true, repoRoot, pluginOptions: {federation: {sources}, onFederationError: 'throw'}});
  writeFrontMatterSite(site('without'), inputs, {withPlugin: true, repoRoot});
  log(`Building the ${n}-doc hub with and without its ${sources.length} federation sources, ${runs} runs each`);
  const medians = await interleaved(
    {
      without: () => docusaurusBuild(repoRoot, site('without'), `${site('without')}-build`),
      with: () => docusaurusBuild(repoRoot, site('with'), `${site('with')}-build`),
    },
    runs,
    log,
  );
  return {n, runs, medians};
}

/**
 * benchFederation at the bench's size, with the reference, in a node
 * process of its own (this file run with --all), its log passed through.
 */
export function benchFederationInChild({repoRoot, small}) {
  const args = [fileURLToPath(import.meta.url), '--all', '--reference', ...(small ? ['--small'] : [])];
  const stdout = execFileSync(process.execPath, args, {cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024, encoding: 'utf8'});
  return JSON.parse(stdout);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const small = process.argv.includes('--small');
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const log = (line) => process.stderr.write(`${line}\n`);
  const size = small ? {sites: 10, records: 100, runs: 3} : {sites: 50, records: 200, runs: 9};
  // --reference also times the same records as local docs (loading them takes half a minute at full size).
  const referenceN = process.argv.includes('--reference') ? size.sites * size.records : null;
  const workDir = path.join(repoRoot, '.bench');
  const {sources, ...figures} = await benchFederation({workDir, ...size, localN: 100, referenceN, log});
  // --all: everything, the sources too, as one JSON for benchFederationInChild.
  process.stdout.write(`${JSON.stringify(process.argv.includes('--all') ? {sources, ...figures} : figures, null, 2)}\n`);
  if (process.argv.includes('--builds')) {
    const build = await benchFederatedBuild({repoRoot, workDir, sources, n: small ? 20 : 100, runs: small ? 1 : 3, log});
    process.stdout.write(`${JSON.stringify(build, null, 2)}\n`);
  }
}

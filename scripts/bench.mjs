// npm run bench: measures the plugin with seeded synthetic repositories and
// writes BENCHMARKS.md. Every comparison is a ratio of two sides measured in
// the same run. `--small` runs a quick pass that CI uses to keep this script
// working, and only prints; `--in-process` skips the whole-site builds and
// rewrites only the sections it measured (1, 1b, 4, and 6 without its
// whole-build row), keeping the others as the last full run wrote them
// (scripts/bench/benchmarksFile.mjs);
// `--no-log4brains` runs everything but section 5, the longest (about 40
// minutes), and keeps that section as it was.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {benchBodyReading} from './bench/bodyReading.mjs';
import {generateDocs} from './bench/generateDocs.mjs';
import {benchFederatedBuild, benchFederationInChild} from './bench/federation.mjs';
import {benchHubDoc, benchPluginWork, loadedDocs, pluginWork} from './bench/pluginWork.mjs';
import {benchAgainstLog4brains, benchPluginBuild, smokeFasterBuild} from './bench/siteBuilds.mjs';
import {markSection, spliceBenchmarks} from './bench/benchmarksFile.mjs';
import {weightByKind, WEIGHT_KINDS} from './bench/pageWeight.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workDir = path.join(repoRoot, '.bench');
const small = process.argv.includes('--small');
const inProcessOnly = process.argv.includes('--in-process');
const withoutLog4brains = process.argv.includes('--no-log4brains');
const partial = inProcessOnly || withoutLog4brains;
const log = (line) => process.stderr.write(`${line}\n`);

// fedSites × fedRecords is the largest of `sizes`, so section 6 can compare
// with the same number of local docs, already loaded for section 1.
const config = small
  ? {sizes: [200, 1000], runs: 3, hubSizes: [1000, 4000], hubRuns: 3, bodyRuns: 3, buildN: 60, buildSmallN: 20, buildRuns: 1, fedSites: 10, fedRecords: 100, fedLocalN: 100}
  : {sizes: [1000, 10000], runs: 9, hubSizes: [10000, 40000], hubRuns: 5, bodyRuns: 3, buildN: 1000, buildSmallN: 100, buildRuns: 3, fedSites: 50, fedRecords: 200, fedLocalN: 100};

const kib = (bytes) => (bytes / 1024).toFixed(1);
const ratio = (a, b) => (a / b).toFixed(3);
const adrIndexDataGzip = async (n) => {
  const route = pluginWork(await loadedDocs(n)).routes.find((r) => r.path.endsWith('/adr'));
  return gzipSync(JSON.stringify(route.data), {level: 9}).length;
};

log('1 and 4: the plugin\'s own work, in process');
const {results, reaggregate} = await benchPluginWork({sizes: config.sizes, runs: config.runs});
const [first, last] = [results[0], results[results.length - 1]];

log('1c: a hub doc related to by every other doc');
const hub = await benchHubDoc({sizes: config.hubSizes, runs: config.hubRuns});
const [hubFirst, hubLast] = [hub[0], hub[hub.length - 1]];

log('1b: reading Markdown bodies, in the front-matter hook');
const bodies = await benchBodyReading({sizes: config.sizes, runs: config.bodyRuns, log});
log('6: a hub listing other sites\' records, in process');
// In a process of its own: a hub's build starts with an empty heap, and
// this one holds sections 1 and 1b's 40,000 loaded docs, whose garbage
// collection doubled the reading's time (1.44 s against 0.92 s alone).
const fed = benchFederationInChild({repoRoot, small});

const msAndUs = (figure) => `${figure.ms.toFixed(0)} ms (${figure.usPerDoc.toFixed(0)} µs per doc)`;
const [firstBodies] = bodies;

const run = {
  command: [
    'npm run bench',
    ...(small || partial ? ['--'] : []),
    ...(small ? ['--small'] : []),
    ...(inProcessOnly ? ['--in-process'] : []),
    ...(withoutLog4brains && !inProcessOnly ? ['--no-log4brains'] : []),
  ].join(' '),
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`,
};
const intro = `The repositories are generated with a seeded generator (\`scripts/bench/generateDocs.mjs\`): 60% ADRs with supersede chains and 15% RFCs, with their fields in YAML front matter and about ${(firstBodies.frontMatter.bytes / 1024).toFixed(1)} KB per file; 25% design docs in \`docs/design/\` written from the design-doc template with no front matter at all (bold header, functional and non-functional requirement tables, two decision blocks, a risk table, open questions, revision history, a validation checklist and prose), about ${(firstBodies.template.bytes / 1024).toFixed(1)} KB per file.`;

/** The sections this run measured, by id (scripts/bench/benchmarksFile.mjs). */
const sections = {};
sections['section-1'] = markSection('section-1', run, [
  '## 1. The plugin\'s own work, in process',
  '',
  `Normalize (front matter and the body readings in it), validate, aggregate and build every page's data from loaded docs content; median of ${config.runs} runs after a warm-up. The loaded content is what the docs plugin hands over: every file went once through the plugin's real front-matter hook beforehand, outside the timed region (section 1b times that part).`,
  '',
  'The baseline is the same docs with each template body\'s data written as YAML front matter instead, as teams had to before the body reader; the two alternate, three medians each, and the median of those is shown.',
  '',
  '| docs | template bodies, median ms | the same data in front matter, median ms | ratio | target |',
  '| ---: | ---: | ---: | ---: | --- |',
  ...results.map((r) => `| ${r.n} | ${r.ms.toFixed(1)} | ${r.baselineMs.toFixed(1)} | ${ratio(r.ms, r.baselineMs)} | ${r.n >= 10000 ? 'at most 200 ms' : ''} |`),
  '',
  `Growth from ${first.n} to ${last.n} docs: ${(last.ms / first.ms).toFixed(2)}× for ${last.n / first.n}× the docs. At ${last.n} docs the model holds ${last.counts.requirements} requirements, ${last.counts.decisions} decisions and ${last.counts.risks} risks, nearly all read from template bodies; ${last.counts.problems} problems reported.`,
  '',
  '### A hub doc related to by every other doc',
  '',
  `ADR-0001, and every other ADR saying \`related: ADR-0001\` (front matter and a short MADR body, through the front-matter hook beforehand): the hub gets a relation to every doc. The same in-process work as above; median of ${config.hubRuns} runs after a warm-up.`,
  '',
  '| docs | median ms | µs per doc | relations of the hub |',
  '| ---: | ---: | ---: | ---: |',
  ...hub.map((h) => `| ${h.n} | ${h.ms.toFixed(1)} | ${((h.ms * 1000) / h.n).toFixed(1)} | ${h.hubRelations} |`),
  '',
  `Growth from ${hubFirst.n} to ${hubLast.n} docs: ${(hubLast.ms / hubFirst.ms).toFixed(2)}× for ${hubLast.n / hubFirst.n}× the docs.`,
]);
sections['section-1b'] = markSection('section-1b', run, [
  '## 1b. Reading Markdown bodies, in the front-matter hook',
  '',
  `The plugin wraps the site's \`markdown.parseFrontMatter\`: while the docs plugin loads its content, every record (ADR, RFC or design doc, by \`type:\` or by its folder) has its body parsed (unified, remark-parse, remark-gfm) and read (\`readBody\`), and the reading travels to the model in its front matter. This runs during the docs plugin's content loading, before the in-process work of section 1, which starts from the loaded docs; a whole build (section 2) includes it. Here \`readBody\` is called directly, without the cache, over every generated file; median of ${config.bodyRuns} passes after a warm-up, and the remark parse alone (\`maskFrontMatter\`, then unified with remark-parse and remark-gfm) in the same passes. It is single-threaded work on the build's main thread.`,
  '',
  '| docs | design docs (template) | ADRs and RFCs (front matter) | all records | the remark parse alone, all records |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...bodies.map((b) => `| ${b.n} | ${b.template.count} docs: ${msAndUs(b.template)} | ${b.frontMatter.count} docs: ${msAndUs(b.frontMatter)} | ${msAndUs(b.all)} | ${msAndUs(b.parse)} |`),
  '',
  `The hook reads through \`readBodyCached\`, a content-hash cache (SHA-1 of the text), and the webpack loader that blanks restated header lines reads every record again through it. Below, the first pass fills an empty cache (hash, read, store: what the hook pays; one pass), the second finds every reading there (hash and look-up: what the loader pays; median of ${config.bodyRuns} passes).`,
  '',
  '| docs | first pass, empty cache | second pass, filled cache |',
  '| ---: | ---: | ---: |',
  ...bodies.map((b) => `| ${b.n} | ${msAndUs(b.cachedFirst)} | ${b.cachedSecond.ms.toFixed(1)} ms (${b.cachedSecond.usPerDoc.toFixed(1)} µs per doc) |`),
]);
sections['section-4'] = markSection('section-4', run, [
  '## 4. Dev mode: re-aggregation after one status change',
  '',
  `${reaggregate.n} docs: ${reaggregate.ms.toFixed(1)} ms median (target: at most 50 ms at 1,000 docs).`,
  '',
  `Portal page data at ${last.n} docs, raw JSON: ${Object.entries(last.bytes).map(([route, bytes]) => `\`${route}\` ${(bytes / 1024).toFixed(0)} KiB`).join(', ')}.`,
]);

/** Section 6's whole builds: measured unless the run is in process only. */
let fedBuild = null;
if (!inProcessOnly) {
  log('2 and 3: whole docusaurus builds with and without the plugin');
  const build = await benchPluginBuild({repoRoot, workDir, n: config.buildN, smallN: config.buildSmallN, runs: config.buildRuns, log});
  const {with: w, without: wo} = build.medians;
  const indexPage = build.portal['/architecture/adr'];
  const indexAt10k = indexPage.page - (await adrIndexDataGzip(build.n)) + (await adrIndexDataGzip(10000));
  // The hook's share of the plugin's side, from section 1b's per-doc figures.
  const designDocs = generateDocs(build.n).filter((g) => g.fields.type === 'design-doc').length;
  const bodyReadingS = (designDocs * firstBodies.template.usPerDoc + (build.n - designDocs) * firstBodies.frontMatter.usPerDoc) / 1e6;
  sections['section-2'] = markSection('section-2', run, [
    '## 2. A whole `docusaurus build`, with the plugin against without it',
    '',
    `The same ${build.n}-doc site (plus 20 ordinary guides), built cold (\`DOCUSAURUS_NO_PERSISTENT_CACHE=1\`) with the default bundler (webpack); the two sides alternate, ${build.runs} runs each, medians. Peak memory is the resident set of the whole process tree, sampled every 100 ms. With the plugin, the site also has the remark plugin in its docs instance, and its front-matter hook reads every record's body while the docs load: about ${bodyReadingS.toFixed(1)} s of the plugin's side at this size, by section 1b's figures per doc.`,
    '',
    '| | wall time | peak memory |',
    '| --- | ---: | ---: |',
    `| without the plugin | ${(wo.ms / 1000).toFixed(1)} s | ${(wo.peakRss / 2 ** 20).toFixed(0)} MiB |`,
    `| with the plugin | ${(w.ms / 1000).toFixed(1)} s | ${(w.peakRss / 2 ** 20).toFixed(0)} MiB |`,
    `| **ratio** (target at most 1.05 and 1.10) | **${ratio(w.ms, wo.ms)}** | **${ratio(w.peakRss, wo.peakRss)}** |`,
  ]);
  // What the plugin adds to the ordinary page, by kind of file: its own code
  // and styles, and its entries in the data every page shares.
  const addedByKind = (o) => {
    const [withKinds, withoutKinds] = [weightByKind(o.with), weightByKind(o.without)];
    return WEIGHT_KINDS.map((kind) => kib(withKinds[kind] - withoutKinds[kind]));
  };
  sections['section-3'] = markSection('section-3', run, [
    '## 3. Bytes a reader downloads',
    '',
    'Measured in Chromium: every file a page requests until the network is idle, gzipped at level 9, without the chunks Docusaurus prefetches for the links on the page. "Shell" is what every page of the site shares (`runtime~main`, `main` and the stylesheet); Docusaurus\' own route table in `main` grows with the number of docs, with or without this plugin.',
    '',
    '**An ordinary doc page** (`/docs/guides/guide-1`, in its own sidebar):',
    '',
    '| docs in the site | without the plugin | with the plugin | added by the plugin |',
    '| ---: | ---: | ---: | ---: |',
    ...Object.entries(build.ordinary).map(([n, o]) => `| ${n} | ${kib(o.without.total)} KiB | ${kib(o.with.total)} KiB | ${kib(o.with.total - o.without.total)} KiB |`),
    '',
    'What the plugin adds to it, by file, in KiB: the main bundle holds the route table (the portal pages\' entries); the runtime maps chunks to files and loads a chunk\'s stylesheet; the site stylesheet holds the badge\'s and the sidebar\'s styles; the docs\' chunks hold the doc-page wrappers and the sidebar data with its status classes (one per record in the site).',
    '',
    `| docs in the site | ${WEIGHT_KINDS.join(' | ')} |`,
    `| ---: | ${WEIGHT_KINDS.map(() => '---:').join(' | ')} |`,
    ...Object.entries(build.ordinary).map(([n, o]) => `| ${n} | ${addedByKind(o).join(' | ')} |`),
    '',
    `**A record's own page** (\`/docs/adr/record-1\`, in a sidebar of all ${build.n} records) at ${build.n} docs: ${kib(build.recordPage.without.total)} KiB without the plugin, ${kib(build.recordPage.with.total)} KiB with it (a badge for every sidebar item, header and banner). Its HTML alone, uncompressed: ${kib(build.recordPage.html.without)} KiB without the plugin, ${kib(build.recordPage.html.with)} KiB with it.`,
    '',
    `**Generated pages** at ${build.n} docs (shell ${kib(indexPage.shell)} KiB, the same for every page):`,
    '',
    '| page | the page\'s own files (data and code) |',
    '| --- | ---: |',
    ...Object.entries(build.portal).map(([route, weight]) => `| \`${route}\` | ${kib(weight.page)} KiB |`),
    '',
    `The ADR index at 10,000 docs: ${kib(indexAt10k)} KiB for its data and code (target at most 300 KB). This is the ${build.n}-doc page's own files with its data module swapped for the 10,000-doc data, both gzipped at level 9; a 10,000-doc site is not built here.`,
  ]);

  log('6: whole builds of a hub with and without its federation sources');
  fedBuild = await benchFederatedBuild({repoRoot, workDir, sources: fed.sources, n: config.buildSmallN, runs: config.buildRuns, log});

  if (small) {
    log('5 (smoke): a future.faster build');
    const faster = await smokeFasterBuild({repoRoot, workDir, n: 30});
    sections['section-5'] = markSection('section-5', run, [`## 5. Smoke only: a 30-record \`future.faster\` build took ${(faster.ms / 1000).toFixed(1)} s; run \`npm run bench\` for the log4brains comparison.`]);
  } else if (!withoutLog4brains) {
    log('5: the same records published by Docusaurus (future.faster) and by log4brains');
    const versus = await benchAgainstLog4brains({repoRoot, workDir, n: config.buildN, runs: config.buildRuns, log});
    const {docusaurus: d, docusaurusByYear: byYear, docusaurusWithoutPlugin: plain, log4brains: l} = versus.medians;
    sections['section-5'] = markSection('section-5', run, [
      '## 5. Publishing the same records: Docusaurus with `future.faster` against log4brains',
      '',
      `${versus.n} records in log4brains' MADR 2 format (status, deciders and date in a bullet list), read unchanged by the plugin in a site with \`future: {v4: true, faster: true}\` (\`@docusaurus/faster\`, Rspack) and \`markdown.format: 'detect'\`, and published by \`log4brains build\` (log4brains 1.1.0, installed on first run into \`.bench/log4brains\`) from a git repository holding the same files. Both cold, alternating, ${versus.runs} runs each, medians.`,
      '',
      '| | wall time | peak memory |',
      '| --- | ---: | ---: |',
      `| log4brains build | ${(l.ms / 1000).toFixed(1)} s | ${(l.peakRss / 2 ** 20).toFixed(0)} MiB |`,
      `| docusaurus build (faster) with the plugin, default sidebar (all records in one list) | ${(d.ms / 1000).toFixed(1)} s | ${(d.peakRss / 2 ** 20).toFixed(0)} MiB |`,
      `| docusaurus build (faster) with the plugin, sidebar by year (\`designDocsSidebarItemsGenerator()\`) | ${(byYear.ms / 1000).toFixed(1)} s | ${(byYear.peakRss / 2 ** 20).toFixed(0)} MiB |`,
      `| docusaurus build (faster) of the same files without the plugin, default sidebar, for reference | ${(plain.ms / 1000).toFixed(1)} s | ${(plain.peakRss / 2 ** 20).toFixed(0)} MiB |`,
      '',
      '| log4brains ÷ Docusaurus (goal at least 2) | ratio |',
      '| --- | ---: |',
      `| with the plugin, default sidebar | ${ratio(l.ms, d.ms)} |`,
      `| **with the plugin, sidebar by year** | **${ratio(l.ms, byYear.ms)}** |`,
      `| without the plugin, default sidebar | ${ratio(l.ms, plain.ms)} |`,
    ]);
  }
}

const fedMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const {work: fedWork, read: fedRead} = fed;
const remoteN = fed.remote.toLocaleString('en');
sections['section-6'] = markSection('section-6', run, [
  '## 6. Federation: a hub listing other sites\' records',
  '',
  `${fed.sites} sites of ${fed.records} generated records each (section 1's generator, a seed and a title prefix of their own per site), each built through the real pipeline (front-matter hook, \`buildDesignDocModel\`, \`buildDesignDocsJson\`, indented as a site's build writes it) into \`.bench/federation/site-NN/design-docs.json\`. One export: ${kib(fed.oneExport.bytes)} KiB, ${kib(fed.oneExport.gzip)} KiB gzipped (${(fed.oneExport.bytes / fed.oneExport.records / 1024).toFixed(1)} KiB and ${(fed.oneExport.gzip / fed.oneExport.records).toFixed(0)} bytes gzipped per record). The hub has ${fed.localN} docs of its own and reads the ${fed.sites} exports as file sources: ${remoteN} remote records; ${fed.problems} problems reported.`,
  '',
  `**Fetch and validation** is \`readFederationSources\` over the ${fed.sites} files (read, parse, version check, schema validation with ajv, stripping unknown properties in place, and writing each one's bytes as its last good copy, which a later build leaves as it is while the file is unchanged); median of ${config.runs} runs after a warm-up, each with a cache folder that does not exist yet (a first build) and again into a filled one (a later build). Section 6's in-process figures are measured in a node process of their own, as a hub's build starts with an empty heap: the bench's own process holds sections 1 and 1b's loaded docs by then. **In-process work** starts from that reading (outside the timed region): \`federationOf\` (exports to remote records), then what section 1 times (\`buildDesignDocModel\` with the remote records, every local doc's page data, the sidebar badges and \`assemblePortal\`, whose pages list the remote records too); the hub alone is the same work on the same ${fed.localN} docs without federation; the two alternate, three medians each, and the median of those is shown. **ADR index data** is the \`/architecture/adr\` route's data, JSON, gzipped at level 9.`,
  '',
  '| | figure | target |',
  '| --- | ---: | --- |',
  `| fetch and validation of ${fed.sites} local exports, empty cache (a first build) | ${fedMs(fedRead.coldMs)} | at most 1 s |`,
  `| the same, filled cache (a later build) | ${fedMs(fedRead.warmMs)} | |`,
  `| the first read in the process, which also compiles the schema | ${fedMs(fedRead.firstMs)} | |`,
  `| **in-process work of the hub with ${remoteN} remote records** | **${fedMs(fedWork.ms)}** | at most 300 ms |`,
  `| of which \`federationOf\` alone (median of ${config.runs}) | ${fedMs(fedWork.federationOfMs)} | |`,
  `| the hub alone, ${fed.localN} docs and no federation | ${fedMs(fedWork.aloneMs)} | |`,
  `| ratio, federated hub ÷ hub alone | ${ratio(fedWork.ms, fedWork.aloneMs)} | |`,
  ...(fedWork.referenceMs === null ? [] : [`| for reference: the same number of records as local docs (section 1's work at ${fedWork.referenceN} docs) | ${fedMs(fedWork.referenceMs)} | |`]),
  `| **ADR index data for the whole organisation**, gzipped | **${kib(fed.adrIndexGzip)} KiB** | at most 300 KB |`,
  ...(fedBuild
    ? [
        `| whole build of the hub (${fedBuild.n} docs), without federation sources | ${(fedBuild.medians.without.ms / 1000).toFixed(1)} s, ${(fedBuild.medians.without.peakRss / 2 ** 20).toFixed(0)} MiB peak | |`,
        `| the same hub reading the ${fed.sites} exports | ${(fedBuild.medians.with.ms / 1000).toFixed(1)} s, ${(fedBuild.medians.with.peakRss / 2 ** 20).toFixed(0)} MiB peak | |`,
        `| **whole-build ratio**, with federation ÷ without (wall time, peak memory) | **${ratio(fedBuild.medians.with.ms, fedBuild.medians.without.ms)}**, ${ratio(fedBuild.medians.with.peakRss, fedBuild.medians.without.peakRss)} | reported |`,
      ]
    : []),
  '',
  fedBuild
    ? `The whole builds are section 2's small site (${fedBuild.n} records and 20 guides, with the plugin, webpack, cold), once with \`federation.sources\` naming the ${fed.sites} export files and \`onFederationError: 'throw'\` and once without sources; alternating, ${fedBuild.runs} ${fedBuild.runs === 1 ? 'run' : 'runs'} each, medians.`
    : 'This run measured in process only (`--in-process`): the whole-build ratio of a hub with and without federation is measured by a full run (`npm run bench`, or `-- --no-log4brains`).',
  '',
  `The federated hub's portal page data, raw JSON: ${Object.entries(fed.bytes).map(([route, bytes]) => `\`${route}\` ${(bytes / 1024).toFixed(0)} KiB`).join(', ')}.`,
]);

// Findings written by hand (profiles, what changed and why) follow the
// generated figures, so that re-running the benchmark keeps them.
const analysisFile = path.join(repoRoot, 'scripts/bench/analysis.md');
const analysis = existsSync(analysisFile) ? `${readFileSync(analysisFile, 'utf8').trim()}\n\n` : '';
const closing = `${analysis}${['## Reproduce', '', '```sh', 'npm install', 'npm run bench            # everything, about 85 minutes on 2 cores', 'npm run bench -- --in-process   # only 1, 1b, 4 and 6 without its whole builds, about 12 minutes; rewrites those sections and keeps the others', 'npm run bench -- --no-log4brains   # all but 5, about 45 minutes; keeps section 5', '```'].join('\n')}`;
const benchmarksFile = path.join(repoRoot, 'BENCHMARKS.md');
const output = spliceBenchmarks({
  // A partial run keeps the sections it did not measure, as the file has them.
  previous: partial && existsSync(benchmarksFile) ? readFileSync(benchmarksFile, 'utf8') : null,
  fresh: sections,
  intro,
  closing,
});
process.stdout.write(output);
// A quick run's figures are not comparable with a full run's: it only prints.
if (!small) {
  writeFileSync(benchmarksFile, output);
}

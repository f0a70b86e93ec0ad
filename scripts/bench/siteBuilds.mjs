// Benchmarks 2, 3 and 5 (and 6's whole builds, through the two exported helpers): whole builds of generated sites, each comparison
// measured in the same run with the two sides interleaved, so that whatever
// else the machine does falls on both.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {writeFrontMatterSite, madr2Records, writeMadr2Site, writeLog4brainsProject} from './benchSites.mjs';
import {generateDocs} from './generateDocs.mjs';
import {measureProcess} from './measureProcess.mjs';
import {openBrowser, pageWeight} from './pageWeight.mjs';
import {median} from './pluginWork.mjs';

const LOG4BRAINS_VERSION = '1.1.0';

export function docusaurusBuild(repoRoot, siteDir, outDir) {
  rmSync(outDir, {recursive: true, force: true});
  const bin = path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  // Cold builds on both sides: no webpack/Rspack persistent cache.
  return checked(measureProcess(process.execPath, [bin, 'build', siteDir, '--out-dir', outDir], {cwd: siteDir, env: {DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}}), siteDir);
}

async function checked(promise, what) {
  const result = await promise;
  if (result.code !== 0) {
    throw new Error(`${what} failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  }
  return result;
}

/** Runs `sides` (name -> () => Promise<{ms, peakRss}>) `runs` times, alternating their order. */
export async function interleaved(sides, runs, log) {
  const names = Object.keys(sides);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const result = await sides[name]();
      samples[name].push(result);
      log(`  ${name} run ${run + 1}: ${(result.ms / 1000).toFixed(1)} s, ${(result.peakRss / 2 ** 20).toFixed(0)} MiB peak`);
    }
  }
  return Object.fromEntries(names.map((name) => [name, {ms: median(samples[name].map((s) => s.ms)), peakRss: median(samples[name].map((s) => s.peakRss))}]));
}

/** 2 and 3: the same N-doc site built with and without the plugin. */
export async function benchPluginBuild({repoRoot, workDir, n, smallN, runs, log}) {
  const site = (name) => path.join(workDir, name);
  const out = (name) => path.join(workDir, `${name}-build`);
  const inputs = generateDocs(n);
  writeFrontMatterSite(site('with'), inputs, {withPlugin: true, repoRoot});
  const {ordinaryRoute} = writeFrontMatterSite(site('without'), inputs, {withPlugin: false, repoRoot});
  log(`Building the ${n}-doc site with and without the plugin, ${runs} runs each`);
  const medians = await interleaved(
    {
      without: () => docusaurusBuild(repoRoot, site('without'), out('without')),
      with: () => docusaurusBuild(repoRoot, site('with'), out('with')),
    },
    runs,
    log,
  );

  // An ordinary page at a tenth of the size: what the plugin adds to it must not grow with N.
  const smallInputs = generateDocs(smallN);
  writeFrontMatterSite(site('small-with'), smallInputs, {withPlugin: true, repoRoot});
  writeFrontMatterSite(site('small-without'), smallInputs, {withPlugin: false, repoRoot});
  log(`Building the ${smallN}-doc site with and without the plugin, once each`);
  await docusaurusBuild(repoRoot, site('small-with'), out('small-with'));
  await docusaurusBuild(repoRoot, site('small-without'), out('small-without'));

  const browser = await openBrowser();
  try {
    const weigh = (name, route) => pageWeight(browser, out(name), route);
    const ordinary = {
      [smallN]: {with: await weigh('small-with', ordinaryRoute), without: await weigh('small-without', ordinaryRoute)},
      [n]: {with: await weigh('with', ordinaryRoute), without: await weigh('without', ordinaryRoute)},
    };
    const portal = {};
    for (const route of PORTAL_PAGES) {
      portal[route] = await weigh('with', route);
    }
    const recordRoute = `/docs/${inputs[0].doc.id}`;
    const recordPage = {with: await weigh('with', recordRoute), without: await weigh('without', recordRoute)};
    // The HTML every record page carries: a sidebar of all records, rendered into each page.
    const htmlBytes = (name) => statSync(path.join(out(name), recordRoute.slice(1), 'index.html')).size;
    recordPage.html = {with: htmlBytes('with'), without: htmlBytes('without')};
    return {n, smallN, runs, medians, ordinary, portal, recordPage};
  } finally {
    await browser.close();
  }
}

const PORTAL_PAGES = ['/architecture/adr', '/architecture/design-doc', '/architecture/rfc', '/architecture/decisions', '/architecture/risks', '/architecture/requirements', '/architecture/dashboard', '/architecture/graph'];

function ensureLog4brains(workDir, log) {
  const prefix = path.join(workDir, 'log4brains');
  const bin = path.join(prefix, 'node_modules/.bin/log4brains');
  if (!existsSync(bin)) {
    log(`Installing log4brains ${LOG4BRAINS_VERSION} into ${prefix} (once)`);
    mkdirSync(prefix, {recursive: true});
    execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `log4brains@${LOG4BRAINS_VERSION}`], {stdio: ['ignore', 'ignore', 'inherit']});
  }
  return bin;
}

/**
 * 5: the same MADR 2 records published by Docusaurus (future.faster) and by
 * log4brains; Docusaurus without the plugin shows how much is the plugin's.
 */
export async function benchAgainstLog4brains({repoRoot, workDir, n, runs, log}) {
  const records = madr2Records(generateDocs(n));
  const docusaurusSite = path.join(workDir, 'madr2-docusaurus');
  const plainSite = path.join(workDir, 'madr2-docusaurus-without-plugin');
  const groupedSite = path.join(workDir, 'madr2-docusaurus-by-year');
  const log4brainsProject = path.join(workDir, 'madr2-log4brains');
  writeMadr2Site(docusaurusSite, records, {repoRoot, faster: true});
  writeMadr2Site(plainSite, records, {repoRoot, faster: true, withPlugin: false});
  writeMadr2Site(groupedSite, records, {repoRoot, faster: true, groupByYear: true});
  writeLog4brainsProject(log4brainsProject, records);
  // log4brains dates records from git history: give it a repository.
  const git = (...args) => execFileSync('git', args, {cwd: log4brainsProject, stdio: 'ignore'});
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'records');
  const log4brains = ensureLog4brains(workDir, log);
  const log4brainsOut = path.join(workDir, 'madr2-log4brains-build');
  log(`Publishing ${n} MADR 2 records with Docusaurus (future.faster) and with log4brains, ${runs} runs each`);
  const medians = await interleaved(
    {
      docusaurus: () => docusaurusBuild(repoRoot, docusaurusSite, path.join(workDir, 'madr2-docusaurus-build')),
      docusaurusByYear: () => docusaurusBuild(repoRoot, groupedSite, `${groupedSite}-build`),
      docusaurusWithoutPlugin: () => docusaurusBuild(repoRoot, plainSite, `${plainSite}-build`),
      log4brains: () => {
        rmSync(log4brainsOut, {recursive: true, force: true});
        return checked(measureProcess(log4brains, ['build', '--out', log4brainsOut], {cwd: log4brainsProject}), 'log4brains build');
      },
    },
    runs,
    log,
  );
  return {n, runs, medians};
}

/** A faster build of a small site, so that CI keeps the Rspack path working without log4brains. */
export async function smokeFasterBuild({repoRoot, workDir, n}) {
  const site = path.join(workDir, 'madr2-faster-smoke');
  writeMadr2Site(site, madr2Records(generateDocs(n)), {repoRoot, faster: true});
  return docusaurusBuild(repoRoot, site, `${site}-build`);
}

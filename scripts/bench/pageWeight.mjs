// Bytes a reader downloads for one page of a built site, measured in real
// Chromium: every request the page makes until the network is idle (HTML,
// styles, the Docusaurus shell, route chunks, data), gzipped at level 9 as a
// static host would send them. Files are served straight from the build
// folder through request interception.
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';

const ORIGIN = 'http://bench.localhost';
// The Docusaurus shell every page of a site shares: not the page's own cost.
const SHELL = /\/assets\/(js\/(runtime~)?main\.[\w]+\.js|css\/styles\.[\w]+\.css)$/;

function fileFor(outDir, url) {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const file = path.join(outDir, pathname);
  if (existsSync(file) && statSync(file).isDirectory()) {
    return path.join(file, 'index.html');
  }
  return existsSync(file) ? file : null;
}

export async function openBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** `{shell, page, total}` gzipped bytes, and the files behind them. */
export async function pageWeight(browser, outDir, route) {
  const context = await browser.newContext();
  const files = new Map();
  await context.route(`${ORIGIN}/**`, async (request) => {
    const file = fileFor(outDir, request.request().url());
    if (!file) {
      return request.fulfill({status: 404, body: ''});
    }
    const body = readFileSync(file);
    // Chunks Docusaurus prefetches for links on the page belong to the
    // pages behind those links, not to this one.
    const headers = await request.request().allHeaders();
    if (!/prefetch/i.test(headers['sec-purpose'] ?? headers.purpose ?? '')) {
      files.set(new URL(request.request().url()).pathname, gzipSync(body, {level: 9}).length);
    }
    return request.fulfill({status: 200, body, contentType: contentType(file)});
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${route}`, {waitUntil: 'networkidle'});
  await context.close();
  const list = Array.from(files, ([url, gzip]) => ({url, gzip}));
  const sum = (subset) => subset.reduce((total, f) => total + f.gzip, 0);
  const shell = list.filter((f) => SHELL.test(f.url));
  const own = list.filter((f) => !SHELL.test(f.url));
  return {shell: sum(shell), page: sum(own), total: sum(list), files: list};
}

/** The kinds of file a page downloads, as section 3 of BENCHMARKS.md breaks a page's weight down. */
export const WEIGHT_KINDS = ['HTML', 'main bundle', 'runtime', 'site stylesheet', 'other stylesheets', 'page chunks'];

function kindOf(url) {
  if (/\/runtime~main\.[\w]+\.js$/.test(url)) {
    return 'runtime';
  }
  if (/\/main\.[\w]+\.js$/.test(url)) {
    return 'main bundle';
  }
  if (/\/styles\.[\w]+\.css$/.test(url)) {
    return 'site stylesheet';
  }
  if (url.endsWith('.css')) {
    return 'other stylesheets';
  }
  return url.endsWith('.js') ? 'page chunks' : 'HTML';
}

/** Gzipped bytes of a `pageWeight` result by kind of file. */
export function weightByKind(weight) {
  const kinds = Object.fromEntries(WEIGHT_KINDS.map((kind) => [kind, 0]));
  for (const file of weight.files) {
    kinds[kindOf(file.url)] += file.gzip;
  }
  return kinds;
}

function contentType(file) {
  return {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml'}[path.extname(file)] ?? 'application/octet-stream';
}

// Run directly on a built site, to see where a page's bytes come from:
//   node scripts/bench/pageWeight.mjs <build folder> <route> [<build folder without the plugin>]
// prints each file the page downloads with its gzipped size and, given a
// second build of the same site without the plugin, what the plugin adds.
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const [outDir, route, withoutDir] = process.argv.slice(2);
  if (!outDir || !route) {
    process.stderr.write('usage: node scripts/bench/pageWeight.mjs <build folder> <route> [<build folder without the plugin>]\n');
    process.exit(2);
  }
  const browser = await openBrowser();
  try {
    const weight = await pageWeight(browser, path.resolve(outDir), route);
    const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
    for (const file of [...weight.files].sort((a, b) => b.gzip - a.gzip)) {
      process.stdout.write(`${kib(file.gzip).padStart(12)}  ${file.url}\n`);
    }
    process.stdout.write(`total ${kib(weight.total)} (shell ${kib(weight.shell)}, the page's own files ${kib(weight.page)})\n`);
    if (withoutDir) {
      const without = await pageWeight(browser, path.resolve(withoutDir), route);
      process.stdout.write(`without the plugin ${kib(without.total)}; added by the plugin ${kib(weight.total - without.total)}\n`);
      const [withKinds, withoutKinds] = [weightByKind(weight), weightByKind(without)];
      for (const kind of WEIGHT_KINDS) {
        process.stdout.write(`  ${kind}: ${kib(withKinds[kind] - withoutKinds[kind])}\n`);
      }
    }
  } finally {
    await browser.close();
  }
}

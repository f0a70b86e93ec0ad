import {spawn, type ChildProcess} from 'node:child_process';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {makeTempDir} from './tempDirs';

export const repoRoot = path.resolve(__dirname, '../..');
const docusaurusBin = path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

export type BuildResult = {code: number | null; output: string; outDir: string};

/** Builds still running; a hook that timed out leaves its build behind otherwise. */
const runningBuilds = new Set<ChildProcess>();

/**
 * Stops every build this test file started and that is still running:
 * a build left behind by a timed-out hook would slow every file after it
 * until they time out too.
 */
export function stopRunningBuilds(): void {
  for (const child of runningBuilds) {
    child.kill('SIGKILL');
  }
  runningBuilds.clear();
}

/**
 * Runs a real `docusaurus build` of a site into a fresh temporary folder
 * and returns its exit code and everything it printed.
 */
export function buildSite(siteDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = makeTempDir('build');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [docusaurusBin, 'build', siteDir, '--out-dir', outDir], {
      cwd: repoRoot,
      // Webpack's persistent cache sits in this repository's node_modules
      // and is not keyed by site: two fixture sites would read each
      // other's modules. Every test build starts cold instead, unless the
      // test turns it on (`DOCUSAURUS_NO_PERSISTENT_CACHE: ''`) for a site
      // that keeps its cache in a folder of its own.
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', ...env, FORCE_COLOR: '0', NO_COLOR: '1'},
    });
    runningBuilds.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      runningBuilds.delete(child);
      resolve({code, output, outDir});
    });
  });
}

export function readPage(outDir: string, route: string): CheerioAPI {
  const file = path.join(outDir, route.replace(/^\//, ''), route.endsWith('.html') ? '' : 'index.html');
  return load(readFileSync(file, 'utf8'));
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Text with runs of whitespace folded, as a reader sees it. */
export function text(node: {text(): string}): string {
  return node.text().replace(/\s+/g, ' ').trim();
}

/** Decodes a CSS string's escapes (`\e9 ` is é). */
function decodeCssString(body: string): string {
  return body
    .replace(/\\([0-9a-fA-F]{1,6}) ?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\(.)/g, '$1');
}

/**
 * The badge text of each sidebar status class, read from the built
 * stylesheets: sidebar badges are drawn by CSS (`::after`), so the HTML
 * alone only carries the class.
 */
export function readSidebarBadgeLabels(outDir: string): Map<string, string> {
  const labels = new Map<string, string>();
  const cssFiles = listFiles(path.join(outDir, 'assets/css')).filter((file) => file.endsWith('.css'));
  for (const file of cssFiles) {
    const css = readFileSync(file, 'utf8');
    for (const match of css.matchAll(/\.(design-doc-status--[a-z0-9-]+)\s*>\s*\.menu__link:{1,2}after\s*\{[^}]*?content:\s*"((?:[^"\\]|\\.)*)"/g)) {
      labels.set(match[1]!, decodeCssString(match[2]!));
    }
  }
  return labels;
}

/** Each sidebar link on a built page with the badge a reader sees after it (or null). */
export function readSidebarItems(outDir: string, $: CheerioAPI): {label: string; badge: string | null}[] {
  const labels = readSidebarBadgeLabels(outDir);
  return $('.theme-doc-sidebar-item-link')
    .map((_, li) => {
      const statusClass = ($(li).attr('class') ?? '').split(/\s+/).find((name) => name.startsWith('design-doc-status--'));
      return {label: text($(li).find('a').first()), badge: statusClass ? (labels.get(statusClass) ?? null) : null};
    })
    .get();
}

import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildSite, listFiles, readPage, repoRoot, stopRunningBuilds, text, type BuildResult} from '../helpers/docusaurus';
import {writeFixtureSite} from '../helpers/fixtureSite';
import {scaledTimeout} from '../helpers/timeouts';

/**
 * A site built twice with webpack's persistent cache, as a site's CI or a
 * developer's machine builds it: the second build takes the compiled pages
 * from the cache and does not run the remark plugin on them again. The
 * cache sits in the site's own folder (`cacheDirectory`), so no other
 * fixture's modules are read; a remark plugin of the fixture logs every
 * file it is run on, which tells that the cache was used.
 */
function writeCachedSite(): string {
  const siteDir = writeFixtureSite('persistent-cache', {
    home: '# Home\n\nA site with one page that embeds the ADR index.\n',
    docs: {
      'adr/0001-use-markdown.md': '---\ntype: adr\nstatus: accepted\ndate: 2026-01-05\n---\n\n# Use Markdown\n\n## Context\n\nWe write docs.\n\n## Decision\n\nMarkdown.\n',
      'adr/0002-use-docusaurus.md': '---\ntype: adr\nstatus: proposed\ndate: 2026-02-05\n---\n\n# Use Docusaurus\n\n## Context\n\nWe publish docs.\n\n## Decision\n\nDocusaurus.\n',
      'guides/decisions.md': '# Our decisions\n\n::adr-index\n',
    },
    config: '',
  });
  const compiledLog = path.join(siteDir, 'compiled-files.log');
  writeFileSync(
    path.join(siteDir, 'docusaurus.config.js'),
    `const fs = require('fs');
const path = require('path');
const remarkDesignDocs = require(${JSON.stringify(path.join(repoRoot, 'remark.js'))});
// Logs each file the MDX loader runs remark on: a page from the cache is not logged.
const logCompiled = () => (tree, file) => { fs.appendFileSync(${JSON.stringify(compiledLog)}, file.path + '\\n'); };
module.exports = {
  title: 'Persistent cache', url: 'https://example.com', baseUrl: '/', onBrokenLinks: 'throw',
  markdown: {format: 'detect'},
  presets: [['classic', {docs: {routeBasePath: '/', remarkPlugins: [remarkDesignDocs, logCompiled]}, blog: false, pages: false}]],
  plugins: [
    ${JSON.stringify(repoRoot)},
    () => ({name: 'own-webpack-cache', configureWebpack: () => ({cache: {cacheDirectory: path.join(__dirname, '.webpack-cache')}})}),
  ],
};
`,
  );
  return siteDir;
}

const withCache = {DOCUSAURUS_NO_PERSISTENT_CACHE: ''};

let siteDir: string;
let first: BuildResult;
let second: BuildResult;

beforeAll(async () => {
  siteDir = writeCachedSite();
  first = await buildSite(siteDir, withCache);
  if (first.code !== 0) {
    throw new Error(`first build failed:\n${first.output.slice(-5000)}`);
  }
  writeFileSync(path.join(siteDir, 'compiled-files.log'), '');
  second = await buildSite(siteDir, withCache);
  if (second.code !== 0) {
    throw new Error(`second build failed:\n${second.output.slice(-5000)}`);
  }
}, scaledTimeout(600_000));

afterAll(() => stopRunningBuilds());

const componentStylesheet = (outDir: string) => {
  const file = listFiles(path.join(outDir, 'assets/css')).find((f) => /[\\/]design-docs\.[\w]+\.css$/.test(f));
  return file && `/assets/css/${path.basename(file)}`;
};

describe('a page with an embed, built again from the persistent cache', () => {
  it('is taken from the cache on the second build: remark does not run on it again', () => {
    expect(existsSync(path.join(siteDir, '.webpack-cache'))).toBe(true);
    const compiled = readFileSync(path.join(siteDir, 'compiled-files.log'), 'utf8');
    expect(compiled).not.toContain(path.join('guides', 'decisions.md'));
  });

  it('still lists the records, and links the components\' stylesheet into its static HTML, as the first build did', () => {
    for (const build of [first, second]) {
      const href = componentStylesheet(build.outDir);
      expect(href).toBeDefined();
      const $ = readPage(build.outDir, '/guides/decisions');
      expect($(`head link[rel="stylesheet"][href="${href}"]`)).toHaveLength(1);
      expect(text($('main table'))).toContain('Use Docusaurus');
      // An ordinary page still goes without it.
      expect(readPage(build.outDir, '/')(`head link[rel="stylesheet"][href="${href}"]`)).toHaveLength(0);
    }
  });
});

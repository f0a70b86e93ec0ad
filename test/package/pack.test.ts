import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {scaledTimeout} from '../helpers/timeouts';
import {readPage, readSidebarItems, repoRoot, text} from '../helpers/docusaurus';
import {makeTempDir} from '../helpers/tempDirs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function write(file: string, content: string) {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, content);
}

/**
 * The path a new user takes: the packed tarball, installed into a brand-new
 * site outside this checkout, enabled with one config line.
 */
let work: string;
let tarball: string;

beforeAll(() => {
  work = makeTempDir('pack');
  // lib/ is compiled by `pretest`; packing must not rebuild it under the
  // other tests' feet.
  const packed = execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', work, '--json'], {cwd: repoRoot, encoding: 'utf8'});
  tarball = path.join(work, (JSON.parse(packed) as {filename: string}[])[0]!.filename);
});

describe('the npm package', () => {
  it('passes publint and arethetypeswrong', () => {
    const bin = (name: string) => path.join(repoRoot, 'node_modules/.bin', name);
    expect(execFileSync(bin('publint'), [tarball], {encoding: 'utf8'})).toContain('All good!');
    // The client helpers are React hooks for the site's bundler and are
    // ES modules only: a CommonJS require of them is not supported.
    const attw = execFileSync(bin('attw'), [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'json'], {encoding: 'utf8'});
    const {problems} = (JSON.parse(attw) as {analysis: {problems: {kind: string; entrypoint: string}[]}}).analysis;
    expect(problems.filter((p) => p.kind !== 'CJSResolvesToESM')).toEqual([]);
    expect(problems.map((p) => p.entrypoint)).toEqual(problems.length > 0 ? ['./client'] : []);
  });

  it('installs from its tarball into a fresh site, type-checks and builds with one config line', () => {

    const site = path.join(work, 'site');
    write(
      path.join(site, 'package.json'),
      JSON.stringify({
        name: 'fresh-site',
        private: true,
        dependencies: {
          '@docusaurus/core': '3.10.2',
          '@docusaurus/preset-classic': '3.10.2',
          react: '^19.0.0',
          'react-dom': '^19.0.0',
          'docusaurus-plugin-design-docs': `file:${tarball}`,
        },
        // What create-docusaurus adds for a TypeScript site.
        devDependencies: {
          '@docusaurus/module-type-aliases': '3.10.2',
          '@docusaurus/tsconfig': '3.10.2',
          '@docusaurus/types': '3.10.2',
        },
      }),
    );
    write(
      path.join(site, 'tsconfig.json'),
      JSON.stringify({extends: '@docusaurus/tsconfig', compilerOptions: {baseUrl: '.'}, exclude: ['.docusaurus', 'build']}),
    );
    // The TypeScript config create-docusaurus writes, as the README shows it:
    // the plugin in `plugins`, a navbar link to the portal's front door.
    write(
      path.join(site, 'docusaurus.config.ts'),
      `import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkDesignDocs from 'docusaurus-plugin-design-docs/remark';
import {designDocsSidebarItemsGenerator} from 'docusaurus-plugin-design-docs/sidebar';

const config: Config = {
  title: 'Fresh',
  url: 'https://example.com',
  baseUrl: '/',
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          remarkPlugins: [remarkDesignDocs],
          sidebarItemsGenerator: designDocsSidebarItemsGenerator({minItems: 2}),
        },
        blog: false,
      } satisfies Preset.Options,
    ],
  ],

  plugins: ['docusaurus-plugin-design-docs'],

  themeConfig: {
    navbar: {
      items: [{to: '/architecture', label: 'Architecture', position: 'left'}],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
`,
    );
    // A page of the site's own that uses the client helpers by package name.
    write(
      path.join(site, 'src/pages/statuses.js'),
      `import React from 'react';
import {findStatusBadge} from 'docusaurus-plugin-design-docs/client';
export default function Statuses() {
  return <p id="label">{findStatusBadge('superseded', 'adr').label}</p>;
}
`,
    );
    // What the package's types give a TypeScript site, from its main entry
    // alone: the options, design-docs.json, the page props and (referenced
    // by the main declaration) the @theme modules. Not part of the build.
    write(
      path.join(site, 'src/designDocsTypes.ts'),
      `import type {WrapperProps} from '@docusaurus/types';
import pluginDesignDocs, {type DesignDocsJson, type Options, type PluginOptions, type TypeIndexProps} from 'docusaurus-plugin-design-docs';
import type StatusBadgeType from '@theme/StatusBadge';
import type {Props as StatusBadgeProps} from '@theme/StatusBadge';
import type {Props as DecisionLogProps} from '@theme/DecisionLog';
import type {DocRow} from 'docusaurus-plugin-design-docs/client';

export const options: Options = {onInvalidDesignDoc: 'warn', folderTypes: {decisions: 'adr'}, graph: {related: false}};
// @ts-expect-error: not an option
export const misspelt: Options = {routeBasePth: 'architecture'};
export const name: 'docusaurus-plugin-design-docs' = pluginDesignDocs.PLUGIN_NAME;
export const staleAfter = (options: PluginOptions): number => options.staleAfterDays;
export const titles = (json: DesignDocsJson): string[] => json.docs.map((doc) => \`\${doc.reference ?? ''} \${doc.title} \${doc.url}\`);
export const firstRow = (data: TypeIndexProps): DocRow | undefined => data.rows[0];
export const badge: StatusBadgeProps = {status: 'accepted', size: 'small'};
export const embed: DecisionLogProps = {data: {decisions: []}, query: 'decision-log-2'};
// The wrapper \`docusaurus swizzle --wrap --typescript\` writes.
export type StatusBadgeWrapperProps = WrapperProps<typeof StatusBadgeType>;
`,
    );
    write(path.join(site, 'docs/index.md'), '---\nslug: /\n---\n\n# Home\n\n<StatusBadge status="accepted" />\n\n::adr-index\n');
    write(path.join(site, 'docs/adr/0001-old.md'), '---\ntype: adr\nstatus: superseded by ADR-0002\ndate: 2025-06-01\n---\n\n# Old way\n');
    write(path.join(site, 'docs/adr/0002-new.md'), '---\ntype: adr\nstatus: accepted\ndate: 2026-01-15\n---\n\n# New way\n');

    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: site, stdio: 'pipe'});
    // The site type-checks: its config, and the package's types as above.
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', site, '--noEmit'], {cwd: site, encoding: 'utf8', stdio: 'pipe'});
    } catch (error) {
      throw new Error(`tsc failed in the fresh site:\n${(error as {stdout?: string}).stdout ?? String(error)}`);
    }
    execFileSync(process.execPath, [path.join(site, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
      cwd: site,
      stdio: 'pipe',
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    });

    const old = readPage(path.join(site, 'build'), '/adr/old');
    expect(text(old('.design-doc-header .design-doc-status-badge'))).toBe('Superseded');
    expect(text(old('.design-doc-banner a'))).toBe('ADR-0002: New way');
    // The sidebar from the package's generator: records by year, each with its badge.
    expect(old('.theme-doc-sidebar-item-category-level-2 > div .menu__link').map((_, a) => text(old(a))).get()).toEqual(['2026', '2025']);
    expect(readSidebarItems(path.join(site, 'build'), old)).toContainEqual({label: 'Old way', badge: 'Superseded'});
    const home = readPage(path.join(site, 'build'), '/');
    expect(text(home('article .design-doc-status-badge').first())).toBe('Accepted');
    expect(home('article table a').map((_, a) => text(home(a))).get()).toEqual(expect.arrayContaining(['New way', 'Old way']));
    const index = readPage(path.join(site, 'build'), '/architecture/adr');
    expect(index('table a').map((_, a) => text(index(a))).get()).toEqual(expect.arrayContaining(['New way', 'Old way']));
    expect(text(readPage(path.join(site, 'build'), '/statuses')('#label'))).toBe('Superseded');
    // The navbar leads to the portal's front door, which leads to every portal page.
    expect(home('.navbar a[href="/architecture"]').length).toBe(1);
    const frontDoor = readPage(path.join(site, 'build'), '/architecture');
    expect(frontDoor('li.design-docs-home__page h2 a').map((_, a) => frontDoor(a).attr('href')).get()).toContain('/architecture/adr');
    // No mermaid theme in this site: the graph page says how to get the diagram.
    expect(text(readPage(path.join(site, 'build'), '/architecture/graph')('.design-docs-mermaid-fallback'))).toContain('@docusaurus/theme-mermaid');
  }, scaledTimeout(600_000));
});

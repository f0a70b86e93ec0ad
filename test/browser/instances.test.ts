import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {buildSite, readPage, readSidebarItems, repoRoot, text, type BuildResult} from '../helpers/docusaurus';
import {launchChromium, recordErrors, sidebarBadgeText} from '../helpers/browser';
import {serveStatic} from '../helpers/staticServer';
import {writeFixtureSite} from '../helpers/fixtureSite';

/**
 * Two teams, two docs instances, two instances of the plugin: `platform`
 * with the default types under /architecture, and `security` with its own
 * threat-model type, its own label for an accepted ADR, under
 * /security-portal. Neither portal may show the other's records, and each
 * record's badges come from its own instance.
 */
function writeTwoPortalSite(): string {
  const remark = JSON.stringify(path.join(repoRoot, 'remark.js'));
  return writeFixtureSite('two-portals', {
    docs: {
      'platform/home.md': '---\nslug: /\n---\n\n# Two portals\n',
      'platform/adr/0001-use-postgres.md': '---\nstatus: accepted\ndate: 2026-03-01\n---\n\n# Use Postgres\n\nWe store orders in Postgres.\n',
      'platform/adr/0002-queue-payments.md': '---\nstatus: proposed\ndate: 2026-04-01\n---\n\n# Queue payments\n\nPayments go through a queue.\n',
      'platform/overview.mdx':
        '---\ntitle: Platform overview\n---\n\n# Platform overview\n\n::adr-index\n\nSecurity tracks threats as <StatusBadge status="open" type="threat-model" /> until mitigated.\n',
      'security/adr/0001-rotate-keys.md': '---\nstatus: accepted\ndate: 2026-05-01\n---\n\n# Rotate keys\n\nKeys rotate every 90 days.\n',
      'security/threat-models/0001-login.md':
        '---\nstatus: open\ndate: 2026-06-01\nrisks:\n  - {title: Credential stuffing, likelihood: high, impact: high}\n---\n\n# Login\n\nThreats to the login flow.\n\n::risk-register\n',
    },
    home: '# Two portals\n',
    config: `const remark = require(${remark});
module.exports = {
  title: 'Two portals', url: 'https://example.com', baseUrl: '/', onBrokenLinks: 'throw',
  future: {v4: true, faster: true},
  presets: [['classic', {docs: false, blog: false, pages: false}]],
  plugins: [
    ['@docusaurus/plugin-content-docs', {id: 'platform', path: 'docs/platform', routeBasePath: '/', remarkPlugins: [[remark, {instance: 'platform'}]]}],
    ['@docusaurus/plugin-content-docs', {id: 'security', path: 'docs/security', routeBasePath: 'security', remarkPlugins: [remark]}],
    [${JSON.stringify(repoRoot)}, {id: 'platform', docsPluginIds: ['platform']}],
    [${JSON.stringify(repoRoot)}, {
      id: 'security',
      docsPluginIds: ['security'],
      routeBasePath: 'security-portal',
      folderTypes: {'threat-models': 'threat-model'},
      types: {
        adr: {statuses: [{id: 'proposed'}, {id: 'accepted', label: 'Approved by security', tone: 'success'}, {id: 'superseded'}]},
        'threat-model': {label: 'Threat model', prefix: 'TM', statuses: [{id: 'open', label: 'Open', tone: 'danger'}, {id: 'mitigated', label: 'Mitigated', tone: 'success'}]},
      },
    }],
  ],
};
`,
  });
}

type ExportedDoc = {reference: string | null; title: string; status: string; permalink: string};

let siteDir: string;
let build: BuildResult;
let browser: Browser;
let server: {url: string; close: () => Promise<void>};
const exported = (route: string): {docs: ExportedDoc[]} => JSON.parse(readFileSync(path.join(build.outDir, route), 'utf8'));
const permalinkOf = (route: string, title: string) => exported(route).docs.find((doc) => doc.title === title)!.permalink;

beforeAll(async () => {
  siteDir = writeTwoPortalSite();
  build = await buildSite(siteDir);
  if (build.code !== 0) {
    throw new Error(`two-portal fixture build failed:\n${build.output.slice(-5000)}`);
  }
  server = await serveStatic(build.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('two plugin instances in one site', () => {
  it('builds without a problem or an ambiguous embed', () => {
    expect(build.output).not.toMatch(/could come from any|needs docusaurus-plugin-design-docs|Design docs: \d+/);
  });

  it('exports each instance\'s own records, each export under its portal', () => {
    const platform = exported('architecture/design-docs.json');
    const security = exported('security-portal/design-docs.json');
    expect(platform.docs.map((doc) => `${doc.reference} ${doc.status}`).sort()).toEqual(['ADR-0001 accepted', 'ADR-0002 proposed']);
    expect(security.docs.map((doc) => `${doc.reference} ${doc.status}`).sort()).toEqual(['ADR-0001 accepted', 'TM-0001 open']);
  });

  it('lists in each portal\'s ADR index only its own records, and the security portal has its own type', () => {
    const platformIndex = text(readPage(build.outDir, '/architecture/adr')('main'));
    expect(platformIndex).toContain('Use Postgres');
    expect(platformIndex).toContain('Queue payments');
    expect(platformIndex).not.toContain('Rotate keys');
    const securityIndex = text(readPage(build.outDir, '/security-portal/adr')('main'));
    expect(securityIndex).toContain('Rotate keys');
    expect(securityIndex).not.toContain('Use Postgres');
    expect(text(readPage(build.outDir, '/security-portal/threat-model')('main'))).toContain('Login');
  });

  it('labels each record by its own instance\'s statuses, in the header and the sidebar', () => {
    const securityAdr = readPage(build.outDir, permalinkOf('security-portal/design-docs.json', 'Rotate keys'));
    expect(text(securityAdr('.design-doc-header .design-doc-status-badge'))).toBe('Approved by security');
    expect(readSidebarItems(build.outDir, securityAdr)).toContainEqual({label: 'Rotate keys', badge: 'Approved by security'});
    const platformAdr = readPage(build.outDir, permalinkOf('architecture/design-docs.json', 'Use Postgres'));
    expect(text(platformAdr('.design-doc-header .design-doc-status-badge'))).toBe('Accepted');
    expect(readSidebarItems(build.outDir, platformAdr)).toContainEqual({label: 'Use Postgres', badge: 'Accepted'});
  });

  it('draws each embed from its own instance: the platform page from the instance its remark option names, the threat model from its own', () => {
    const overview = readPage(build.outDir, '/overview');
    const list = text(overview('main article'));
    expect(list).toContain('Use Postgres');
    expect(list).not.toContain('Rotate keys');
    // A hand-written badge knows the other instance's types too.
    expect(text(overview('main article .design-doc-status-badge').last())).toBe('Open');
    const threatModel = readPage(build.outDir, permalinkOf('security-portal/design-docs.json', 'Login'));
    expect(text(threatModel('main article'))).toContain('Credential stuffing');
  });

  it('shows both portals and their badges in Chromium', async () => {
    const page = await browser.newPage();
    const errors = recordErrors(page);
    await page.goto(`${server.url}/security-portal/threat-model`);
    await expect.poll(() => page.locator('main').innerText()).toContain('Login');
    await page.goto(`${server.url}${permalinkOf('security-portal/design-docs.json', 'Rotate keys')}`);
    await expect.poll(() => page.locator('.design-doc-header .design-doc-status-badge').innerText()).toBe('Approved by security');
    expect(await sidebarBadgeText(page, 'Rotate keys')).toBe('Approved by security');
    // Client-side navigation to the other instance's portal keeps its own labels.
    await page.goto(`${server.url}${permalinkOf('architecture/design-docs.json', 'Use Postgres')}`);
    expect(await sidebarBadgeText(page, 'Use Postgres')).toBe('Accepted');
    await page.goto(`${server.url}/architecture/adr`);
    await expect.poll(() => page.locator('main').innerText()).toContain('Queue payments');
    expect(await page.locator('main').innerText()).not.toContain('Rotate keys');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the CLI in a site with two plugin instances', () => {
  const docusaurusBin = path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [docusaurusBin, ...args], {cwd: siteDir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}});
    return {code: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout};
  };

  it('lints the records of both instances at once', () => {
    const {code, output} = run('design-docs:lint');
    expect(code, output).toBe(0);
    // Two platform ADRs, one security ADR, one threat model.
    expect(output).toContain('4 design docs, no problems.');
  });

  it('creates a record of a type only one instance has in that instance\'s folder, and asks which instance for a type both have', () => {
    const created = run('design-docs:new', 'threat-model', 'Session fixation');
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain('Created TM-0002');
    expect(existsSync(path.join(siteDir, 'docs/security/threat-models/0002-session-fixation.md'))).toBe(true);

    const ambiguous = run('design-docs:new', 'adr', 'Cache sessions');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.output).toContain('is a type of the plugin instances platform and security; choose one with --instance.');
    const chosen = run('design-docs:new', 'adr', 'Cache sessions', '--instance', 'security');
    expect(chosen.code, chosen.output).toBe(0);
    expect(existsSync(path.join(siteDir, 'docs/security/adr/0002-cache-sessions.md'))).toBe(true);
  });

  it('moves a record of the second instance to a status only that instance knows', () => {
    const moved = run('design-docs:status', 'TM-0001', 'mitigated');
    expect(moved.code, moved.output).toBe(0);
    expect(readFileSync(path.join(siteDir, 'docs/security/threat-models/0001-login.md'), 'utf8')).toMatch(/^status: mitigated$/m);
  });
});

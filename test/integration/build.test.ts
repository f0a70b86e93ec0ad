import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildSite, listFiles, readPage, readSidebarItems, repoRoot, text, type BuildResult} from '../helpers/docusaurus';
import {PORTAL_ROUTES} from '../helpers/portalRoutes';

const siteDir = path.join(repoRoot, 'test/__fixtures__/site');
let build: BuildResult;

beforeAll(async () => {
  build = await buildSite(siteDir);
  if (build.code !== 0) {
    throw new Error(`fixture build failed:\n${build.output}`);
  }
});

describe('a real docusaurus build of the fixture site', () => {
  it('prints no design-doc problems for valid docs', () => {
    expect(build.output).not.toContain('Design docs:');
  });

  it('shows the header with status, reference, date, people and tags', () => {
    const $ = readPage(build.outDir, '/adr/use-mdx');
    const header = $('.design-doc-header');
    expect(header).toHaveLength(1);
    expect(text(header.find('.design-doc-status-badge'))).toBe('Accepted');
    expect(text(header.find('.design-doc-reference'))).toBe('ADR-0002');
    expect(text(header.find('[data-field="date"] dd'))).toBe('2026-02-01');
    expect(text(header.find('[data-field="deciders"] dd'))).toBe('Grace Hopper, Alan Turing');
    expect(text(header.find('[data-field="reviewers"] dd'))).toBe('Edsger Dijkstra');
    expect(header.find('[data-field="tags"] a').map((_, a) => $(a).text()).get()).toEqual(['format', 'mdx']);
    // Reverse links inferred from the other docs' front matter.
    expect(text(header.find('[data-field="supersedes"] a'))).toBe('ADR-0001: Use plain Markdown for records');
    expect(text(header.find('[data-field="amended-by"] a'))).toBe('RFC-0001: RFC: A portal for records');
  });

  it('shows the last-update date the docs plugin provides', () => {
    const $ = readPage(build.outDir, '/adr/use-mdx');
    const lastUpdated = $('.design-doc-header [data-field="last-updated"] time');
    expect(lastUpdated.attr('datetime')).toBe('2026-03-05T00:00:00.000Z');
    expect(text(lastUpdated)).toBe('Mar 5, 2026');
  });

  it('keeps working under a site that wraps the same component', () => {
    const $ = readPage(build.outDir, '/adr/use-mdx');
    expect($('.site-swizzle-marker')).toHaveLength(1);
    expect($('.design-doc-header')).toHaveLength(1);
  });

  it('gives each version its own statuses: a record accepted in 1.0 and superseded now', () => {
    const old = readPage(build.outDir, '/1.0/adr/use-markdown');
    expect(text(old('.design-doc-header .design-doc-status-badge'))).toBe('Accepted');
    expect(old('.design-doc-banner')).toHaveLength(0);
    expect(readSidebarItems(build.outDir, old)).toContainEqual({label: 'Use plain Markdown for records', badge: 'Accepted'});
    const current = readPage(build.outDir, '/adr/use-markdown');
    expect(text(current('.design-doc-header .design-doc-status-badge'))).toBe('Superseded');
  });

  it('reads every docs instance: the platform team ADR gets its header and sidebar badge', () => {
    const $ = readPage(build.outDir, '/platform/adr/use-kubernetes');
    expect(text($('.design-doc-header .design-doc-status-badge'))).toBe('Proposed');
    expect(text($('.design-doc-header [data-field="owners"] dd'))).toBe('Platform Team');
    expect(readSidebarItems(build.outDir, $)).toContainEqual({label: 'Use Kubernetes', badge: 'Proposed'});
  });

  it('puts a banner on a superseded doc that links to its successor by title', () => {
    const $ = readPage(build.outDir, '/adr/use-markdown');
    const banner = $('.design-doc-banner');
    expect(text(banner)).toContain('This ADR is superseded.');
    const link = banner.find('a.design-doc-banner__successor');
    expect(link.attr('href')).toBe('/adr/use-mdx');
    expect(text(link)).toBe('ADR-0002: Use MDX for records');
  });

  it('puts a banner without a successor on deprecated and rejected docs, and none on accepted ones', () => {
    expect(text(readPage(build.outDir, '/adr/legacy-api')('.design-doc-banner'))).toBe('This ADR is deprecated.');
    expect(text(readPage(build.outDir, '/adr/drop-api')('.design-doc-banner'))).toBe('This ADR is rejected.');
    expect(readPage(build.outDir, '/adr/use-mdx')('.design-doc-banner')).toHaveLength(0);
  });

  it('reads the design-doc template words and an RFC status alias', () => {
    const design = readPage(build.outDir, '/design/search')('.design-doc-header');
    expect(text(design.find('.design-doc-status-badge'))).toBe('In review');
    expect(text(design.find('.design-doc-reference'))).toBe('DD-0007');
    const rfc = readPage(build.outDir, '/rfc/portal')('.design-doc-header');
    expect(text(rfc.find('.design-doc-status-badge'))).toBe('Final comment');
  });

  it('shows a status badge on each design doc in the sidebar', () => {
    const items = readSidebarItems(build.outDir, readPage(build.outDir, '/adr/use-mdx'));
    expect(items).toEqual(
      expect.arrayContaining([
        {label: 'Use plain Markdown for records', badge: 'Superseded'},
        {label: 'Use MDX for records', badge: 'Accepted'},
        {label: 'Keep the legacy API', badge: 'Deprecated'},
        {label: 'Drop the legacy API at once', badge: 'Rejected'},
      ]),
    );
  });

  it('leaves an ordinary doc alone, and renders <StatusBadge/> in its MDX without an import', () => {
    const $ = readPage(build.outDir, '/');
    expect($('.design-doc-header')).toHaveLength(0);
    expect($('.design-doc-banner')).toHaveLength(0);
    expect(text($('article .design-doc-status-badge'))).toBe('Accepted');
  });

  it('ships design-doc data only with the pages that show it, never in global data', () => {
    const jsFiles = listFiles(path.join(build.outDir, 'assets/js'));
    const carrying = jsFiles.filter((file) => readFileSync(file, 'utf8').includes('Edsger Dijkstra')).map((file) => path.basename(file));
    // ADR-0002's page names its reviewer, and so does the ADR index's data.
    expect(carrying.length).toBeGreaterThan(0);
    expect(carrying.filter((file) => /^(main|runtime)/.test(file))).toEqual([]);
    const ordinaryPageScripts = readPage(build.outDir, '/')('script[src], link[rel="preload"][as="script"]')
      .map((_, el) => path.basename(el.attribs.src ?? el.attribs.href ?? ''))
      .get();
    expect(ordinaryPageScripts.length).toBeGreaterThan(0);
    expect(ordinaryPageScripts.filter((file) => carrying.includes(file))).toEqual([]);
  });

  it('keeps the components\' styles out of the stylesheet every page loads, and links them into the pages that show them', () => {
    const cssFiles = listFiles(path.join(build.outDir, 'assets/css'));
    const components = cssFiles.filter((file) => /[\\/]design-docs\.[\w]+\.css$/.test(file));
    expect(components).toHaveLength(1);
    const sitewide = cssFiles.filter((file) => /[\\/]styles\.[\w]+\.css$/.test(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
    // CSS-module class names (`header_Ab3x`) of the header, the heat map and the rest.
    const moduleClasses = [...new Set(readFileSync(components[0]!, 'utf8').match(/\.[a-zA-Z]+_[\w-]{4}\b/g) ?? [])];
    expect(moduleClasses.length).toBeGreaterThan(20);
    expect(moduleClasses.filter((name) => sitewide.includes(name))).toEqual([]);
    // What every page needs stays site-wide: the badge's pill and tones, the sidebar's badges.
    expect(sitewide).toContain('.design-doc-status-badge');
    expect(sitewide).toContain('--dd-tone-success-fg');
    const href = `/assets/css/${path.basename(components[0]!)}`;
    const linked = (route: string) => readPage(build.outDir, route)(`head link[rel="stylesheet"][href="${href}"]`).length;
    expect(['/adr/use-mdx', '/1.0/adr/use-markdown', '/architecture', '/architecture/risks', '/portal'].map(linked)).toEqual([1, 1, 1, 1, 1]);
    expect(linked('/')).toBe(0);
  });

  it("leaves webpack's stylesheet loader out of the runtime every page downloads, and names the stylesheet in the components' chunks", () => {
    const jsFiles = listFiles(path.join(build.outDir, 'assets/js'));
    const runtime = jsFiles.filter((file) => /[\\/]runtime~main\.[\w]+\.js$/.test(file));
    expect(runtime).toHaveLength(1);
    expect(readFileSync(runtime[0]!, 'utf8')).not.toContain('CSS_CHUNK_LOAD_FAILED');
    const stylesheet = path.basename(listFiles(path.join(build.outDir, 'assets/css')).find((file) => /[\\/]design-docs\.[\w]+\.css$/.test(file))!);
    const naming = jsFiles.filter((file) => readFileSync(file, 'utf8').includes(`assets/css/${stylesheet}`)).map((file) => path.basename(file));
    expect(naming.length).toBeGreaterThan(0);
    expect(naming.filter((file) => /^(main|runtime)/.test(file))).toEqual([]);
  });

  it('lets `docusaurus write-translations` extract every label of the header and banner, and the mermaid fallback', () => {
    const i18nDir = path.join(siteDir, 'i18n');
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'write-translations', siteDir], {stdio: 'pipe'});
      const messages = JSON.parse(readFileSync(path.join(i18nDir, 'en/code.json'), 'utf8')) as Record<string, {message: string}>;
      const ours = Object.keys(messages).filter((id) => id.startsWith('designDocs.'));
      expect(ours).toEqual(expect.arrayContaining(['designDocs.banner.notCurrent', 'designDocs.banner.seeSuccessor', 'designDocs.header.deciders', 'designDocs.relation.supersededBy', 'designDocs.graph.mermaidMissing']));
      expect(messages['designDocs.banner.notCurrent']!.message).toBe('This {type} is {status}.');
    } finally {
      rmSync(i18nDir, {recursive: true, force: true});
    }
  });
});

describe('the generated portal pages', () => {
  const rowsOf = ($: ReturnType<typeof readPage>, selector: string) => $(selector).map((_, el) => text($(el))).get();

  it('indexes each type across docs instances, latest version only, in the static HTML', () => {
    const $ = readPage(build.outDir, '/architecture/adr');
    expect(text($('main h1'))).toBe('ADR');
    const rows = $('tr.design-docs-index__row').map((_, tr) => $(tr).find('td').first().text() + ' ' + $(tr).find('td a').first().text()).get();
    expect(rows).toEqual(expect.arrayContaining(['ADR-0002 Use MDX for records', 'ADR-0001 Use plain Markdown for records', 'ADR-0001 Use Kubernetes']));
    expect(rows).toHaveLength(5);
    // Two instances both have an ADR-0001: each row says which docs it is from.
    const instanceOf = (title: string) => text($('tr.design-docs-index__row').filter((_, tr) => $(tr).find('td a').first().text() === title).find('.design-docs-index__instance'));
    expect(instanceOf('Use Kubernetes')).toBe('platform');
    expect(instanceOf('Use plain Markdown for records')).toBe('Main docs');
    const chips = $('.design-docs-index__chip').map((_, el) => `${$(el).attr('data-status')}:${text($(el).find('span').last())}`).get();
    expect(chips).toEqual(['proposed:1', 'accepted:1', 'rejected:1', 'deprecated:1', 'superseded:1']);
    expect(readPage(build.outDir, '/architecture/rfc')('tr.design-docs-index__row')).toHaveLength(1);
  });

  it('opens the portal at /architecture: every portal page with what it holds', () => {
    const $ = readPage(build.outDir, '/architecture');
    expect(text($('main h1'))).toBe('Architecture portal');
    const cards = $('li.design-docs-home__page');
    const card = (path: string) => cards.filter((_, li) => $(li).find('h2 a').attr('href') === path);
    expect(cards.map((_, li) => $(li).find('h2 a').attr('href')).get().sort()).toEqual([...PORTAL_ROUTES].filter((route) => route !== '/architecture').sort());
    expect(text(card('/architecture/adr').find('h2'))).toBe('ADR');
    expect(text(card('/architecture/adr').find('.design-docs-home__count'))).toBe('5 documents');
    expect(card('/architecture/adr').find('[data-status] .design-doc-status-badge').map((_, el) => text($(el))).get()).toContain('Superseded');
    expect(text(card('/architecture/rfc').find('.design-docs-home__count'))).toBe('One document');
    expect(text(card('/architecture/risks').find('.design-docs-home__count'))).toBe('2 risks');
    expect(text(card('/architecture/requirements').find('.design-docs-home__count'))).toBe('2 requirements');
    expect(text(card('/architecture/dashboard').find('.design-docs-home__count'))).toBe('3 documents waiting for review');
    // The other portal pages link back to it.
    expect(readPage(build.outDir, '/architecture/risks')('main nav a[href="/architecture"]')).toHaveLength(1);
  });

  it('links nothing from the portal front door that the build did not write', () => {
    const $ = readPage(build.outDir, '/architecture');
    const internal = $('a[href^="/"]').map((_, a) => $(a).attr('href')!.replace(/[?#].*$/, '')).get();
    expect(internal.length).toBeGreaterThan(PORTAL_ROUTES.length);
    const missing = internal.filter((href) => !existsSync(path.join(build.outDir, href, 'index.html')) && !existsSync(path.join(build.outDir, href)));
    expect(missing).toEqual([]);
  });

  it('lists every decision with its source in the decision log', () => {
    const $ = readPage(build.outDir, '/architecture/decisions');
    const search = $('article.decision-log__entry').filter((_, el) => text($(el).find('h2')) === 'Search engine');
    expect(text(search.find('[data-field="chosen"]'))).toContain('Lucene');
    expect(search.find('[data-field="source"] a').attr('href')).toBe('/design/search');
    expect($('article.decision-log__entry').length).toBeGreaterThanOrEqual(5);
  });

  it('scores risks and counts them in the heat map', () => {
    const $ = readPage(build.outDir, '/architecture/risks');
    expect(rowsOf($, 'tr.risk-register__row td:nth-child(2)')).toEqual(['Index grows too large', 'Stemmer mangles names']);
    expect($('.risk-heatmap__cell[data-likelihood="medium"][data-impact="high"]').attr('data-count')).toBe('1');
    expect($('.risk-heatmap__cell[data-likelihood="high"][data-impact="high"]').attr('data-count')).toBe('0');
  });

  it('registers requirements by kind', () => {
    const $ = readPage(build.outDir, '/architecture/requirements');
    expect($('tr.requirements__row').map((_, el) => $(el).attr('data-requirement-id')).get()).toEqual(['FR-1', 'NFR-1']);
  });

  it('shows the review queue on the dashboard', () => {
    const $ = readPage(build.outDir, '/architecture/dashboard');
    const queue = text($('[data-section="review-queue"]'));
    expect(queue).toContain('System Design Document: Search');
    expect(queue).toContain('Use Kubernetes');
    expect(queue).toContain('RFC: A portal for records');
  });

  it('lists the relations the graph draws', () => {
    const $ = readPage(build.outDir, '/architecture/graph');
    const edges = $('table.relationship-graph__edges tbody tr').map((_, tr) => $(tr).attr('data-relation')).get();
    expect(edges.sort()).toEqual(['amends', 'related', 'supersedes']);
  });

  it('renders directives in an MDX doc, with data for that embed only', () => {
    const $ = readPage(build.outDir, '/portal');
    expect(rowsOf($, 'table.design-docs-adr-index tbody tr td:nth-child(2)')).toEqual(['Use MDX for records']);
    expect(rowsOf($, 'tr.risk-register__row td:nth-child(2)')).toEqual(['Index grows too large']);
    expect(text($('article p .design-doc-status-badge'))).toBe('Deprecated');
  });

  it('inside an older version\'s page, lists that version\'s records with their statuses then', () => {
    const $ = readPage(build.outDir, '/1.0/');
    expect(rowsOf($, 'table.design-docs-adr-index tbody tr td:nth-child(2)')).toEqual(['Use plain Markdown for records']);
    expect(text($('table.design-docs-adr-index tbody tr .design-doc-status-badge'))).toBe('Accepted');
  });

  it('inside a design doc, fills the tables from its own front matter', () => {
    const $ = readPage(build.outDir, '/design/search');
    expect($('tr.requirements__row').map((_, el) => $(el).attr('data-requirement-id')).get()).toEqual(['FR-1']);
    expect(rowsOf($, 'tr.risk-register__row td:nth-child(2)')).toEqual(['Index grows too large', 'Stemmer mangles names']);
  });

  it('leaves no "unused directive" warning', () => {
    expect(build.output).not.toMatch(/unused.*directive/i);
  });
});

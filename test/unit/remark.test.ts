import {readFileSync} from 'node:fs';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import {beforeEach, describe, expect, it} from 'vitest';
import remarkDesignDocs, {writeEmbed} from '../../plugin/remark';
import {PortalHolder} from '../../plugin/remark/portalRegistry';
import {withPluginInstances} from '../../plugin/formats/frontMatterHook';
import {getDefaultOptions} from '../../plugin/options';
import {loadedDoc, model, vocabulary} from '../helpers/model';
import {makeTempDir} from '../helpers/tempDirs';

const siteDir = '/site';
let dataDir: string;
// The site's plugin instances, as its front-matter hook hands them to the MDX loader.
let instances: Map<string, PortalHolder>;
let portal: PortalHolder;

beforeEach(() => {
  dataDir = makeTempDir('remark');
  const m = model(
    loadedDoc('docs/design/search.md', {
      type: 'design-doc',
      status: 'draft',
      risks: [
        {title: 'Own risk', likelihood: 'high', impact: 'high'},
        {title: 'Small risk', likelihood: 'low', impact: 'low'},
      ],
    }),
    loadedDoc('docs/design/other.md', {type: 'design-doc', status: 'draft', risks: [{title: 'Other risk', likelihood: 'very high', impact: 'critical'}]}),
  );
  portal = new PortalHolder();
  instances = new Map([['default', portal]]);
  portal.update({
    context: {model: m, vocabulary, options: getDefaultOptions(), today: '2026-11-25'},
    dataDir,
    locale: 'en',
    importPrefix: '@generated/docusaurus-plugin-design-docs/default',
    docKeyByPath: new Map(m.docs.map((doc) => [path.resolve(siteDir, doc.file), doc.key])),
    versionFolders: [],
  });
});

async function compileMdx(source: string, file: string, remarkOptions?: {instance: string}, site = instances): Promise<string> {
  const output = await compile(
    {value: source, path: path.join(siteDir, file), data: {frontMatter: withPluginInstances({}, site)}},
    {format: 'mdx', remarkPlugins: [remarkDirective, [remarkDesignDocs, remarkOptions]], jsx: true},
  );
  return String(output);
}

function embedData(output: string, index = 0): {risks: {title: string}[]} {
  const match = new RegExp(`import __designDocsEmbed${index} from "@generated/docusaurus-plugin-design-docs/default/(embeds/[^"]+)"`).exec(output);
  expect(match, output).not.toBeNull();
  return JSON.parse(readFileSync(path.join(dataDir, match![1]!), 'utf8'));
}

describe('remark directives', () => {
  it('turns ::risk-register{min-score=12} into a component fed by its own data module', async () => {
    const output = await compileMdx('# Risks\n\n::risk-register{min-score=12}\n', 'src/pages/risks.mdx');
    expect(output).toContain('import DesignDocsRiskRegister from "@theme/RiskRegister"');
    expect(output).toContain('<DesignDocsRiskRegister data={__designDocsEmbed0} query="risk-register" />');
    expect(embedData(output).risks.map((r) => r.title)).toEqual(['Other risk', 'Own risk']);
  });

  it('gives each filterable embed its own URL query prefix: numbered in page order, or named by the author', async () => {
    const source = [
      '::requirements{kind=functional}',
      '::requirements{kind=non-functional}',
      '::decision-log{query=decisions}',
      '::risk-register{query=risks}',
      '::risk-register{query=risks min-score=12}',
      '::requirements{query="Not A Name"}',
      '::risk-matrix',
      '',
    ].join('\n\n');
    const file = {value: source, path: path.join(siteDir, 'docs/guide.md'), data: {frontMatter: withPluginInstances({}, instances)}};
    const compiled = await compile(file, {format: 'mdx', remarkPlugins: [remarkDirective, remarkDesignDocs], jsx: true});
    const output = String(compiled);
    const queries = [...output.matchAll(/<DesignDocs(\w+) data=\{__designDocsEmbed\d+\}(?: query="([^"]*)")? \/>/g)].map((m) => `${m[1]} ${m[2] ?? '-'}`);
    expect(queries).toEqual([
      'Requirements requirements',
      'Requirements requirements-2',
      'DecisionLog decisions',
      // The same name twice: the two registers share their filters.
      'RiskRegister risks',
      'RiskRegister risks',
      'Requirements requirements-3',
      // The matrix keeps its selection in local state, not in the URL.
      'RiskMatrix -',
    ]);
    expect(compiled.messages.map((m) => m.reason)).toEqual([
      'query="Not A Name" on "requirements" is not a name of lower-case letters, digits and hyphens; the embed is numbered instead',
    ]);
  });

  it('feeds <ReviewReadiness /> the doc it sits in or names, and says when a name matches no doc', async () => {
    const file = {value: '<ReviewReadiness />\n\n<ReviewReadiness doc="design/other" />\n\n::review-readiness{doc=DD-0042}\n\n::review-queue\n', path: path.join(siteDir, 'docs/design/search.md'), data: {frontMatter: withPluginInstances({}, instances)}};
    const compiled = await compile(file, {format: 'mdx', remarkPlugins: [remarkDirective, remarkDesignDocs], jsx: true});
    const output = String(compiled);
    const data = (index: number) => embedData(output, index) as unknown as {doc: {title: string} | null; onOwnPage: boolean; requested: string | null};
    expect([0, 1, 2].map((index) => [data(index).doc?.title ?? null, data(index).onOwnPage, data(index).requested])).toEqual([
      ['design/search', true, null],
      ['design/other', false, 'design/other'],
      [null, false, 'DD-0042'],
    ]);
    // The queue keeps its reviewer in the URL under its own prefix.
    expect(output).toMatch(/<DesignDocsReviewQueue data=\{__designDocsEmbed3\} query="review-queue" \/>/);
    expect(compiled.messages.map((m) => m.reason)).toEqual([
      '"review-readiness" names doc="DD-0042", which is no design doc of this portal; the component says so on the page',
    ]);
  });

  it('inside a design doc, takes the data from that doc only', async () => {
    const output = await compileMdx('::risk-register\n', 'docs/design/search.md');
    expect(embedData(output).risks.map((r) => r.title)).toEqual(['Own risk', 'Small risk']);
  });

  it('feeds the same component written as JSX without an import', async () => {
    const output = await compileMdx('<RiskMatrix scope="all" />\n', 'docs/design/search.md');
    expect(output).toContain('<DesignDocsRiskMatrix data={__designDocsEmbed0} />');
    expect(embedData(output).risks).toHaveLength(3);
  });

  it('imports each embedded component once per page, beside any import the author wrote', async () => {
    const source = "import RiskMatrix from '@theme/RiskMatrix';\nexport const mine = {risks: []};\n\n::risk-matrix\n\n<RiskMatrix data={mine} />\n\n::risk-matrix{scope=all}\n";
    const output = await compileMdx(source, 'docs/design/search.md');
    expect(output.match(/from "@theme\/RiskMatrix"/g)).toHaveLength(1);
    expect(output).toContain('<DesignDocsRiskMatrix data={__designDocsEmbed0} />');
    expect(output).toContain('<DesignDocsRiskMatrix data={mine} />');
    expect(output).toContain('<DesignDocsRiskMatrix data={__designDocsEmbed1} />');
  });

  it("holds every embed back until the components' stylesheet is there, with one import per page", async () => {
    const source = "import RiskMatrix from '@theme/RiskMatrix';\nexport const mine = {risks: []};\n\n::risk-matrix\n\nText with :status[accepted] in it.\n\n<RiskMatrix data={mine} />\n\n::adr-index\n";
    const output = await compileMdx(source, 'docs/design/search.md');
    expect(output.match(/import \{ComponentStylesheet as DesignDocsComponentStylesheet\} from "docusaurus-plugin-design-docs\/client"/g)).toHaveLength(1);
    const wrapped = [...output.matchAll(/<DesignDocsComponentStylesheet>\s*(<DesignDocs\w+ data=\{\w+\} \/>)\s*<\/DesignDocsComponentStylesheet>/g)].map((m) => m[1]);
    expect(wrapped).toEqual(['<DesignDocsRiskMatrix data={__designDocsEmbed0} />', '<DesignDocsRiskMatrix data={mine} />', '<DesignDocsAdrIndex data={__designDocsEmbed1} />']);
    // The badge's styles are the site's own: it does not wait.
    expect(output).toContain('<StatusBadge status="accepted" />');
    expect(await compileMdx('# Plain page\n', 'docs/intro.md')).not.toContain('ComponentStylesheet');
  });

  it('turns :status[accepted] into a status badge', async () => {
    const output = await compileMdx('The decision is :status[accepted].\n', 'docs/intro.md');
    expect(output).toContain('<StatusBadge status="accepted" />');
  });

  it('keeps embed data per locale, and a later build rewrites embeds whose pages webpack did not recompile', async () => {
    const output = await compileMdx('::risk-register\n', 'src/pages/risks.mdx');
    const file = /"@generated\/docusaurus-plugin-design-docs\/default\/(embeds\/en\/[^"]+)"/.exec(output)![1]!;
    const previous = portal.state!;

    // The next build runs in a new process with one risk fewer; its cached
    // page is not compiled again, so only allContentLoaded can refresh the data.
    const smaller = model(loadedDoc('docs/design/other.md', {type: 'design-doc', status: 'draft', risks: [{title: 'Other risk', likelihood: 'low', impact: 'low'}]}));
    const next = new PortalHolder().update({...previous, context: {...previous.context, model: smaller}});
    expect([...next.embeds.keys()]).toEqual([file]);
    for (const request of next.embeds.values()) {
      writeEmbed(next, request);
    }
    expect(JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')).risks.map((r: {title: string}) => r.title)).toEqual(['Other risk']);

    const french = portal.update({...previous, locale: 'fr'});
    expect(french.embeds.size).toBe(0);
    const frenchOutput = await compileMdx('::risk-register\n', 'src/pages/risks.mdx');
    expect(frenchOutput).toContain('/embeds/fr/risk-register-');
  });

  it('inside an older docs version\'s page, lists that version\'s records, not the latest', async () => {
    const versioned = model(
      loadedDoc('docs/adr/0001-cache.md', {type: 'adr', status: 'superseded'}),
      loadedDoc('docs/adr/0002-queue.md', {type: 'adr', status: 'accepted'}),
      loadedDoc('versioned_docs/version-1.0/adr/0001-cache.md', {type: 'adr', status: 'accepted'}, {versionName: '1.0'}),
    );
    portal.update({
      ...portal.state!,
      context: {model: {...versioned, docs: versioned.docs.filter((doc) => doc.isLatestVersion)}, vocabulary, options: getDefaultOptions(), today: '2026-11-25'},
      versionFolders: [
        {folder: path.join(siteDir, 'versioned_docs/version-1.0'), pluginId: 'default', versionName: '1.0', isLatestVersion: false},
        {folder: path.join(siteDir, 'docs'), pluginId: 'default', versionName: 'current', isLatestVersion: true},
      ],
    });
    const rowsOf = (output: string) => {
      const match = /"@generated\/docusaurus-plugin-design-docs\/default\/(embeds\/[^"]+)"/.exec(output);
      return JSON.parse(readFileSync(path.join(dataDir, match![1]!), 'utf8')).rows.map((row: {status: {id: string}; permalink: string}) => `${row.permalink} ${row.status.id}`);
    };
    expect(rowsOf(await compileMdx('::adr-index\n', 'versioned_docs/version-1.0/intro.md'))).toEqual(['/docs/versioned_docs/version-1.0/adr/cache accepted']);
    expect(rowsOf(await compileMdx('::adr-index\n', 'docs/intro.md'))).toEqual(['/docs/adr/queue accepted', '/docs/adr/cache superseded']);
  });

  describe('with several plugin instances or sites', () => {
    const securityDir = () => path.join(dataDir, 'security');
    const withSecurity = () => {
      const security = new PortalHolder();
      const m = model(loadedDoc('security/design/threats.md', {type: 'design-doc', status: 'draft', risks: [{title: 'Security risk', likelihood: 'high', impact: 'critical'}]}));
      security.update({
        context: {model: m, vocabulary, options: getDefaultOptions(), today: '2026-11-25'},
        dataDir: securityDir(),
        locale: 'en',
        importPrefix: '@generated/docusaurus-plugin-design-docs/security',
        docKeyByPath: new Map(m.docs.map((doc) => [path.resolve(siteDir, doc.file), doc.key])),
        versionFolders: [],
      });
      instances.set('security', security);
    };
    const risksIn = (output: string, instance: string, dir: string) => {
      const match = new RegExp(`"@generated/docusaurus-plugin-design-docs/${instance}/(embeds/[^"]+)"`).exec(output);
      expect(match, output).not.toBeNull();
      return JSON.parse(readFileSync(path.join(dir, match![1]!), 'utf8')).risks.map((r: {title: string}) => r.title);
    };

    it('draws a record\'s embed from the instance whose docs hold it, and elsewhere from the instance the option names', async () => {
      withSecurity();
      expect(risksIn(await compileMdx('::risk-register\n', 'security/design/threats.md'), 'security', securityDir())).toEqual(['Security risk']);
      expect(risksIn(await compileMdx('::risk-register\n', 'docs/design/search.md'), 'default', dataDir)).toEqual(['Own risk', 'Small risk']);
      // A page of neither instance: `default` unless the option names another.
      expect(risksIn(await compileMdx('::risk-register\n', 'src/pages/risks.mdx'), 'default', dataDir)).toEqual(['Other risk', 'Own risk', 'Small risk']);
      expect(risksIn(await compileMdx('::risk-register\n', 'src/pages/risks.mdx', {instance: 'security'}), 'security', securityDir())).toEqual(['Security risk']);
    });

    it('says which instance to name when a page could belong to any, and when the named one does not exist', async () => {
      withSecurity();
      instances.delete('default');
      instances.set('platform', portal);
      const ambiguous = await compile(
        {value: '::risk-register\n', path: path.join(siteDir, 'src/pages/risks.mdx'), data: {frontMatter: withPluginInstances({}, instances)}},
        {format: 'mdx', remarkPlugins: [remarkDirective, remarkDesignDocs], jsx: true},
      );
      expect(String(ambiguous)).not.toContain('__designDocsEmbed');
      expect(ambiguous.messages.map((m) => m.reason)).toEqual([
        `"risk-register" could come from any of the design-docs plugin instances security, platform; name one with the remark plugin's option, as [remarkDesignDocs, {instance: 'security'}]`,
      ]);
      const misnamed = await compile(
        {value: '::risk-register\n', path: path.join(siteDir, 'src/pages/risks.mdx'), data: {frontMatter: withPluginInstances({}, instances)}},
        {format: 'mdx', remarkPlugins: [remarkDirective, [remarkDesignDocs, {instance: 'payments'}]], jsx: true},
      );
      expect(misnamed.messages.map((m) => m.reason)).toEqual([
        '"risk-register" names the design-docs plugin instance "payments", which the site does not have (it has security, platform)',
      ]);
    });

    it('keeps two sites in one process apart: each page sees only its own site\'s model', async () => {
      const otherSite = new PortalHolder();
      const m = model(loadedDoc('docs/design/elsewhere.md', {type: 'design-doc', status: 'draft', risks: [{title: 'Elsewhere risk', likelihood: 'low', impact: 'low'}]}));
      const otherDir = path.join(dataDir, 'other-site');
      otherSite.update({
        context: {model: m, vocabulary, options: getDefaultOptions(), today: '2026-11-25'},
        dataDir: otherDir,
        locale: 'en',
        importPrefix: '@generated/docusaurus-plugin-design-docs/default',
        docKeyByPath: new Map(),
        versionFolders: [],
      });
      const other = await compileMdx('::risk-register\n', 'src/pages/risks.mdx', undefined, new Map([['default', otherSite]]));
      expect(risksIn(other, 'default', otherDir)).toEqual(['Elsewhere risk']);
      expect(risksIn(await compileMdx('::risk-register\n', 'src/pages/risks.mdx'), 'default', dataDir)).toEqual(['Other risk', 'Own risk', 'Small risk']);
    });

    it('warns, and leaves the directive, in a file the plugin\'s hook never saw', async () => {
      const compiled = await compile({value: '::risk-register\n', path: path.join(siteDir, 'docs/x.md')}, {format: 'mdx', remarkPlugins: [remarkDirective, remarkDesignDocs], jsx: true});
      expect(String(compiled)).not.toContain('__designDocsEmbed');
      expect(compiled.messages.map((m) => m.reason)).toEqual(['"risk-register" needs docusaurus-plugin-design-docs in the site\'s plugins']);
    });
  });

  it('leaves other directives alone', async () => {
    const output = await compileMdx('::youtube{id=abc}\n', 'docs/intro.md');
    expect(output).not.toContain('__designDocsEmbed');
  });
});

import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {componentStylesheetConfig} from '../../plugin/webpack/componentStylesheet';
import {pluginModulesAsVendors} from '../../plugin/webpack/pluginModulesAsVendors';
import {repoRoot} from '../helpers/docusaurus';

const themeDir = path.join(repoRoot, 'theme');
const clientDir = path.join(repoRoot, 'client');
const CSS_MODULE = /\.module\.css$/i;

type Rule = {test?: unknown; exclude?: unknown; resourceQuery?: unknown; type?: string; use?: {loader: string; options?: Record<string, unknown>}[]};

// What Docusaurus' getStyleLoaders returns, enough to tell the loaders apart.
const utils = {
  getStyleLoaders: (isServer: boolean, cssOptions: Record<string, unknown>) => [
    ...(isServer ? [] : [{loader: 'css-extract-loader'}]),
    {loader: 'css-loader', options: cssOptions},
    ...(isServer ? [] : [{loader: 'postcss-loader'}]),
  ],
};

/** Docusaurus' two CSS rules, as its base config writes them. */
function docusaurusConfig(mode: string) {
  return {
    mode,
    module: {
      rules: [
        {test: /\.css$/i, exclude: CSS_MODULE, use: utils.getStyleLoaders(false, {})},
        {test: CSS_MODULE, use: utils.getStyleLoaders(false, {modules: {}})},
      ] as Rule[],
    },
  };
}

const excluded = (rule: Rule, resource: string) =>
  (Array.isArray(rule.exclude) ? rule.exclude : [rule.exclude]).some((condition) =>
    condition instanceof RegExp ? condition.test(resource) : typeof condition === 'function' ? (condition as (r: string) => boolean)(resource) : false,
  );

describe("the components' stylesheet in a production client build", () => {
  const header = path.join(themeDir, 'DesignDocHeader/styles.module.css');
  const siteModule = '/site/src/components/Card/styles.module.css';

  it("takes the theme's CSS modules from Docusaurus' rule, and leaves the site's and the global stylesheets to it", () => {
    const config = docusaurusConfig('production');
    componentStylesheetConfig({config, isServer: false, utils, themeDir, clientDir});
    const [globalRule, moduleRule] = config.module.rules as [Rule, Rule];
    expect(excluded(moduleRule, header)).toBe(true);
    expect(excluded(moduleRule, siteModule)).toBe(false);
    expect(excluded(globalRule, path.join(themeDir, 'StatusBadge/badge.css'))).toBe(false);
  });

  it('gives the modules their class names only, and writes their whole CSS into one asset', () => {
    const {module} = componentStylesheetConfig({config: docusaurusConfig('production'), isServer: false, utils, themeDir, clientDir});
    const [locals, whole, asset] = module!.rules as [Rule, Rule, Rule];
    const applies = (rule: Rule, resource: string, query: string) =>
      (rule.test as (r: string) => boolean)(resource) && (rule.resourceQuery as (q: string) => boolean)(query);
    expect(applies(locals, header, '')).toBe(true);
    expect(applies(whole, header, '')).toBe(false);
    expect(applies(whole, header, '?design-docs-stylesheet')).toBe(true);
    expect(applies(locals, header, '?design-docs-stylesheet')).toBe(false);
    expect(locals.use!.map((use) => use.loader)).toEqual([path.join(repoRoot, 'plugin/webpack/componentStylesLocalsLoader'), 'css-loader']);
    expect(locals.use![1]!.options).toMatchObject({modules: {exportOnlyLocals: true, localIdentName: '[local]_[contenthash:base64:4]'}});
    // The site's own css-loader and PostCSS, without the extract loader.
    expect(whole.use!.map((use) => use.loader)).toEqual(['css-loader', 'postcss-loader']);
    expect(asset.type).toBe('asset/resource');
    expect((asset.test as (r: string) => boolean)(path.join(clientDir, 'componentStylesheet.href'))).toBe(true);
    const files = asset.use![0]!.options!.files as string[];
    expect(files).toContain(header);
    expect(files.every((file) => file.startsWith(themeDir) && file.endsWith('.module.css'))).toBe(true);
  });

  it('adds its rules once when the site has several instances of the plugin', () => {
    const config = docusaurusConfig('production');
    const first = componentStylesheetConfig({config, isServer: false, utils, themeDir, clientDir});
    config.module.rules.push(...(first.module!.rules as Rule[]));
    expect(componentStylesheetConfig({config, isServer: false, utils, themeDir, clientDir})).toEqual({});
  });

  it('changes nothing on the server, and keeps the split-chunks group in development', () => {
    expect(componentStylesheetConfig({config: docusaurusConfig('production'), isServer: true, utils, themeDir, clientDir})).toEqual({});
    const config = docusaurusConfig('development');
    const development = componentStylesheetConfig({config, isServer: false, utils, themeDir, clientDir});
    expect(Object.keys(development.cacheGroups ?? {})).toEqual(['designDocsComponents']);
    expect(development.module).toBeUndefined();
    expect(excluded(config.module.rules[1]!, header)).toBe(false);
  });
});

describe("the plugin's modules as vendors", () => {
  const libDir = path.join(repoRoot, 'lib');
  const module = (name: string) => ({nameForCondition: () => name});

  it('counts the plugin folder and node_modules, not the site', () => {
    const {defaultVendors} = pluginModulesAsVendors({}, libDir) as {defaultVendors: {test: (m: unknown) => boolean; priority: number; reuseExistingChunk: boolean}};
    expect(defaultVendors.test(module(path.join(libDir, 'theme/DocItem/Content/index.js')))).toBe(true);
    expect(defaultVendors.test(module('/site/node_modules/@docusaurus/theme-classic/lib/theme/DocItem/index.js'))).toBe(true);
    expect(defaultVendors.test(module(path.join(repoRoot, 'example-site/docs/intro.md')))).toBe(false);
    expect(defaultVendors).toMatchObject({priority: -10, reuseExistingChunk: true});
  });

  it("leaves a site's own defaultVendors group, or a build without split chunks, alone", () => {
    expect(pluginModulesAsVendors({optimization: {splitChunks: {cacheGroups: {defaultVendors: false}}}}, libDir)).toBeNull();
    expect(pluginModulesAsVendors({optimization: {splitChunks: false}}, libDir)).toBeNull();
  });
});

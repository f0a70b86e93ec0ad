import fs from 'fs';
import path from 'path';
import type {ConfigureWebpackUtils} from '@docusaurus/types';
import {COMPONENT_STYLES_CHUNK} from '../outputs/clientDataFiles';
import {componentStylesSplitChunks} from './componentStylesChunk';

type Rule = {test?: unknown; exclude?: unknown; use?: unknown; [key: string]: unknown};
type WebpackConfig = {mode?: string; module?: {rules?: unknown[]}};

/** The resource query under which a theme CSS module compiles to its whole CSS, for the stylesheet. */
const WHOLE_CSS_QUERY = 'design-docs-stylesheet';
// The same class names as Docusaurus gives every CSS module (its base config).
const LOCAL_IDENT_NAME = '[local]_[contenthash:base64:4]';

function cssModulesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? cssModulesOf(full) : entry.name.endsWith('.module.css') ? [full] : [];
    });
}

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The components' stylesheet without webpack's stylesheet loader.
 *
 * Webpack loads a lazily loaded chunk's stylesheet with code in the runtime
 * every page downloads (about 0.5 KiB gzipped), and only because the
 * plugin's components import CSS modules (ADR-0043 put their CSS in
 * `design-docs.css`, loaded with their chunks). In a production client
 * build:
 * - the theme's CSS modules export only their class names, as they do on
 *   the server, and start loading the stylesheet when their chunk runs;
 * - the stylesheet is an asset module, `assets/css/design-docs.*.css`,
 *   which componentStylesheetLoader writes from the same CSS modules through
 *   the site's css-loader and PostCSS, and lib/client/componentStylesheet.js
 *   links; its ComponentStylesheet holds a component back until the
 *   stylesheet is there (ADR-0045).
 *
 * Docusaurus' own CSS-module rule is told to leave these files alone. In
 * development (and on the server) nothing changes but the split-chunks
 * group of componentStylesChunk.ts, which keeps CSS hot reloading.
 */
export function componentStylesheetConfig({
  config,
  isServer,
  utils,
  themeDir,
  clientDir,
}: {
  config: WebpackConfig;
  isServer: boolean;
  utils: Pick<ConfigureWebpackUtils, 'getStyleLoaders'>;
  themeDir: string;
  clientDir: string;
}): {cacheGroups?: Record<string, object>; module?: {rules: object[]}} {
  if (isServer) {
    return {};
  }
  if (config.mode !== 'production') {
    return {cacheGroups: componentStylesSplitChunks(themeDir).splitChunks.cacheGroups};
  }
  // Paths without an extension, which the bundler resolves to the compiled
  // loaders (and which the unit tests can name from the sources).
  const stylesheetLoader = path.join(__dirname, 'componentStylesheetLoader');
  const rules = (config.module?.rules ?? []) as Rule[];
  // Another instance of the plugin has done this already.
  if (rules.some((rule) => asArray(rule.use).some((use) => (use as {loader?: string} | null)?.loader === stylesheetLoader))) {
    return {};
  }
  const prefix = `${path.resolve(themeDir)}${path.sep}`;
  const isThemeCssModule = (resource: string) => resource.startsWith(prefix) && resource.endsWith('.module.css');
  for (const rule of rules) {
    if (rule && rule.test instanceof RegExp && rule.test.test('a.module.css')) {
      rule.exclude = [...asArray(rule.exclude), isThemeCssModule];
    }
  }
  const modules = {localIdentName: LOCAL_IDENT_NAME};
  const locals = utils.getStyleLoaders(true, {modules: {...modules, exportOnlyLocals: true}, esModule: true});
  // Docusaurus' client loaders minus the first, its CSS extract loader.
  const [, ...wholeCss] = utils.getStyleLoaders(false, {modules: {...modules, exportOnlyLocals: false}, importLoaders: 1, sourceMap: false});
  const hrefStub = path.join(clientDir, 'componentStylesheet.href');
  const files = cssModulesOf(themeDir);
  return {
    module: {
      rules: [
        {
          test: isThemeCssModule,
          resourceQuery: (query: string) => !query.includes(WHOLE_CSS_QUERY),
          use: [{loader: path.join(__dirname, 'componentStylesLocalsLoader'), options: {stylesheetModule: path.join(clientDir, 'componentStylesheet.js')}}, ...locals],
        },
        {
          test: isThemeCssModule,
          resourceQuery: (query: string) => query.includes(WHOLE_CSS_QUERY),
          use: wholeCss,
        },
        {
          test: (resource: string) => resource === hrefStub,
          type: 'asset/resource',
          generator: {filename: `assets/css/${COMPONENT_STYLES_CHUNK}.[contenthash:8].css`},
          use: [{loader: stylesheetLoader, options: {files, query: WHOLE_CSS_QUERY}}],
        },
      ],
    },
  };
}

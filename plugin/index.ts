import fs from 'fs';
import path from 'path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {collectDesignDocs, collectDocsContentPaths, collectDocsVersionFolders, collectPagePermalinks} from './collectDocs';
import {buildDesignDocModel} from './validate/designDocModel';
import {createVocabulary} from './vocabulary/vocabulary';
import {writeClientData, writeSiteStatusCatalog} from './outputs/writeClientData';
import {buildStatusCatalog, mergeStatusCatalogs} from './views/statusCatalog';
import {reportProblems} from './validate/report';
import {assemblePortal} from './routes/assemblePortal';
import {createPortalRoutes} from './routes/createPortalRoutes';
import type {PortalContext} from './views/portal/context';
import {PortalHolder, type PortalState} from './remark/portalRegistry';
import {writeEmbed} from './remark';
import {hookStoreOf, wrapParseFrontMatter} from './formats/frontMatterHook';
import {modelCaptureFor} from './cli/modelCapture';
import {collectSiteDocs} from './cli/siteDocs';
import {registerCommands} from './cli';
import type {PluginOptions} from './types/options';
import type {DesignDocModel} from './types/model';
import {writeBuildOutputs} from './outputs/writeBuildOutputs';
import {linkComponentStylesheet} from './outputs/componentStylesheet';
import {SIDEBAR_BADGES_STYLESHEET} from './outputs/clientDataFiles';
import {wholeDataJsonRules} from './webpack/wholeDataJsonRules';
import {componentStylesheetConfig} from './webpack/componentStylesheet';
import {pluginModulesAsVendors} from './webpack/pluginModulesAsVendors';
import {isoDay} from './vocabulary/days';
import {fillStatusDatesFromGit} from './git/statusDates';
import {loadFederation, type Federation} from './federation/loadFederation';
import {watchedExports} from './federation/readSources';

export {validateOptions} from './options';
export {getSwizzleConfig} from './swizzle';

export const PLUGIN_NAME = 'docusaurus-plugin-design-docs';

/**
 * Whether the site renders mermaid, with the mermaid theme or its own
 * `src/theme/Mermaid`; if not, a fallback stands in.
 */
function siteRendersMermaid(context: LoadContext): boolean {
  const themes = (context.siteConfig.themes ?? []) as unknown[];
  const hasMermaidTheme = themes.some((theme) => {
    const name = Array.isArray(theme) ? theme[0] : theme;
    return typeof name === 'string' && name.includes('theme-mermaid');
  });
  const ownTheme = path.join(context.siteDir, 'src/theme');
  const hasOwnMermaid = ['Mermaid', 'Mermaid.js', 'Mermaid.jsx', 'Mermaid.ts', 'Mermaid.tsx'].some((name) => fs.existsSync(path.join(ownTheme, name)));
  return hasMermaidTheme || hasOwnMermaid;
}

export default function pluginDesignDocs(
  context: LoadContext,
  options: PluginOptions,
): Plugin<void> {
  const vocabulary = createVocabulary(options);
  // Records written from the design-doc template, with adr-tools or MADR 2
  // keep their metadata in the body; this hook reads it for the model.
  const {markdown} = context.siteConfig;
  const hookSettings = {
    siteDir: context.siteDir,
    folderTypes: options.folderTypes,
    maintainCase: markdown.anchors?.maintainCase ?? false,
  };
  markdown.parseFrontMatter = wrapParseFrontMatter(markdown.parseFrontMatter, hookSettings);
  const hookStore = hookStoreOf(markdown.parseFrontMatter)!;
  const {parseProblems} = hookStore;
  // The remark plugin reaches this instance's portal through the hook's front matter.
  const portalHolder = new PortalHolder(buildStatusCatalog(options.types));
  hookStore.instances.set(options.id, portalHolder);
  const dataDir = path.join(context.generatedFilesDir, PLUGIN_NAME, options.id);
  const docsDataDir = path.join(context.generatedFilesDir, 'docusaurus-plugin-content-docs');

  let model: DesignDocModel | undefined;
  let portalContext: PortalContext | undefined;
  let docsContentPaths: string[] = [];
  // For postBuild: the pages that show a component, besides design docs.
  let portalPaths: string[] = [];
  let pagePermalinks = new Map<string, string>();
  let portalState: PortalState | undefined;
  // Other sites' records, read once per content load (every build, and each reload in dev mode).
  let federation: Federation | null = null;

  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return path.resolve(__dirname, '../theme');
    },

    getTypeScriptThemePath() {
      return path.resolve(__dirname, '../../theme');
    },

    getClientModules() {
      // What every page needs, whether or not it shows a plugin component:
      // the badge's tones and pill, and the sidebar's badges.
      return [
        path.resolve(__dirname, '../theme/StatusBadge/tones.css'),
        path.resolve(__dirname, '../theme/StatusBadge/badge.css'),
        path.join(dataDir, SIDEBAR_BADGES_STYLESHEET),
      ];
    },

    getPathsToWatch() {
      return watchedExports(options.federation.sources, context.siteDir);
    },

    async loadContent() {
      federation = await loadFederation(options, {siteDir: context.siteDir, cacheDir: path.join(dataDir, 'federation')});
    },

    async allContentLoaded({allContent, actions}) {
      const inputs = collectDesignDocs(allContent, options.docsPluginIds);
      docsContentPaths = collectDocsContentPaths(allContent, options.docsPluginIds);
      pagePermalinks = collectPagePermalinks(allContent, context.siteDir);
      model = buildDesignDocModel(inputs, vocabulary, {approvalGate: options.approvalGate, federated: federation?.input});
      model.problems = [
        ...parseProblems.mergeInto(model.problems, new Set(inputs.map((input) => path.resolve(context.siteDir, input.location.file)))),
        ...parseProblems.untypedFolderNotices(context.siteDir, (filePath) => fs.existsSync(filePath)),
        ...(federation?.problems ?? []),
      ];
      // Before anything reads the model: the pages, design-docs.json, the
      // feeds and the CLI (through the capture below) count days in review
      // from the same status dates.
      await fillStatusDatesFromGit(model.docs, vocabulary, context.siteDir);
      const capture = modelCaptureFor(context);
      if (capture) {
        // The CLI reports problems its own way.
        capture.models.set(options.id, model);
        capture.siteDocs = collectSiteDocs(allContent);
      } else {
        reportProblems(model.problems, options.onInvalidDesignDoc);
      }
      await writeClientData(model, vocabulary, actions.createData, options.id);
      // Every instance is created before any content loads, so each sees them all.
      const instances = [...hookStore.instances.values()] as PortalHolder[];
      writeSiteStatusCatalog(path.dirname(dataDir), mergeStatusCatalogs(instances.map((instance) => instance.statusCatalog)));
      const portal = assemblePortal(
        {
          model,
          vocabulary,
          options,
          today: isoDay(new Date()),
          ...(federation && {localSite: {name: options.federation.name, label: options.federation.label ?? context.siteConfig.title}}),
        },
        {baseUrl: context.baseUrl, routeBasePath: options.routeBasePath},
      );
      portalContext = portal.context;
      portalPaths = portal.routes.map((route) => route.path);
      const generatedPrefix = `@generated/${PLUGIN_NAME}/${options.id}`;
      await createPortalRoutes(portal.routes, portal.nav, actions, generatedPrefix);
      // For the remark plugin, which compiles MDX after this: embeds
      // written earlier are refreshed so dev mode shows the new model.
      const state = portalHolder.update({
        context: portal.context,
        dataDir,
        locale: context.i18n.currentLocale,
        importPrefix: generatedPrefix,
        docKeyByPath: new Map(model.docs.map((doc) => [path.resolve(context.siteDir, doc.file), doc.key])),
        versionFolders: collectDocsVersionFolders(allContent),
      });
      for (const request of state.embeds.values()) {
        writeEmbed(state, request);
      }
      portalState = state;
    },

    extendCli(cli) {
      registerCommands(cli as never, {siteDir: context.siteDir, options, parseFrontMatter: markdown.parseFrontMatter, markdown});
    },

    async postBuild({outDir}) {
      if (model && portalContext) {
        await writeBuildOutputs({
          outDir,
          model,
          portal: portalContext,
          vocabulary,
          options,
          siteUrl: context.siteConfig.url,
          baseUrl: context.baseUrl,
          title: context.siteConfig.title,
          ...(federation && options.federation.reexport && {reexport: {sites: federation.sites}}),
        });
        const embedPages = [...(portalState?.embeddingFiles ?? [])].flatMap((file) => pagePermalinks.get(file) ?? []);
        linkComponentStylesheet({outDir, baseUrl: context.baseUrl, pages: [...model.docs.map((doc) => doc.permalink), ...portalPaths, ...embedPages]});
      }
    },

    configureWebpack(config, isServer, utils) {
      const componentStyles = componentStylesheetConfig({
        config,
        isServer,
        utils,
        themeDir: path.resolve(__dirname, '../theme'),
        clientDir: path.resolve(__dirname, '../client'),
      });
      // The server bundle has no chunks to split.
      const vendors = isServer ? null : pluginModulesAsVendors(config, path.resolve(__dirname, '..'));
      const cacheGroups = {...componentStyles.cacheGroups, ...vendors};
      return {
        ...(Object.keys(cacheGroups).length > 0 && {optimization: {splitChunks: {cacheGroups}}}),
        resolve: {
          alias: {
            // Swizzled components import the hooks by package name; this
            // also resolves when the plugin is loaded from a path.
            'docusaurus-plugin-design-docs/client$': path.resolve(__dirname, '../client/index.js'),
          },
        },
        module: {
          rules: [
            ...(!siteRendersMermaid(context)
              ? [
                  {
                    // Only the relationship page (the plugin's, or the site's
                    // copy) draws a diagram: every doc page's MDX components
                    // keep the classic theme's empty Mermaid, and do not
                    // carry the fallback.
                    include: [path.resolve(__dirname, '../theme/RelationshipGraphPage'), path.join(context.siteDir, 'src/theme/RelationshipGraphPage')],
                    resolve: {
                      alias: {
                        // The same key as the theme alias Docusaurus generates for the
                        // classic theme's empty Mermaid, so this one replaces it.
                        '@theme/Mermaid': path.resolve(__dirname, '../theme/DesignDocsMermaidFallback/index.jsx'),
                      },
                    },
                  },
                ]
              : []),
            {
              // lib/client is an ES module package; its imports of
              // Docusaurus aliases (@docusaurus/router) carry no extension.
              test: /\.js$/,
              include: [path.resolve(__dirname, '../client')],
              resolve: {fullySpecified: false},
            },
            {
              test: /\.mdx?$/,
              enforce: 'pre' as const,
              // Docs instances may read folders outside the site (a monorepo's doc/adr).
              // An instance limited to some docs instances reads only their files:
              // another instance's records are that instance's to read.
              include: options.docsPluginIds.length > 0 ? docsContentPaths : [context.siteDir, ...docsContentPaths],
              exclude: [/node_modules/, context.generatedFilesDir],
              use: [
                {
                  loader: require.resolve('./webpack/restatedLinesLoader'),
                  options: {
                    ...hookSettings,
                    types: options.types,
                    riskScale: options.riskScale,
                    priorityWords: options.priorityWords,
                    staticDirs: context.siteConfig.staticDirectories.map((dir) => path.resolve(context.siteDir, dir)),
                  },
                },
              ],
            },
            ...wholeDataJsonRules(dataDir, docsDataDir),
            ...(componentStyles.module?.rules ?? []),
            {
              test: /\.json$/,
              include: [docsDataDir],
              use: [
                {
                  loader: require.resolve('./webpack/docsMetadataLoader'),
                  options: {dataDir},
                },
              ],
            },
          ],
        },
      };
    },
  };
}

import {captureModelOf} from './modelCapture';
import type {DesignDocModel} from '../types/model';
import type {SiteDocsVersion} from './siteDocs';

/**
 * The modules of @docusaurus/core the CLI loads a site with, and the
 * function each must export. They are private: no public export of
 * @docusaurus/core loads a site's content without bundling it or writing
 * files (`build` bundles, `start` serves, `writeTranslations` writes i18n
 * files, and `externalCommand`, which runs this CLI, creates the plugins
 * but loads no content). These two are what `build` itself calls before
 * bundling. `test/unit/docusaurusInternals.test.ts` pins them.
 */
export const DOCUSAURUS_SITE_LOADERS = {
  '@docusaurus/core/lib/server/site': 'loadContext',
  '@docusaurus/core/lib/server/plugins/plugins': 'loadPlugins',
} as const;

/**
 * Loads the site's content the way `docusaurus build` does, without
 * bundling, and returns the plugin's model with every doc of the site.
 * Uses Docusaurus' own loaders so the CLI sees exactly what the build sees.
 */
export async function loadSite(siteDir: string, config?: string): Promise<{models: Map<string, DesignDocModel>; siteDocs: SiteDocsVersion[]}> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const {loadContext} = require('@docusaurus/core/lib/server/site') as {
    loadContext(params: {siteDir: string; config?: string}): Promise<unknown>;
  };
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const {loadPlugins} = require('@docusaurus/core/lib/server/plugins/plugins') as {
    loadPlugins(context: unknown): Promise<unknown>;
  };
  const context = await loadContext({siteDir, config});
  // The plugin instances Docusaurus creates from this context find the
  // request through it (`modelCaptureFor`), so only this load is affected.
  const capture = captureModelOf(context as object);
  await loadPlugins(context);
  const {models, siteDocs} = capture;
  if (models.size === 0) {
    throw new Error('docusaurus-plugin-design-docs is not in this site\'s plugins.');
  }
  return {models, siteDocs: siteDocs ?? []};
}

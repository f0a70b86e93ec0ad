import {captureModelOf} from './modelCapture';
import type {DesignDocModel} from '../types';
import type {SiteDocsVersion} from './siteDocs';

/**
 * Loads the site's content the way `docusaurus build` does, without
 * bundling, and returns the plugin's model with every doc of the site.
 * Uses Docusaurus' own loaders so the CLI sees exactly what the build sees.
 */
export async function loadSite(siteDir: string, config?: string): Promise<{model: DesignDocModel; siteDocs: SiteDocsVersion[]}> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const {loadContext} = require('@docusaurus/core/lib/server/site') as {
    loadContext(params: {siteDir: string; config?: string}): Promise<unknown>;
  };
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const {loadPlugins} = require('@docusaurus/core/lib/server/plugins/plugins') as {
    loadPlugins(context: unknown): Promise<unknown>;
  };
  const context = await loadContext({siteDir, config});
  const capture = captureModelOf(context as object);
  await loadPlugins(context);
  const {model, siteDocs} = capture;
  if (!model) {
    throw new Error('docusaurus-plugin-design-docs is not in this site\'s plugins.');
  }
  return {model, siteDocs: siteDocs ?? []};
}

/** The plugin's model of the site's design docs. */
export async function loadModel(siteDir: string, config?: string): Promise<DesignDocModel> {
  return (await loadSite(siteDir, config)).model;
}

import {captureModelOf} from './modelCapture';
import type {DesignDocModel} from '../types';

/**
 * Loads the site's content the way `docusaurus build` does, without
 * bundling, and returns the plugin's model. Uses Docusaurus' own loaders so
 * the CLI sees exactly what the build sees.
 */
export async function loadModel(siteDir: string, config?: string): Promise<DesignDocModel> {
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
  const model = capture.model;
  if (!model) {
    throw new Error('docusaurus-plugin-design-docs is not in this site\'s plugins.');
  }
  return model;
}

import path from 'path';

type ModuleLike = {nameForCondition?: () => string | null};
type WebpackConfig = {optimization?: {splitChunks?: false | {cacheGroups?: Record<string, unknown>}}};

const NODE_MODULES = /[\\/]node_modules[\\/]/i;

/**
 * webpack's `defaultVendors` split-chunks group, which also takes the
 * plugin's own compiled modules (`lib/`) when the site loads the plugin
 * from a path rather than from node_modules (a monorepo, this repository's
 * example site and benchmark).
 *
 * Every doc page's chunk holds the plugin's `DocItem/Content` and
 * `MDXComponents` wrappers beside the classic theme's DocItem. Installed,
 * they are node_modules like the rest, and the chunk stays whole; loaded
 * from a path they were not, and the group split the classic theme's part
 * of the chunk into a file of its own: one more request on every doc page,
 * and 0.2 KiB gzipped more than the same code in one file. Nothing changes
 * for a site that configures `defaultVendors` itself, or for an installed
 * plugin.
 */
export function pluginModulesAsVendors(config: WebpackConfig, libDir: string): {defaultVendors: object} | null {
  const splitChunks = config.optimization?.splitChunks;
  if (splitChunks === false || splitChunks?.cacheGroups?.defaultVendors !== undefined) {
    return null;
  }
  const prefix = `${path.resolve(libDir)}${path.sep}`;
  return {
    // webpack's own defaults for the group, with the plugin's folder added.
    defaultVendors: {
      idHint: 'vendors',
      reuseExistingChunk: true,
      priority: -10,
      test: (module: ModuleLike) => {
        const name = module.nameForCondition?.() ?? '';
        return NODE_MODULES.test(name) || name.startsWith(prefix);
      },
    },
  };
}

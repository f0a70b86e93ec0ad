import type {PluginOptions as DocsPluginOptions} from '@docusaurus/plugin-content-docs';
import {groupDesignDocsByYear, type GeneratedSidebarItem} from './groupByYear';

export type SidebarItemsGeneratorOption = DocsPluginOptions['sidebarItemsGenerator'];

export type DesignDocsSidebarOptions = {
  /** How long runs of design docs are grouped. Only `'year'` (of `date`) for now. */
  groupBy?: 'year';
  /** Only a folder with at least this many design docs is grouped. Default 30. */
  minItems?: number;
  /** Label of the group for docs without a readable date. Default "Undated". */
  undatedLabel?: string;
};

/**
 * A `sidebarItemsGenerator` for a docs instance: the default generated
 * sidebar, with each folder's long run of design docs grouped into
 * collapsed categories by year.
 *
 * ```js
 * const {designDocsSidebarItemsGenerator} = require('docusaurus-plugin-design-docs/sidebar');
 * // docs: {sidebarItemsGenerator: designDocsSidebarItemsGenerator({minItems: 50})}
 * ```
 */
export function designDocsSidebarItemsGenerator(options: DesignDocsSidebarOptions = {}): SidebarItemsGeneratorOption {
  const {groupBy = 'year', minItems = 30, undatedLabel = 'Undated'} = options;
  if (groupBy !== 'year') {
    throw new Error(`docusaurus-plugin-design-docs/sidebar: groupBy must be "year", got ${JSON.stringify(groupBy)}.`);
  }
  if (!Number.isInteger(minItems) || minItems < 1) {
    throw new Error(`docusaurus-plugin-design-docs/sidebar: minItems must be a whole number of at least 1, got ${JSON.stringify(minItems)}.`);
  }
  return async ({defaultSidebarItemsGenerator, ...args}) => {
    const items = await defaultSidebarItemsGenerator(args);
    // The grouping reads and writes plain item objects; the docs plugin
    // validates the result like any generated sidebar.
    return groupDesignDocsByYear(items as GeneratedSidebarItem[], args.docs, {minItems, undatedLabel}) as typeof items;
  };
}

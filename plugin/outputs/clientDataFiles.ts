import {docuHash} from '@docusaurus/utils';

/**
 * Names of the data files the plugin writes with `createData` and the
 * webpack loader reads back. Both sides call these, so they cannot drift.
 */
export const DOC_PAGE_DATA_DIR = 'doc';

/** Named as the docs plugin names the doc's metadata module: its hash of the source. */
export function docPageDataFile(source: string): string {
  return `${DOC_PAGE_DATA_DIR}/${docuHash(source)}.json`;
}

export function sidebarClassFile(pluginId: string, versionName: string): string {
  return `sidebar/${docuHash(`${pluginId}/${versionName}`)}.json`;
}

/** A client module, written in allContentLoaded, which runs before any bundling. */
export const SIDEBAR_BADGES_STYLESHEET = 'sidebar-badges.css';

/**
 * The site's status catalog, every instance's types in one file, beside
 * the instances' own folders: `@generated/docusaurus-plugin-design-docs/status-catalog.json`,
 * which the client imports whatever the instances are called.
 */
export const SITE_STATUS_CATALOG_FILE = 'status-catalog.json';

/**
 * The chunk the plugin's component styles go to, apart from the site's one
 * stylesheet: webpack's split-chunks rule names it, postBuild links it.
 */
export const COMPONENT_STYLES_CHUNK = 'design-docs';

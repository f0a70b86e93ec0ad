import path from 'path';
import {aliasedSitePathToRelativePath} from '@docusaurus/utils';
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';

/**
 * Every doc of every docs instance and version, design doc or not, as the
 * docs plugin loaded it: `design-docs:new` needs them to pick a folder's
 * docs version, to refuse a doc id or URL another doc already has, and to
 * tell a file another run just created from one that was there.
 */

export type SiteDoc = {
  id: string;
  /** Site-relative path of the source file. */
  file: string;
  permalink: string;
};

export type SiteDocsVersion = {
  pluginId: string;
  versionName: string;
  /**
   * The absolute folder the version's docs are found in (a translation in
   * the localized folder replaces a doc found here, and is never one of its own).
   */
  contentPath: string;
  /** The version's base URL, `/<baseUrl>/<routeBasePath>/<version>`. */
  path: string;
  docs: SiteDoc[];
};

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

export function collectSiteDocs(allContent: AllContent): SiteDocsVersion[] {
  const instances = (allContent[DOCS_PLUGIN] ?? {}) as Record<string, LoadedContent | undefined>;
  return Object.entries(instances).flatMap(([pluginId, content]) =>
    (content?.loadedVersions ?? []).map((version) => ({
      pluginId,
      versionName: version.versionName,
      contentPath: path.resolve(version.contentPath),
      path: version.path,
      docs: version.docs.map((doc) => ({id: doc.id, file: aliasedSitePathToRelativePath(doc.source), permalink: doc.permalink})),
    })),
  );
}

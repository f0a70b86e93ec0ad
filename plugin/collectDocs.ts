import path from 'path';
import {aliasedSitePathToRelativePath} from '@docusaurus/utils';
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {declaresDesignDocType} from './normalize/normalizeDesignDoc';
import type {ModelInput} from './model/buildModel';

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/**
 * The design docs among every docs instance and version, as the docs plugin
 * already loaded them (front matter, permalink, tags, last update).
 */
export function collectDesignDocs(allContent: AllContent, docsPluginIds: string[]): ModelInput[] {
  const instances = (allContent[DOCS_PLUGIN] ?? {}) as Record<string, LoadedContent | undefined>;
  const inputs: ModelInput[] = [];
  for (const [pluginId, content] of Object.entries(instances)) {
    if (!content || (docsPluginIds.length > 0 && !docsPluginIds.includes(pluginId))) {
      continue;
    }
    for (const version of content.loadedVersions) {
      for (const doc of version.docs) {
        if (!declaresDesignDocType(doc.frontMatter as Record<string, unknown>)) {
          continue;
        }
        inputs.push({
          doc: {
            id: doc.id,
            title: doc.title,
            permalink: doc.permalink,
            source: doc.source,
            frontMatter: doc.frontMatter as Record<string, unknown>,
            description: doc.description,
            tags: doc.tags,
            lastUpdatedAt: doc.lastUpdatedAt ?? null,
          },
          location: {
            pluginId,
            versionName: version.versionName,
            isLatestVersion: version.isLast,
            file: aliasedSitePathToRelativePath(doc.source),
          },
        });
      }
    }
  }
  return inputs;
}

/** Every folder a docs version reads, including ones outside the site; only `docsPluginIds`' when given. */
export function collectDocsContentPaths(allContent: AllContent, docsPluginIds: string[] = []): string[] {
  const instances = (allContent[DOCS_PLUGIN] ?? {}) as Record<string, LoadedContent | undefined>;
  return [
    ...new Set(
      Object.entries(instances)
        .filter(([pluginId]) => docsPluginIds.length === 0 || docsPluginIds.includes(pluginId))
        .map(([, content]) => content)
        .flatMap((content) => (content?.loadedVersions ?? []).flatMap((version) => [version.contentPath, version.contentPathLocalized])),
    ),
  ].filter((folder): folder is string => typeof folder === 'string');
}

/** A docs version's folder, and the version it holds. */
export type DocsVersionFolder = {folder: string; pluginId: string; versionName: string; isLatestVersion: boolean};

/**
 * Every docs version's folders (its own and its localized one), deepest
 * first, so the first that holds a file is the file's version.
 */
export function collectDocsVersionFolders(allContent: AllContent): DocsVersionFolder[] {
  const instances = (allContent[DOCS_PLUGIN] ?? {}) as Record<string, LoadedContent | undefined>;
  const folders: DocsVersionFolder[] = [];
  for (const [pluginId, content] of Object.entries(instances)) {
    for (const version of content?.loadedVersions ?? []) {
      for (const folder of [version.contentPath, version.contentPathLocalized]) {
        if (typeof folder === 'string') {
          folders.push({folder, pluginId, versionName: version.versionName, isLatestVersion: version.isLast});
        }
      }
    }
  }
  return folders.sort((a, b) => b.folder.length - a.folder.length);
}

type PageLike = {source: string; permalink: string};

/**
 * The page each docs, pages and blog source file is published as, by its
 * absolute path: the remark plugin knows a page by its file, a built site
 * by its URL.
 */
export function collectPagePermalinks(allContent: AllContent, siteDir: string): Map<string, string> {
  const pages: PageLike[] = [];
  const instancesOf = (plugin: string) => Object.values((allContent[plugin] ?? {}) as Record<string, unknown>);
  for (const content of instancesOf(DOCS_PLUGIN) as (LoadedContent | undefined)[]) {
    pages.push(...(content?.loadedVersions ?? []).flatMap((version) => version.docs));
  }
  for (const content of instancesOf('docusaurus-plugin-content-pages') as (PageLike[] | undefined)[]) {
    pages.push(...(Array.isArray(content) ? content : []));
  }
  for (const content of instancesOf('docusaurus-plugin-content-blog') as ({blogPosts?: {metadata: PageLike}[]} | undefined)[]) {
    pages.push(...(content?.blogPosts ?? []).map((post) => post.metadata));
  }
  return new Map(pages.map((page) => [path.resolve(siteDir, aliasedSitePathToRelativePath(page.source)), page.permalink]));
}

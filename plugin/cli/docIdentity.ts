import path from 'path';
import {normalizeUrl} from '@docusaurus/utils';
import type {RecordFolder} from './recordFolder';
import type {SiteDoc, SiteDocsVersion} from './siteDocs';

/**
 * The doc id and URL Docusaurus gives a new file, by its own rules: the
 * number prefix is dropped (`0006-use-redis.md` is `use-redis`, like
 * `0005-use-redis.md`), folders give the id its path and the slug its
 * URL. Two docs with one id stop every build and command; two with one
 * URL publish only one of them. A site's own `numberPrefixParser` is not
 * seen here: the default one is assumed.
 */

type NumberPrefixParser = (fileName: string) => {filename: string; numberPrefix?: number};

type DocsPluginRules = {
  DefaultNumberPrefixParser: NumberPrefixParser;
  stripPathNumberPrefixes(path: string, parser: NumberPrefixParser): string;
  getSlug(params: {baseID: string; source: string; sourceDirName: string; numberPrefixParser?: NumberPrefixParser}): string;
};

/** The docs plugin's own functions, loaded by the commands only. */
function docsPluginRules(): DocsPluginRules {
  /* eslint-disable @typescript-eslint/no-var-requires */
  const numberPrefix = require('@docusaurus/plugin-content-docs/lib/numberPrefix.js') as Omit<DocsPluginRules, 'getSlug'>;
  const slug = require('@docusaurus/plugin-content-docs/lib/slug.js') as {default: DocsPluginRules['getSlug']};
  /* eslint-enable @typescript-eslint/no-var-requires */
  return {...numberPrefix, getSlug: slug.default};
}

export type DocIdentity = {id: string; permalink: string};

export function docIdentityOf(folder: Pick<RecordFolder, 'version' | 'sourceDirName'>, fileName: string): DocIdentity {
  const {DefaultNumberPrefixParser, stripPathNumberPrefixes, getSlug} = docsPluginRules();
  const {sourceDirName} = folder;
  const baseID = DefaultNumberPrefixParser(path.posix.basename(fileName, path.posix.extname(fileName))).filename;
  const id = [sourceDirName === '.' ? null : stripPathNumberPrefixes(sourceDirName, DefaultNumberPrefixParser), baseID].filter(Boolean).join('/');
  const slug = getSlug({baseID, source: path.posix.join(sourceDirName, fileName), sourceDirName, numberPrefixParser: DefaultNumberPrefixParser});
  return {id, permalink: normalizeUrl([folder.version.path, slug])};
}

const withoutTrailingSlash = (url: string) => (url.length > 1 ? url.replace(/\/+$/, '') : url);

/**
 * The doc that already has this identity: the same id in the same docs
 * version, or the same URL anywhere in the site.
 */
export function docWithIdentity(
  versions: SiteDocsVersion[],
  version: SiteDocsVersion,
  identity: DocIdentity,
): {doc: SiteDoc; by: 'id' | 'permalink'} | null {
  const sameId = version.docs.find((doc) => doc.id === identity.id);
  if (sameId) {
    return {doc: sameId, by: 'id'};
  }
  const url = withoutTrailingSlash(identity.permalink);
  const sameUrl = versions.flatMap((v) => v.docs).find((doc) => withoutTrailingSlash(doc.permalink) === url);
  return sameUrl ? {doc: sameUrl, by: 'permalink'} : null;
}

import fs from 'fs';
import path from 'path';
import type {SiteDocsVersion} from './siteDocs';

/**
 * The folder a new record goes in, checked before anything is written:
 * inside the site (or a docs folder it reads from outside, as a monorepo's
 * `../doc/adr`), read by a docs instance so that the record is published,
 * and named as the site sees it, so the path reported is the path written.
 */

export type RecordFolder = {
  /** Site-relative, with forward slashes: what the CLI reports. */
  folder: string;
  absolute: string;
  version: SiteDocsVersion;
  /** Relative to the version's content folder, `'.'` at its root: what Docusaurus builds the doc id from. */
  sourceDirName: string;
};

export type FolderProblem =
  | {problem: 'outside-site'}
  | {problem: 'not-a-folder'}
  | {problem: 'not-in-docs'; docsFolders: string[]};

/** Whether `child` is `parent` or inside it. */
function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

/**
 * The real path of a folder that may not exist yet: its deepest existing
 * ancestor resolved, so a symbolic link cannot lead out of the site.
 */
function realPathOf(folder: string): string {
  const missing: string[] = [];
  let existing = folder;
  while (!fs.existsSync(existing)) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(fs.realpathSync(existing), ...missing);
}

const toPosix = (file: string) => file.split(path.sep).join('/');

export function resolveRecordFolder(siteDir: string, folder: string, versions: SiteDocsVersion[]): RecordFolder | FolderProblem {
  const absolute = path.resolve(siteDir, folder);
  const real = realPathOf(absolute);
  // The deepest content folder wins: a version nested in another's folder.
  const reading = versions
    .map((version) => ({version, contentPath: realPathOf(version.contentPath)}))
    .filter(({contentPath}) => isWithin(contentPath, real))
    .sort((a, b) => b.contentPath.length - a.contentPath.length)[0];
  if (!reading && !isWithin(realPathOf(siteDir), real)) {
    return {problem: 'outside-site'};
  }
  if (fs.existsSync(absolute) && !fs.statSync(absolute).isDirectory()) {
    return {problem: 'not-a-folder'};
  }
  if (!reading) {
    const docsFolders = [...new Set(versions.map((version) => toPosix(path.relative(siteDir, version.contentPath)) || '.'))];
    return {problem: 'not-in-docs', docsFolders};
  }
  return {
    folder: toPosix(path.relative(siteDir, absolute)) || '.',
    absolute,
    version: reading.version,
    sourceDirName: toPosix(path.relative(reading.contentPath, real)) || '.',
  };
}

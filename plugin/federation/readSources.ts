import path from 'node:path';
import {Globby} from '@docusaurus/utils';
import type {FederationSource} from '../types/options';
import {readCached, readCachedMeta, sameStamp, writeCached, type CachedExport, type FileStamp} from './cache';
import {fetchExport, type FetchResult} from './fetchExport';
import {readExportFile} from './readExportFile';
import type {FederationReading, LoadedExport, ReadParams, SourceFailure, SourceReading} from './types';
import {validateExport} from './validateExport';

export type {FederationReading, LoadedExport, ReadParams, SourceFailure, SourceReading} from './types';

/** Whether URL sources come from the cache only: the option, or `DESIGN_DOCS_OFFLINE=1` (or `true`) in the environment. */
export function isOffline(optionOffline: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return optionOffline || ['1', 'true'].includes((env.DESIGN_DOCS_OFFLINE ?? '').trim().toLowerCase());
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const GLOB_CHARACTERS = /[*?[{]/;

/**
 * The files and globs among the sources, absolute, for dev mode to watch:
 * a sibling site's rebuilt export then reloads the hub's portal. An
 * address is read once per start; it is not watched.
 */
export function watchedExports(sources: FederationSource[], siteDir: string): string[] {
  return sources.filter((source) => !URL_SCHEME.test(source.export)).map((source) => path.resolve(siteDir, source.export));
}

/**
 * What one attempt at a location gave. A file's fresh read carries its
 * stamp, and whether the copy was made from this very state of the file.
 */
type Attempt = FetchResult | (Extract<FetchResult, {kind: 'fresh'}> & {file: FileStamp; copyIsCurrent: boolean});

type Outcome = {loaded: LoadedExport | null; failure: Omit<SourceFailure, 'source' | 'index'> | null};

/**
 * The location's last good copy, read and validated again on first use
 * only (a cache written by an older plugin may no longer pass).
 */
function lastGoodCopy(cacheDir: string, location: string): () => Promise<CachedExport | null> {
  let copy: Promise<CachedExport | null> | undefined;
  return () => (copy ??= readCached(cacheDir, location).then((cached) => {
    const valid = cached && validateExport(cached.export, {owned: true});
    return cached && valid && valid.ok ? {...cached, export: valid.export} : null;
  }));
}

const fromCopy = (copy: CachedExport): LoadedExport => ({location: copy.location, json: copy.export, fromCache: true, fetchedAt: copy.fetchedAt});

/**
 * One location, read by `attempt`: a valid fresh export is used and kept
 * as the last good copy; a 304 or offline read uses the copy; anything
 * else is a failure, with the copy standing in when there is one.
 */
async function readLocation(location: string, cacheDir: string, attempt: (copy: () => Promise<CachedExport | null>) => Promise<Attempt>): Promise<Outcome> {
  const copy = lastGoodCopy(cacheDir, location);
  const result = await attempt(copy);
  let reason: string;
  if (result.kind === 'fresh') {
    const valid = validateExport(result.json, {owned: true});
    if (valid.ok) {
      const fetchedAt = new Date().toISOString();
      // An unchanged file's copy is left as it is: rewriting 50 copies was a
      // third of a later build's reading. The cache only spares a later
      // build; one that cannot be written costs this build nothing.
      if (!('copyIsCurrent' in result && result.copyIsCurrent)) {
        const file = 'file' in result ? result.file : null;
        await writeCached(cacheDir, {location, etag: result.etag, lastModified: result.lastModified, fetchedAt, file}, result.bytes).catch(() => undefined);
      }
      return {loaded: {location, json: valid.export, fromCache: false, fetchedAt}, failure: null};
    }
    reason = valid.reason;
  } else if (result.kind === 'not-modified') {
    const kept = await copy();
    if (kept) {
      return {loaded: fromCopy(kept), failure: null};
    }
    reason = 'HTTP 304, and no cached copy';
  } else {
    reason = result.reason;
  }
  const kept = await copy();
  return {loaded: kept && fromCopy(kept), failure: {location, reason, usedCopyFrom: kept?.fetchedAt ?? null}};
}

function readUrl(address: string, params: ReadParams): Promise<Outcome> {
  return readLocation(address, params.cacheDir, async (copy) => {
    const kept = await copy();
    if (params.offline) {
      return kept ? {kind: 'not-modified'} : {kind: 'failed', reason: 'offline, and no cached copy'};
    }
    return fetchExport(address, {timeout: params.timeout, maxBytes: params.maxBytes, etag: kept?.etag ?? null, lastModified: kept?.lastModified ?? null});
  });
}

function readFile(file: string, params: ReadParams): Promise<Outcome> {
  return readLocation(file, params.cacheDir, async () => {
    const [read, copied] = await Promise.all([readExportFile(file, params.maxBytes), readCachedMeta(params.cacheDir, file)]);
    if (!read.ok) {
      return {kind: 'failed', reason: read.reason};
    }
    return {kind: 'fresh', json: read.json, bytes: read.bytes, etag: null, lastModified: null, file: read.stamp, copyIsCurrent: sameStamp(copied?.file ?? null, read.stamp)};
  });
}

/** The files a glob finds, relative to the site (or absolute), sorted so that every build reads them in one order. */
async function globFiles(pattern: string, siteDir: string): Promise<string[]> {
  // node_modules is skipped: `**/design-docs.json` must not walk every dependency.
  const files = await Globby(pattern, {cwd: siteDir, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**']});
  return files.map((file) => path.normalize(file)).sort();
}

async function readSource(source: FederationSource, index: number, params: ReadParams): Promise<{reading: SourceReading; failures: SourceFailure[]}> {
  const where = source.export;
  let outcomes: Outcome[];
  if (URL_SCHEME.test(where)) {
    outcomes = [await readUrl(where, params)];
  } else if (GLOB_CHARACTERS.test(where)) {
    const files = await globFiles(where, params.siteDir);
    outcomes = files.length === 0
      ? [{loaded: null, failure: {location: where, reason: 'matches no file', usedCopyFrom: null}}]
      : await Promise.all(files.map((file) => readFile(file, params)));
  } else {
    outcomes = [await readFile(path.resolve(params.siteDir, where), params)];
  }
  return {
    reading: {source, index, exports: outcomes.flatMap((outcome) => (outcome.loaded ? [outcome.loaded] : []))},
    failures: outcomes.flatMap((outcome) => (outcome.failure ? [{source, index, ...outcome.failure}] : [])),
  };
}

/**
 * Every source's exports, read in parallel and validated, in option order,
 * with each location that failed (once each; this module logs nothing, the
 * caller reports). Never throws for a source: a failure is a reason.
 */
export async function readFederationSources(params: ReadParams): Promise<FederationReading> {
  const read = await Promise.all(params.sources.map((source, index) => readSource(source, index, params)));
  return {sources: read.map((one) => one.reading), failures: read.flatMap((one) => one.failures)};
}

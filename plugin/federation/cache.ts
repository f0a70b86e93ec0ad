import {createHash, randomBytes} from 'node:crypto';
import {mkdir, open, readFile, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {DesignDocsJson} from '../types/output';

/**
 * The last good copy of each export location (a file, each file of a glob,
 * a URL), under `<generatedFilesDir>/docusaurus-plugin-design-docs/<id>/federation/`,
 * which the caller passes. Only exports that passed validation are written,
 * so a copy is always one the hub could have used.
 */

/**
 * What identifies one state of an export file: any write, rename or
 * `touch` changes one of them (the change time cannot be set back), so a
 * file with the same stamp holds the same bytes as when the copy was made.
 */
export type FileStamp = {ino: number; size: number; mtimeMs: number; ctimeMs: number};

export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  return a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** What the hub knows of a copy: where it came from, when, and what the server said of it. */
export type CacheMeta = {
  location: string;
  /** The server's validators, sent back as If-None-Match / If-Modified-Since; null for a file. */
  etag: string | null;
  lastModified: string | null;
  /** When this content was read (ISO): a 304 keeps the date of the read that brought it. */
  fetchedAt: string;
  /** For a file, its stamp when copied: a later build with the same stamp leaves the copy as it is. */
  file: FileStamp | null;
};

export type CachedExport = CacheMeta & {export: DesignDocsJson};

/**
 * A file name for the location: any URL or path becomes a safe, fixed
 * length name. The location itself is kept inside, and checked on read.
 */
export function cacheFileOf(cacheDir: string, location: string): string {
  return path.join(cacheDir, `${createHash('sha256').update(location).digest('hex').slice(0, 32)}.json`);
}

/**
 * The copy kept for the location, or null when there is none or it cannot
 * be read (a partial copy cannot exist: writes are atomic). The caller
 * validates it again before use, since an older plugin may have written it.
 */
export async function readCached(cacheDir: string, location: string): Promise<CachedExport | null> {
  try {
    const cached = JSON.parse(await readFile(cacheFileOf(cacheDir, location), 'utf8')) as Partial<CachedExport>;
    if (cached.location !== location || typeof cached.fetchedAt !== 'string' || cached.export === undefined) {
      return null;
    }
    return {...metaOf({...cached, location, fetchedAt: cached.fetchedAt}), export: cached.export};
  } catch {
    return null;
  }
}

function metaOf(cached: Partial<CacheMeta> & Pick<CacheMeta, 'location' | 'fetchedAt'>): CacheMeta {
  return {location: cached.location, etag: cached.etag ?? null, lastModified: cached.lastModified ?? null, fetchedAt: cached.fetchedAt, file: isStamp(cached.file) ? cached.file : null};
}

function isStamp(value: unknown): value is FileStamp {
  const stamp = value as Partial<FileStamp> | null | undefined;
  return typeof stamp?.ino === 'number' && typeof stamp.size === 'number' && typeof stamp.mtimeMs === 'number' && typeof stamp.ctimeMs === 'number';
}

/** The end of the meta in a copy: a JSON string cannot hold this unescaped, so its first place is the meta's end. */
const EXPORT_MARKER = ',"export":';
const META_HEAD_BYTES = 16 * 1024;

/**
 * What the hub knows of the location's copy, from the copy's first bytes
 * only (the meta is written before the export): whether a file's copy is
 * current must not cost reading 50 copies whole. Null when there is none,
 * or its meta is not in those bytes.
 */
export async function readCachedMeta(cacheDir: string, location: string): Promise<CacheMeta | null> {
  try {
    const handle = await open(cacheFileOf(cacheDir, location), 'r');
    try {
      const {buffer, bytesRead} = await handle.read({buffer: Buffer.alloc(META_HEAD_BYTES), position: 0});
      const head = buffer.toString('utf8', 0, bytesRead);
      const end = head.indexOf(EXPORT_MARKER);
      if (end < 0) {
        return null;
      }
      const meta = JSON.parse(`${head.slice(0, end)}}`) as Partial<CacheMeta>;
      return meta.location === location && typeof meta.fetchedAt === 'string' ? metaOf({...meta, location, fetchedAt: meta.fetchedAt}) : null;
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/**
 * Keeps a validated export as the location's last good copy: its bytes as
 * read (JSON that just parsed, so it is spliced in as it is, not written
 * out again from the parsed value: a second serialization of 50 sites'
 * exports cost the hub a tenth of its reading, and encoding its text again
 * nearly as much), beside what the hub knows of it. Written to a temporary file in the same folder, then renamed over
 * the old copy, so a build stopped half-way, or two builds at once, never
 * leave a torn file. A reader validates the copy again before using it.
 */
export async function writeCached(cacheDir: string, meta: CacheMeta, exportBytes: Uint8Array): Promise<void> {
  await mkdir(cacheDir, {recursive: true});
  const file = cacheFileOf(cacheDir, meta.location);
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(meta).slice(0, -1)}${EXPORT_MARKER}`), exportBytes, Buffer.from('}')]));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, {force: true});
    throw error;
  }
}

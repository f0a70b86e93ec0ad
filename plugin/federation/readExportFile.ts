import {open} from 'node:fs/promises';
import type {FileStamp} from './cache';
import {decodeExport, parseJsonText, withoutBom} from './jsonText';
import {tooLarge} from './limits';

/** The parsed export, its bytes as read (which the cache keeps as they are), and the stamp of the file read. */
export type FileRead = {ok: true; json: unknown; bytes: Uint8Array; stamp: FileStamp} | {ok: false; reason: string};

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'not readable (permission denied)',
  EISDIR: 'a folder, not a file',
};

/**
 * One export file, read whole only when its size is within the limit (the
 * size is taken from the open file, so a file swapped in between cannot
 * slip past), and parsed. Never throws: every failure is a reason.
 */
export async function readExportFile(file: string, maxBytes: number): Promise<FileRead> {
  try {
    const handle = await open(file, 'r');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) {
        return {ok: false, reason: FILE_ERRORS.EISDIR!};
      }
      if (stats.size > maxBytes) {
        return {ok: false, reason: tooLarge(maxBytes)};
      }
      const bytes = await handle.readFile();
      const parsed = parseJsonText(decodeExport(bytes));
      const stamp = {ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs};
      return parsed.ok ? {ok: true, json: parsed.value, bytes: withoutBom(bytes), stamp} : parsed;
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {ok: false, reason: (code && FILE_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error))};
  }
}

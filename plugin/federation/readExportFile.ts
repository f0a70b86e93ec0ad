import {open} from 'node:fs/promises';
import {decodeExport, parseJsonText} from './jsonText';
import {tooLarge} from './limits';

/** The parsed export, and its text as read, which the cache keeps as it is. */
export type FileRead = {ok: true; json: unknown; text: string} | {ok: false; reason: string};

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
      const text = decodeExport(await handle.readFile());
      const parsed = parseJsonText(text);
      return parsed.ok ? {ok: true, json: parsed.value, text} : parsed;
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {ok: false, reason: (code && FILE_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error))};
  }
}

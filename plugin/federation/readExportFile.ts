import {open} from 'node:fs/promises';
import {decodeExport, parseJsonText} from './jsonText';
import {tooLarge} from './limits';

export type FileRead = {ok: true; json: unknown} | {ok: false; reason: string};

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
      const parsed = parseJsonText(decodeExport(await handle.readFile()));
      return parsed.ok ? {ok: true, json: parsed.value} : parsed;
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {ok: false, reason: (code && FILE_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error))};
  }
}

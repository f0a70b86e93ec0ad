import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Temporary folders for fixture sites and build outputs. Each test file's
 * folders are removed when the file's tests end (see `test/setup/`), so a
 * run leaves nothing in the system's temporary folder; with
 * `DESIGN_DOCS_KEEP_TEST_DIRS=1` they are kept and their paths printed,
 * for looking at a failed build.
 */
const created: string[] = [];

export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `design-docs-${prefix}-`));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  const dirs = created.splice(0);
  if (process.env.DESIGN_DOCS_KEEP_TEST_DIRS) {
    for (const dir of dirs) {
      console.log(`kept ${dir}`);
    }
    return;
  }
  for (const dir of dirs) {
    rmSync(dir, {recursive: true, force: true});
  }
}

import path from 'path';
import type {Problem} from '../types/model';

/**
 * Front matter that YAML cannot read is found while the docs plugin loads
 * content, long before the model exists; the problems wait here, keyed by
 * file, until allContentLoaded reports them with the rest. One store per
 * front-matter hook, so per site: every plugin instance of the site reads
 * the same one, and two sites in one process do not meet.
 */
export class ParseProblems {
  private readonly byFile = new Map<string, Problem>();
  /** Numbered files with a status in a folder no type applies to: ADRs the site does not publish as such. */
  private readonly untypedRecords = new Map<string, string>();

  noteUntypedRecord(filePath: string, isRecord: boolean): void {
    if (isRecord) {
      this.untypedRecords.set(filePath, path.dirname(filePath));
    } else {
      this.untypedRecords.delete(filePath);
    }
  }

  /**
   * One notice per folder that holds several numbered records with a
   * status but gets no type: otherwise a folder such as
   * `architecture-decisions` publishes as plain pages, with no word why.
   */
  untypedFolderNotices(siteDir: string, stillThere: (filePath: string) => boolean): Problem[] {
    const counts = new Map<string, number>();
    for (const [filePath, folder] of this.untypedRecords) {
      if (stillThere(filePath)) {
        counts.set(folder, (counts.get(folder) ?? 0) + 1);
      }
    }
    return [...counts]
      .filter(([, count]) => count >= 2)
      .map(([folder, count]) => {
        const name = path.basename(folder);
        return {
          file: path.relative(siteDir, folder).split(path.sep).join('/'),
          field: 'folderTypes',
          message: `holds ${count} numbered records with a status, but no type applies to the folder, so they are published as plain pages; add {"${name}": "adr"} to the plugin's folderTypes option, or give each record \`type: adr\``,
          severity: 'warning',
        };
      });
  }

  record(siteDir: string, filePath: string, message: string): void {
    const file = path.relative(siteDir, filePath).split(path.sep).join('/');
    this.byFile.set(filePath, {file, field: 'front matter', message, severity: 'error'});
  }

  clear(filePath: string): void {
    this.byFile.delete(filePath);
  }

  /** Problems of files that are still part of the site. */
  for(filePaths: Set<string>): Problem[] {
    return [...this.byFile].filter(([filePath]) => filePaths.has(filePath)).map(([, problem]) => problem);
  }

  /**
   * The model's problems with the parse problems of `filePaths` in front.
   * Front matter YAML could not read has no status either; a "no status"
   * warning for such a file would only repeat the YAML error, so it goes.
   */
  mergeInto(problems: Problem[], filePaths: Set<string>): Problem[] {
    const parseProblems = this.for(filePaths);
    const unreadable = new Set(parseProblems.map((problem) => problem.file));
    return [...parseProblems, ...problems.filter((problem) => !(unreadable.has(problem.file) && problem.field === 'status'))];
  }
}

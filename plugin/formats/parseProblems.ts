import path from 'path';
import type {Problem} from '../types';

/**
 * Front matter that YAML cannot read is found while the docs plugin loads
 * content, long before the model exists; the problems wait here, keyed by
 * file, until allContentLoaded reports them with the rest. One store per
 * front-matter hook, so per site: every plugin instance of the site reads
 * the same one, and two sites in one process do not meet.
 */
export class ParseProblems {
  private readonly byFile = new Map<string, Problem>();

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

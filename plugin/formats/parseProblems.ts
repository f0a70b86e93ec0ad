import path from 'path';
import type {Problem} from '../types';

/**
 * Front matter that YAML cannot read is found while the docs plugin loads
 * content, long before the model exists; the problems wait here, keyed by
 * file, until allContentLoaded reports them with the rest.
 */
const KEY = Symbol.for('docusaurus-plugin-design-docs.parse-problems');

function store(): Map<string, Problem> {
  const registry = globalThis as {[KEY]?: Map<string, Problem>};
  registry[KEY] ??= new Map();
  return registry[KEY];
}

export function recordParseProblem(siteDir: string, filePath: string, message: string): void {
  const file = path.relative(siteDir, filePath).split(path.sep).join('/');
  store().set(filePath, {file, field: 'front matter', message, severity: 'error'});
}

export function clearParseProblem(filePath: string): void {
  store().delete(filePath);
}

/** Problems of files that are still part of the site. */
export function parseProblemsFor(filePaths: Set<string>): Problem[] {
  return [...store()].filter(([filePath]) => filePaths.has(filePath)).map(([, problem]) => problem);
}

/**
 * The model's problems with the parse problems of `filePaths` in front.
 * Front matter YAML could not read has no status either; a "no status"
 * warning for such a file would only repeat the YAML error, so it goes.
 */
export function withParseProblems(problems: Problem[], filePaths: Set<string>): Problem[] {
  const parseProblems = parseProblemsFor(filePaths);
  const unreadable = new Set(parseProblems.map((problem) => problem.file));
  return [...parseProblems, ...problems.filter((problem) => !(unreadable.has(problem.file) && problem.field === 'status'))];
}

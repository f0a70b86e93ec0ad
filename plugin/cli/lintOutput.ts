import fs from 'fs';
import path from 'path';
import type {Problem} from '../types/model';
import {locateField} from './locateField';

/**
 * `design-docs:lint --format json`: every problem with its file, line
 * (looked up in the file for front-matter fields) and field, sorted by
 * file, then line, so a diff of two runs is a diff of problems.
 */
export function problemsAsJson(found: Problem[], siteDir: string) {
  const problems = found.map((problem) => {
    // Problems read from the body know their line; front-matter ones are looked up.
    let line: number | null = problem.line ?? null;
    if (line === null) {
      try {
        line = locateField(fs.readFileSync(path.join(siteDir, problem.file), 'utf8'), problem.field);
      } catch {
        // A file that cannot be read has no line to point at.
      }
    }
    return {
      file: problem.file,
      line,
      ...(problem.column !== undefined && {column: problem.column}),
      field: problem.field,
      message: problem.message,
      severity: problem.severity,
    };
  });
  // By file, then line (problems without one last), so a diff of two runs is a diff of problems.
  problems.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  return problems;
}

import logger from '@docusaurus/logger';
import type {OnInvalidDesignDoc} from '../types/options';
import type {Problem} from '../types/model';
import {isApprovalGateProblem} from './approvalGate';

export function groupProblemsByFile(problems: Problem[]): Map<string, Problem[]> {
  const byFile = new Map<string, Problem[]>();
  for (const problem of [...problems].sort((a, b) => a.file.localeCompare(b.file))) {
    const list = byFile.get(problem.file);
    if (list) {
      list.push(problem);
    } else {
      byFile.set(problem.file, [problem]);
    }
  }
  return byFile;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Every problem at once, grouped by file, in Docusaurus' logging colours. */
export function formatProblems(problems: Problem[]): string {
  const byFile = groupProblemsByFile(problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const counts = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')]
    .filter(Boolean)
    .join(' and ');
  const lines = [`Design docs: ${counts} in ${plural(byFile.size, 'file')}.`];
  for (const [file, fileProblems] of byFile) {
    lines.push(`- ${logger.path(file)}`);
    for (const problem of fileProblems) {
      const severity = problem.severity === 'error' ? logger.red('error') : logger.yellow('warning');
      const where = problem.line === undefined ? '' : ` (line ${problem.line}${problem.column === undefined ? '' : `, column ${problem.column}`})`;
      lines.push(`    ${severity} ${logger.name(problem.field)}${where}: ${problem.message}`);
    }
  }
  return lines.join('\n');
}

export class InvalidDesignDocsError extends Error {
  declare readonly problems: Problem[];

  constructor(problems: Problem[]) {
    // The gate's errors have a switch of their own: naming it spares the
    // author from turning every other check into a warning.
    const gate = problems.some((p) => p.severity === 'error' && isApprovalGateProblem(p))
      ? `\nThe approval gate's errors (approved docs with unticked checklist items or unresolved critical feedback) become warnings with the plugin option ${logger.code('approvalGate')} set to "warn".`
      : '';
    super(
      `${formatProblems(problems)}\nFix these, or set the plugin option ${logger.code(
        'onInvalidDesignDoc',
      )} to "warn" to publish anyway.${gate}`,
    );
    this.name = 'InvalidDesignDocsError';
    // Docusaurus prints errors with their own properties and stack; the
    // report above already says everything, so keep both out of the way.
    Object.defineProperty(this, 'problems', {value: problems, enumerable: false});
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * Applies `onInvalidDesignDoc` like Docusaurus applies `onBrokenLinks`:
 * "throw" fails on errors (warnings are still printed), "warn" prints
 * everything, "ignore" prints nothing.
 */
export function reportProblems(problems: Problem[], mode: OnInvalidDesignDoc): void {
  if (mode === 'ignore' || problems.length === 0) {
    return;
  }
  if (mode === 'throw' && problems.some((p) => p.severity === 'error')) {
    throw new InvalidDesignDocsError(problems);
  }
  logger.warn(formatProblems(problems));
}

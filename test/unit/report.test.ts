import {describe, expect, it, vi} from 'vitest';
import logger from '@docusaurus/logger';
import {formatProblems, reportProblems} from '../../plugin/validate/report';
import type {Problem} from '../../plugin/types/model';

const problems: Problem[] = [
  {file: 'docs/b.md', field: 'status', message: 'unknown status "x"', severity: 'error'},
  {file: 'docs/a.md', field: 'risks[0].impact', message: 'is not on the scale', severity: 'error'},
  {file: 'docs/b.md', field: 'date', message: 'is not a date', severity: 'warning'},
];

// Colours make the text hard to compare; strip them.
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('problem report', () => {
  it('lists every problem, grouped by file, with the field of each', () => {
    expect(plain(formatProblems(problems)).split('\n')).toEqual([
      'Design docs: 2 errors and 1 warning in 2 files.',
      '- "docs/a.md"',
      '    error risks[0].impact: is not on the scale',
      '- "docs/b.md"',
      '    error status: unknown status "x"',
      '    warning date: is not a date',
    ]);
  });

  it('throws in throw mode with all problems in the message', () => {
    expect(() => reportProblems(problems, 'throw')).toThrow(/docs\/a\.md[\s\S]*docs\/b\.md[\s\S]*onInvalidDesignDoc/);
  });

  it('only warns in throw mode when there are only warnings, and in warn mode', () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    expect(() => reportProblems([problems[2]!], 'throw')).not.toThrow();
    reportProblems(problems, 'warn');
    reportProblems(problems, 'ignore');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(plain(String(warn.mock.calls[1]![0]))).toContain('error status: unknown status "x"');
    warn.mockRestore();
  });
});

import {describe, expect, it, vi} from 'vitest';
import logger from '@docusaurus/logger';
import {formatProblems, reportProblems} from '../../plugin/validate/report';
import type {Problem} from '../../plugin/types/model';
import {modelOf} from '../helpers/markdown';

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

  it('says how to relax the approval gate when its errors are among the problems, and only then', async () => {
    const approved = `---\ntype: adr\nstatus: accepted\nchecklist: ["[ ] Rollback tested"]\n---\n\n# X\n`;
    const {problems: gate} = await modelOf({'docs/adr/0001-x.md': approved}, {approvalGate: 'error'});
    const message = (list: Problem[]) => {
      try {
        reportProblems(list, 'throw');
      } catch (error) {
        return plain((error as Error).message);
      }
      throw new Error('did not throw');
    };
    expect(message(gate)).toContain('error checklist[0]: Accepted, but the validation checklist item "Rollback tested" is not ticked');
    expect(message(gate)).toMatch(/`onInvalidDesignDoc` to "warn" to publish anyway\.\nThe approval gate's errors .* become warnings with the plugin option `approvalGate` set to "warn"\.$/);
    expect(message(problems)).not.toContain('approvalGate');
    // A warning from the gate beside another error: the other error is what fails, so no gate hint.
    const {problems: warned} = await modelOf({'docs/adr/0001-x.md': approved});
    expect(message([...warned, problems[0]!])).not.toContain('approvalGate');
  });
});

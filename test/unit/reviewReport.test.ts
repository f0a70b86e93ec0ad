import {describe, expect, it} from 'vitest';
import {recordOf} from '../helpers/markdown';
import {vocabulary} from '../helpers/model';
import {docReviewOf, docReviewText, queueText} from '../../plugin/cli/reviewReport';

describe('design-docs:review text', () => {
  it('reports a doc out of review without days, and says "none" for what it does not have', async () => {
    const source = '---\ntype: adr\nstatus: accepted\ndate: 2026-01-05\n---\n\n# Use X\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n';
    const {record} = await recordOf('docs/adr/0001-use-x.md', source);
    const review = docReviewOf(record, vocabulary, '2026-03-01', source);
    expect(review).toMatchObject({inReview: false, since: null, daysInReview: null, ready: true, blockers: []});
    expect(docReviewText(review, 'Accepted').split('\n')).toEqual([
      'ADR-0001 "Use X" (docs/adr/0001-use-x.md)',
      'Status: Accepted',
      'Reviewers: none named',
      'Readiness: ready',
      'Checklist: none',
      'Open feedback: none',
      'Missing sections: none',
      'Findings: none',
    ]);
  });

  it('counts the days in review from the status date, and says when no date gives them', async () => {
    const source = (extra: string) => `---\ntype: adr\nstatus: proposed\nreviewers: [Mei Chen]\n${extra}---\n\n# Use X\n`;
    const dated = await recordOf('docs/adr/0001-use-x.md', source('status-date: 2026-02-20\n'));
    expect(docReviewText(docReviewOf(dated.record, vocabulary, '2026-03-01', null), 'Proposed').split('\n')[1]).toBe('Status: Proposed, 9 days (since 2026-02-20)');
    const undated = await recordOf('docs/adr/0001-use-x.md', source(''));
    const review = docReviewOf(undated.record, vocabulary, '2026-03-01', null);
    expect(review).toMatchObject({inReview: true, since: null, daysInReview: null});
    expect(docReviewText(review, 'Proposed').split('\n')[1]).toBe('Status: Proposed (no date says since when)');
  });

  it('says so when the queue is empty', () => {
    expect(queueText([], undefined, [])).toBe('No design doc is in review.');
    expect(queueText([], 'Mei Chen', [])).toBe('No design doc in review names "Mei Chen" as a reviewer.');
  });
});

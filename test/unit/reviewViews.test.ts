import {describe, expect, it} from 'vitest';
import {getDefaultOptions} from '../../plugin/options';
import type {PortalContext} from '../../plugin/views/portal/context';
import {buildDesignDocPageData} from '../../plugin/views/docPage';
import {buildDashboardProps} from '../../plugin/views/portal/dashboard';
import {buildEmbedData} from '../../plugin/views/portal/embeds';
import type {ReviewQueueProps, ReviewReadinessProps} from '../../plugin/types/props';
import {modelOf} from '../helpers/markdown';
import {vocabulary} from '../helpers/model';

const TODAY = '2026-12-02';

/** A design doc in the seed template's Markdown, in review since `date`. */
function designDoc({title, date, reviewers, checklist = '- [x] Risks identified', feedback = '', sections = true}: {title: string; date: string; reviewers: string; checklist?: string; feedback?: string; sections?: boolean}): string {
  const body = sections
    ? ['Executive Summary', 'Functional Requirements', 'Non-Functional Requirements', 'Architecture', 'Data Design', 'API Design', 'Security', 'Observability', 'Trade-offs', 'Risks', 'Open Questions', 'Revision History']
        .map((name) => `## ${name}\n\nWritten.\n`)
        .join('\n')
    : '## Executive Summary\n\nShort.\n';
  return `# System Design Document: ${title}\n\n**Status**: Review\n**Date**: ${date}\n**Reviewers**: ${reviewers}\n\n${body}\n## Validation Checklist\n\n${checklist}\n${feedback ? `\n## Review Feedback\n\n${feedback}\n` : ''}`;
}

const FILES = {
  'docs/design/ledger.md': designDoc({title: 'Ledger', date: '2026-11-20', reviewers: 'Principal Engineer Mei Chen, Sam Lee'}),
  'docs/design/search.md': designDoc({title: 'Search', date: '2026-11-01', reviewers: 'Mei Chen', checklist: '- [x] Risks identified\n- [ ] Security design complete'}),
  'docs/design/payments.md': designDoc({
    title: 'Payments',
    date: '2026-11-25',
    reviewers: 'Jo Park',
    feedback: '- [ ] 🔴 **Critical** (Jo Park): Retries are unbounded.\n- [x] 🟡 Important — Jo Park: Add p99 targets.\n  - Resolution: Added.\n- 💬 Question (Jo Park): Who owns the runbook?',
  }),
  'docs/design/notes.md': designDoc({title: 'Notes', date: '2026-11-10', reviewers: 'Sam Lee', sections: false}),
  'docs/design/old.md': '---\ntype: design-doc\nstatus: obsolete\nchecklist: ["[ ] Never done"]\n---\n\n# Old\n',
  'docs/design/done.md': designDoc({title: 'Done', date: '2026-10-01', reviewers: 'Sam Lee'}).replace('**Status**: Review', '**Status**: Approved'),
};

async function portal(): Promise<PortalContext> {
  return {model: await modelOf(FILES), vocabulary, options: getDefaultOptions(), today: TODAY};
}

describe('the review queue of the dashboard and ::review-queue', () => {
  it('lists every doc in review, ready first, then by fewest blockers and longest wait, with its cells', async () => {
    const dashboard = buildDashboardProps(await portal());
    expect(dashboard.reviewQueue.map((e) => [e.doc.title, e.daysInReview, e.ready, e.blockers.join('+'), `${e.checklist.done}/${e.checklist.total}`])).toEqual([
      ['Ledger', 12, true, '', '1/1'],
      ['Search', 31, false, 'checklist', '1/2'],
      ['Notes', 22, false, 'sections', '1/1'],
      ['Payments', 7, false, 'critical-feedback', '1/1'],
    ]);
    expect(dashboard.reviewQueue[3]!.openFeedback).toEqual({critical: 1, important: 0, 'nice-to-have': 0, question: 1});
  });

  it('offers each reviewer once, by the shortest name, and keeps the docs that name them at length', async () => {
    const {reviewers, reviewQueue} = buildDashboardProps(await portal());
    expect(reviewers).toEqual([
      {name: 'Jo Park', entries: [3]},
      {name: 'Mei Chen', entries: [0, 1]},
      {name: 'Sam Lee', entries: [0, 2]},
    ]);
    expect(reviewers[1]!.entries.map((i) => reviewQueue[i]!.reviewers)).toEqual([['Principal Engineer Mei Chen', 'Sam Lee'], ['Mei Chen']]);
  });

  it('narrows the embed to one reviewer, type or number of docs, as its attributes say', async () => {
    const context = await portal();
    const titles = (attributes: Record<string, string>) => (buildEmbedData('review-queue', attributes, context, null) as ReviewQueueProps).entries.map((e) => e.doc.title);
    expect(titles({reviewer: 'Mei Chen'})).toEqual(['Ledger', 'Search']);
    expect(titles({reviewer: 'mei'})).toEqual(['Ledger', 'Search']);
    expect(titles({type: 'adr'})).toEqual([]);
    expect(titles({limit: '2'})).toEqual(['Ledger', 'Search']);
    const mei = buildEmbedData('review-queue', {reviewer: 'Mei Chen'}, context, null) as ReviewQueueProps;
    expect(mei.reviewers.map((r) => r.name)).toEqual(['Mei Chen', 'Sam Lee']);
  });
});

describe('review data on a doc\'s page', () => {
  it('gives a doc in review its readiness with every checklist and feedback item, resolved or not', async () => {
    const m = await modelOf(FILES);
    const payments = buildDesignDocPageData(m.docs.find((d) => d.title === 'Payments')!, m, vocabulary).review!;
    expect(payments).toMatchObject({inReview: true, approved: false, readiness: {ready: false, blockers: ['critical-feedback']}});
    expect(payments.feedback.map((f) => [f.category, f.resolved, f.resolution])).toEqual([
      ['critical', false, null],
      ['important', true, 'Added.'],
      ['question', false, null],
    ]);
    const search = buildDesignDocPageData(m.docs.find((d) => d.title === 'Search')!, m, vocabulary).review!;
    expect(search.checklist).toEqual([{text: 'Risks identified', done: true}, {text: 'Security design complete', done: false}]);
    const notes = buildDesignDocPageData(m.docs.find((d) => d.title === 'Notes')!, m, vocabulary).review!;
    expect(notes.readiness.sections.missing).toContain('Observability');
  });

  it('gives none to a doc no longer in force, to an approved doc with nothing open, or to a doc with nothing to review', async () => {
    const m = await modelOf({
      ...FILES,
      'docs/notes/plain.md': '---\ntype: note-type\nstatus: open\n---\n\n# Plain\n',
      // Accepted long ago without a Consequences section: the gate lets it through, so its page is not asked to review it again.
      'docs/adr/0007-old-habit.md': '---\ntype: adr\nstatus: accepted\n---\n\n# Old habit\n\n## Context\n\nA.\n\n## Decision\n\nB.\n',
      'docs/adr/0008-hasty.md': '---\ntype: adr\nstatus: accepted\nchecklist: ["[ ] Rollback tested"]\n---\n\n# Hasty\n\n## Context\n\nA.\n',
    });
    const review = (title: string) => buildDesignDocPageData(m.docs.find((d) => d.title === title)!, m, vocabulary).review;
    expect(review('Old')).toBeNull();
    expect(review('Done')).toBeNull();
    expect(review('Plain')).toBeNull();
    expect(review('Old habit')).toBeNull();
    // Approved while the gate holds it: the page says what is still open.
    expect(review('Hasty')).toMatchObject({approved: true, readiness: {checklist: {open: ['Rollback tested']}, sections: {missing: ['Decision', 'Consequences']}}});
  });
});

describe('<ReviewReadiness />', () => {
  it('shows the doc it sits in, or the one it names by reference, and says when there is none', async () => {
    const context = await portal();
    const key = context.model.docs.find((d) => d.title === 'Search')!.key;
    const own = buildEmbedData('review-readiness', {}, context, key) as ReviewReadinessProps;
    expect(own).toMatchObject({doc: {title: 'Search'}, onOwnPage: true, requested: null, review: {readiness: {blockers: ['checklist']}}});
    const named = buildEmbedData('review-readiness', {doc: 'design/payments'}, context, key) as ReviewReadinessProps;
    expect(named).toMatchObject({doc: {title: 'Payments'}, onOwnPage: false});
    expect(buildEmbedData('review-readiness', {doc: 'DD-0042'}, context, null)).toEqual({doc: null, review: null, requested: 'DD-0042', onOwnPage: false});
    expect(buildEmbedData('review-readiness', {}, context, null)).toEqual({doc: null, review: null, requested: null, onOwnPage: false});
  });
});

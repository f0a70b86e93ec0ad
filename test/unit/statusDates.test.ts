import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fillStatusDatesFromGit} from '../../plugin/git/statusDates';
import {statusLineOf} from '../../plugin/git/statusLine';
import {modelOf} from '../helpers/markdown';
import {vocabulary} from '../helpers/model';
import {makeTempDir} from '../helpers/tempDirs';

/** A git repository in a temporary folder whose commits carry the dates given, as a real history would. */
function repository(name: string) {
  const dir = path.join(makeTempDir(name), 'repo');
  mkdirSync(dir, {recursive: true});
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, {cwd: dir, encoding: 'utf8', env: {...process.env, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.com', ...env}});
  run(['init', '--quiet', '--initial-branch=main']);
  return {
    dir,
    run,
    write(file: string, text: string) {
      mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
      writeFileSync(path.join(dir, file), text);
    },
    edit(file: string, from: string, to: string) {
      const full = path.join(dir, file);
      writeFileSync(full, readFileSync(full, 'utf8').replace(from, to));
    },
    /** Commits everything; the author date is a day earlier, so a test can tell which one is read. */
    commit(message: string, day: string) {
      run(['add', '--all']);
      run(['commit', '--quiet', '-m', message], {GIT_COMMITTER_DATE: `${day}T12:00:00Z`, GIT_AUTHOR_DATE: '2020-01-01T12:00:00Z'});
    },
  };
}

/** The model of the repository's files, as the build reads them, with its status dates filled from git. */
async function statusDates(dir: string, files: string[], limits = {}) {
  const model = await modelOf(Object.fromEntries(files.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')])));
  const dated = await fillStatusDatesFromGit(model.docs, vocabulary, dir, limits);
  return {dated, dates: Object.fromEntries(model.docs.map((doc) => [doc.file, doc.statusDate]))};
}

const frontMatterDoc = (status: string) => `---\ntype: design-doc\nstatus: ${status}\nreviewers: [Mei Chen]\n---\n\n# Payments\n\nText.\n`;
const templateDoc = (status: string) => `# System Design Document: Checkout\n\n**Author**: Priya Raman\n**Status**: ${status}\n**Reviewers**: Mei Chen\n\n## 1. Executive Summary\n\nCheckout.\n`;

describe('the status line of a record', () => {
  it('is the front matter status key, else the body header line, else the line under a Status heading', () => {
    expect(statusLineOf(frontMatterDoc('review'))).toBe('status: review');
    expect(statusLineOf('\uFEFF---\r\nid: x\r\nStatus: "In review"\r\nrisks:\r\n  - status: open\r\n---\r\n# X\r\n')).toBe('Status: "In review"');
    expect(statusLineOf(templateDoc('Review'))).toBe('**Status**: Review');
    expect(statusLineOf('# X\n\n* Status: proposed\n* Date: 2018-02-12\n')).toBe('* Status: proposed');
    expect(statusLineOf('# X\n\n| Field | Value |\n|---|---|\n| **Status** | Review |\n')).toBe('| **Status** | Review |');
    expect(statusLineOf('# 2. Use Postgres\n\nDate: 2017-03-01\n\n## Status\n\nProposed\n\n## Context\n')).toBe('Proposed');
  });

  it('skips a risk\'s status in front matter and a status line in a code block; a record without one has none', () => {
    expect(statusLineOf('---\ntype: adr\nrisks:\n  - status: open\n---\n\n# X\n\n```md\n**Status**: Review\n```\n')).toBeNull();
    expect(statusLineOf('# X\n\nSome text.\n')).toBeNull();
  });
});

describe('status dates from git history', () => {
  it('dates a doc in review by the commit that set its status line, not by later edits or the author date', async () => {
    const repo = repository('status-dates');
    repo.write('docs/design/payments.md', frontMatterDoc('draft'));
    repo.write('docs/design/checkout.md', templateDoc('Draft'));
    repo.commit('Drafts', '2026-10-01');
    repo.edit('docs/design/payments.md', 'status: draft', 'status: review');
    repo.commit('Payments to review', '2026-11-03');
    repo.edit('docs/design/checkout.md', '**Status**: Draft', '**Status**: Review');
    repo.commit('Checkout to review', '2026-11-10');
    repo.edit('docs/design/payments.md', 'Text.', 'Text, revised.');
    repo.edit('docs/design/checkout.md', 'Checkout.\n', 'Checkout, revised.\n');
    repo.commit('Edits during review', '2026-11-20');
    const {dated, dates} = await statusDates(repo.dir, ['docs/design/payments.md', 'docs/design/checkout.md']);
    expect(dates).toEqual({'docs/design/payments.md': '2026-11-03', 'docs/design/checkout.md': '2026-11-10'});
    expect(dated).toBe(2);
  });

  it('follows a renamed file, and takes the last time the status was set when it went back to review', async () => {
    const repo = repository('status-dates-history');
    repo.write('docs/design/ledger.md', frontMatterDoc('review'));
    repo.commit('Ledger in review', '2026-09-01');
    repo.edit('docs/design/ledger.md', 'status: review', 'status: approved');
    repo.commit('Approved', '2026-09-15');
    repo.edit('docs/design/ledger.md', 'status: approved', 'status: review');
    repo.commit('Back to review', '2026-10-02');
    mkdirSync(path.join(repo.dir, 'docs/design/2026'), {recursive: true});
    renameSync(path.join(repo.dir, 'docs/design/ledger.md'), path.join(repo.dir, 'docs/design/2026/ledger.md'));
    repo.commit('Move into a year folder', '2026-10-20');
    const {dates} = await statusDates(repo.dir, ['docs/design/2026/ledger.md']);
    expect(dates).toEqual({'docs/design/2026/ledger.md': '2026-10-02'});
  });

  it('leaves the front matter\'s status-date, docs not in review, and a status not committed yet alone', async () => {
    const repo = repository('status-dates-kept');
    repo.write('docs/design/given.md', frontMatterDoc('review').replace('reviewers:', 'status-date: 2026-08-08\nreviewers:'));
    repo.write('docs/design/draft.md', frontMatterDoc('draft'));
    repo.write('docs/design/uncommitted.md', frontMatterDoc('draft'));
    repo.commit('Docs', '2026-10-01');
    repo.edit('docs/design/uncommitted.md', 'status: draft', 'status: review');
    const {dated, dates} = await statusDates(repo.dir, ['docs/design/given.md', 'docs/design/draft.md', 'docs/design/uncommitted.md']);
    expect(dates).toEqual({'docs/design/given.md': '2026-08-08', 'docs/design/draft.md': null, 'docs/design/uncommitted.md': null});
    expect(dated).toBe(0);
  });

  it('says nothing in a shallow clone, whose oldest commit seems to add every line, nor outside a repository', async () => {
    const repo = repository('status-dates-shallow');
    repo.write('docs/design/payments.md', frontMatterDoc('review'));
    repo.commit('In review', '2026-10-01');
    repo.edit('docs/design/payments.md', 'Text.', 'Text, revised.');
    repo.commit('Edit', '2026-11-01');
    const clone = path.join(path.dirname(repo.dir), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone]);
    expect((await statusDates(clone, ['docs/design/payments.md'])).dates).toEqual({'docs/design/payments.md': null});
    // The full history dates it, so the clone's null is the shallow history's.
    expect((await statusDates(repo.dir, ['docs/design/payments.md'])).dates).toEqual({'docs/design/payments.md': '2026-10-01'});

    const outside = path.join(makeTempDir('status-dates-outside'), 'site');
    mkdirSync(path.join(outside, 'docs/design'), {recursive: true});
    writeFileSync(path.join(outside, 'docs/design/payments.md'), frontMatterDoc('review'));
    expect((await statusDates(outside, ['docs/design/payments.md'])).dates).toEqual({'docs/design/payments.md': null});
  });

  it('looks up at most `limit` docs', async () => {
    const repo = repository('status-dates-limit');
    const files = ['a', 'b', 'c'].map((name) => `docs/design/${name}.md`);
    files.forEach((file) => repo.write(file, frontMatterDoc('review')));
    repo.commit('Three in review', '2026-10-01');
    const {dated, dates} = await statusDates(repo.dir, files, {limit: 2});
    expect(dated).toBe(2);
    expect(Object.values(dates).filter((date) => date === '2026-10-01')).toHaveLength(2);
  });
});

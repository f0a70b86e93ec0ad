import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {scaledTimeout} from '../helpers/timeouts';
import {buildSite, readPage, repoRoot, text} from '../helpers/docusaurus';

const siteDir = path.join(repoRoot, 'test/__fixtures__/invalid-site');

/** Each invalid doc, the field it gets wrong, and its page. */
const expected = [
  {file: 'docs/adr/0001-unknown-status.md', field: 'status', message: '1 record uses "acepted", which is not a status of type adr', route: '/adr/unknown-status'},
  {file: 'docs/adr/0002-bad-date.md', field: 'date', message: '"2026-13-45" is not a date that exists', route: '/adr/bad-date'},
  {file: 'docs/adr/0002-bad-date.md', field: 'review-by', message: '"next tuesday" is not a date', route: '/adr/bad-date'},
  {file: 'docs/adr/0003-missing-target.md', field: 'supersedes', message: '"ADR-0099" does not match any design doc', route: '/adr/missing-target'},
  {file: 'docs/adr/0004-cycle-a.md', field: 'supersedes', message: 'supersede cycle: ADR-0004 -> ADR-0005 -> ADR-0004', route: '/adr/cycle-a'},
  {file: 'docs/adr/0005-cycle-b.md', field: 'supersedes', message: 'supersede cycle', route: '/adr/cycle-b'},
  {file: 'docs/adr/0006-duplicate-one.md', field: 'number', message: 'ADR-0006 is also used by docs/adr/0006-duplicate-two.md', route: '/adr/duplicate-one'},
  {file: 'docs/adr/0006-duplicate-two.md', field: 'number', message: 'ADR-0006 is also used by docs/adr/0006-duplicate-one.md', route: '/adr/duplicate-two'},
  {file: 'docs/design/risky.md', field: 'deciders', message: 'expected a name or a list of names', route: '/design/risky'},
  {file: 'docs/design/risky.md', field: 'risks[0].likelihood', message: '"sometimes" is not on the scale', route: '/design/risky'},
  {file: 'docs/design/risky.md', field: 'risks[0].impact', message: 'number 9 is not on the scale', route: '/design/risky'},
  {file: 'docs/design/risky.md', field: 'requirements', message: 'expected a list', route: '/design/risky'},
  {file: 'docs/misc/memo.md', field: 'type', message: 'unknown type "memo"', route: '/misc/memo'},
  {file: 'docs/adr/0007-broken-yaml.md', field: 'front matter', message: 'is not valid YAML', route: '/adr/broken-yaml'},
];

/** The lines of the report that belong to one file's section. */
function sectionOf(output: string, file: string): string {
  const start = output.indexOf(`- "${file}"`);
  expect(start, `report has a section for ${file}`).toBeGreaterThanOrEqual(0);
  const next = output.indexOf('\n- "', start + 1);
  return output.slice(start, next === -1 ? undefined : next);
}

describe('invalid design docs', () => {
  it('in warn mode: the site builds, every problem is reported once by file and field, and every doc is published', async () => {
    const build = await buildSite(siteDir, {DESIGN_DOCS_ON_INVALID: 'warn'});
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('[WARNING] Design docs: 14 errors in 10 files.');
    for (const problem of expected) {
      const section = sectionOf(build.output, problem.file);
      expect(section).toContain(`error ${problem.field}: ${problem.message}`);
    }
    expect(build.output.match(/uses "acepted"/g)).toHaveLength(1);

    for (const route of new Set(expected.map((p) => p.route))) {
      const $ = readPage(build.outDir, route);
      expect($('.design-doc-header'), route).toHaveLength(1);
    }
    // The unknown status is still shown, as written.
    expect(text(readPage(build.outDir, '/adr/unknown-status')('.design-doc-header .design-doc-status-badge'))).toBe('acepted');
    expect(text(readPage(build.outDir, '/misc/memo')('.design-doc-header'))).toContain('Unknown document type "memo".');

    // design-docs.json carries the same problems, for CI annotations.
    const json = JSON.parse(readFileSync(path.join(build.outDir, 'design-docs.json'), 'utf8'));
    expect(json.docs).toHaveLength(10);
    expect(json.problems.filter((p: {severity: string}) => p.severity === 'error')).toHaveLength(14);
    expect(json.problems).toContainEqual({file: 'docs/adr/0001-unknown-status.md', field: 'status', severity: 'error', message: expect.stringContaining('acepted')});
  }, scaledTimeout(300_000));

  it('in throw mode (the default): the build fails and names every file and field at once', async () => {
    const build = await buildSite(siteDir);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('Design docs: 14 errors in 10 files.');
    expect(sectionOf(build.output, 'docs/adr/0001-unknown-status.md')).toContain(
      'error status: 1 record uses "acepted", which is not a status of type adr (proposed, accepted, rejected, deprecated, superseded); add it to a status\'s `aliases` or fix the record',
    );
    for (const problem of expected) {
      expect(sectionOf(build.output, problem.file)).toContain(`${problem.field}: ${problem.message}`);
    }
    expect(build.output).toContain('onInvalidDesignDoc');
  }, scaledTimeout(300_000));
});

import {describe, expect, it} from 'vitest';
import {nextNumber, planNewRecord, slugify} from '../../plugin/cli/planNewRecord';
import {loadedDoc, model} from '../helpers/model';

const adrs = (...inputs: Parameters<typeof loadedDoc>[]) => model(...inputs.map((input) => loadedDoc(...input))).docs;
const inAdr = {type: 'adr', pluginId: 'default', versionName: 'current', folder: 'docs/adr'};

describe('design-docs:new numbering', () => {
  it('numbers after the highest record, padded like the folder\'s records', () => {
    const records = adrs(['docs/adr/001-a.md', {type: 'adr'}], ['docs/adr/007-b.md', {type: 'adr'}]);
    expect(nextNumber(records, inAdr)).toEqual({number: 8, width: 3});
    const plan = planNewRecord({siteDir: '/site', folder: 'docs/adr', number: 8, width: 3, type: 'adr', prefix: 'ADR', title: 'Ünïcode & "quotes"!', status: 'proposed', today: '2026-11-25', supersedes: null});
    expect(plan).toMatchObject({file: 'docs/adr/008-unicode-quotes.md', reference: 'ADR-0008'});
    expect(plan.content).toContain('title: "Ünïcode & \\"quotes\\"!"');
  });

  it('counts front-matter numbers and file names alike, of records of the same type and docs version only', () => {
    const records = adrs(
      ['docs/adr/0002-a.md', {type: 'adr'}],
      ['docs/adr/use-gradle.md', {type: 'adr', number: 7}],
      // A file named 0003 that says it is number 1 still holds 3 in the folder's order.
      ['docs/adr/0003-b.md', {type: 'adr', number: 1}],
      ['docs/rfc/0040-c.md', {type: 'rfc'}],
      ['docs/adr/0050-d.md', {type: 'adr'}, {pluginId: 'platform'}],
      ['docs/adr/0060-e.md', {type: 'adr'}, {versionName: '1.0'}],
    );
    expect(nextNumber(records, inAdr)).toEqual({number: 8, width: 4});
    expect(nextNumber([], inAdr)).toEqual({number: 1, width: 4});
  });

  it('slugs titles to safe file names', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('!!!')).toBe('record');
  });
});

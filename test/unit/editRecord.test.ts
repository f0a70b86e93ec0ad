import {describe, expect, it} from 'vitest';
import {setRecordStatus} from '../../plugin/cli/editRecord';
import {locateField} from '../../plugin/cli/locateField';
import {planNewRecord, slugify} from '../../plugin/cli/planNewRecord';
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('setRecordStatus', () => {
  it('keeps CRLF line endings and every other byte of a front-matter record', () => {
    const source = '---\r\ntype: adr\r\nstatus: accepted # keep?\r\ntags: [a]\r\n---\r\n\r\nBody with status: accepted\r\n';
    const {source: edited, format} = setRecordStatus(source, {status: 'superseded', supersededBy: {reference: 'ADR-0009', title: 'X', number: 9, fileName: '0009-x.md'}});
    expect(format).toBe('front-matter');
    expect(edited).toBe('---\r\ntype: adr\r\nstatus: superseded\r\nsuperseded-by: ADR-0009\r\ntags: [a]\r\n---\r\n\r\nBody with status: accepted\r\n');
  });

  it('adds front matter to a record that has no status anywhere, leaving the body as it was', () => {
    expect(setRecordStatus('# Title\n\nText.\n', {status: 'accepted'})).toEqual({source: '---\nstatus: accepted\n---\n\n# Title\n\nText.\n', format: 'inserted-front-matter'});
  });
});

describe('locateField', () => {
  it('finds top-level and nested fields for CI annotations', () => {
    const source = '---\ntype: adr\nstatus: x\nrisks:\n  - title: a\n    likelihood: high\n  - title: b\n    impact: huge\n---\n';
    expect(locateField(source, 'status')).toBe(3);
    expect(locateField(source, 'risks[1].impact')).toBe(8);
    expect(locateField(source, 'risks[0].likelihood')).toBe(6);
    expect(locateField(source, 'missing')).toBeNull();
    expect(locateField('# no front matter', 'status')).toBeNull();
  });
});

describe('planNewRecord', () => {
  it('numbers after the highest neighbour, padded like them', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'design-docs-plan-'));
    for (const name of ['001-a.md', '007-b.md', 'README.md']) {
      writeFileSync(path.join(folder, name), '');
    }
    const plan = planNewRecord({siteDir: folder, folder: '.', type: 'adr', prefix: 'ADR', title: 'Ünïcode & "quotes"!', status: 'proposed', today: '2026-11-25', supersedes: null});
    expect(plan.file).toBe('008-unicode-quotes.md');
    expect(plan.reference).toBe('ADR-0008');
    expect(plan.content).toContain('title: "Ünïcode & \\"quotes\\"!"');
  });

  it('slugs titles to safe file names', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('!!!')).toBe('record');
  });
});

describe('status badges', () => {
  it('escape front-matter text and size to their content', async () => {
    const {renderBadge} = await import('../../plugin/outputs/badges');
    const svg = renderBadge('ADR-0001', '<script>alert(1)</script>', 'neutral');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(Number(/width="(\d+)"/.exec(renderBadge('A', 'a much longer status', 'info'))![1])).toBeGreaterThan(Number(/width="(\d+)"/.exec(renderBadge('A', 'ok', 'info'))![1]));
  });
});

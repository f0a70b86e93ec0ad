import {describe, expect, it} from 'vitest';
import {setRecordStatus} from '../../plugin/cli/editRecord';
import {loadMarkdownParser} from '../../plugin/formats/markdown';
import {readBody} from '../../plugin/formats/readBody';
import {locateField} from '../../plugin/cli/locateField';

async function edit(source: string, change: Parameters<typeof setRecordStatus>[1]) {
  return setRecordStatus(source, change, readBody(source, await loadMarkdownParser()));
}

describe('setRecordStatus', () => {
  it('keeps CRLF line endings and every other byte of a front-matter record', async () => {
    const source = '---\r\ntype: adr\r\nstatus: accepted # keep?\r\ntags: [a]\r\n---\r\n\r\nBody with status: accepted\r\n';
    const {source: edited, format} = await edit(source, {status: 'superseded', supersededBy: {reference: 'ADR-0009', title: 'X', number: 9, fileName: '0009-x.md'}});
    expect(format).toBe('front-matter');
    expect(edited).toBe('---\r\ntype: adr\r\nstatus: superseded\r\nsuperseded-by: ADR-0009\r\ntags: [a]\r\n---\r\n\r\nBody with status: accepted\r\n');
  });

  it('adds front matter to a record that has no status anywhere, leaving the body as it was', async () => {
    expect(await edit('# Title\n\nText.\n', {status: 'accepted'})).toEqual({source: '---\nstatus: accepted\n---\n\n# Title\n\nText.\n', format: 'inserted-front-matter'});
  });

  it('edits the template\'s **Status** in place, keeping every other byte, CRLF and the BOM', async () => {
    const source = '\uFEFF# System Design Document: Checkout\r\n\r\n**Author**: Priya\r\n**Status:** Review  \r\n**Reviewers**: Jo\r\n\r\n## 1. Summary\r\n\r\nStatus: Review is prose here.\r\n';
    const {source: edited, format} = await edit(source, {status: 'approved'});
    expect(format).toBe('template');
    expect(edited).toBe(source.replace('**Status:** Review  ', '**Status:** Approved  '));
  });

  it('retires a design doc as obsolete with its successor on a line of its own, written like the status line', async () => {
    const source = '# Design Doc: Ledger\n\n- **Author:** Ken\n- **Status:** Approved\n- **Date:** 2026-02-08\n\n## 1. Summary\n';
    const {source: edited} = await edit(source, {status: 'obsolete', supersededBy: {reference: 'DD-0002', title: 'Ledger v2', number: 2, fileName: '0002-ledger-v2.md'}});
    expect(edited).toBe(source.replace('- **Status:** Approved\n', '- **Status:** Obsolete\n- **Superseded by**: [DD-0002: Ledger v2](0002-ledger-v2.md)\n'));
  });

  it('edits the front matter of a record saved with a BOM, and never adds a second block', async () => {
    const source = '\uFEFF---\ntype: design-doc\nstatus: draft\n---\n# X\n';
    expect((await edit(source, {status: 'review'})).source).toBe('\uFEFF---\ntype: design-doc\nstatus: review\n---\n# X\n');
    const noStatus = '\uFEFF---\ntype: adr\n---\n# X\n';
    expect(await edit(noStatus, {status: 'accepted'})).toEqual({source: '\uFEFF---\ntype: adr\nstatus: accepted\n---\n# X\n', format: 'front-matter'});
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

describe('status badges', () => {
  it('escape front-matter text and size to their content', async () => {
    const {renderBadge} = await import('../../plugin/outputs/badges');
    const svg = renderBadge('ADR-0001', '<script>alert(1)</script>', 'neutral');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(Number(/width="(\d+)"/.exec(renderBadge('A', 'a much longer status', 'info'))![1])).toBeGreaterThan(Number(/width="(\d+)"/.exec(renderBadge('A', 'ok', 'info'))![1]));
  });
});

import {describe, expect, it} from 'vitest';
import {setRecordStatus} from '../../plugin/cli/editRecord';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {parseFrontMatter} from '../helpers/markdown';
import {locateField} from '../../plugin/cli/locateField';
import {statusWordsLength} from '../../plugin/normalize/status';
import {vocabulary} from '../helpers/model';

/** The edit `design-docs:status` makes, at the place the build's own reading of `file` says. */
async function edit(source: string, change: Parameters<typeof setRecordStatus>[1], file = 'docs/adr/0001-x.md') {
  const {frontMatter} = await parseFrontMatter({filePath: `/site/${file}`, fileContent: source, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
  const result = setRecordStatus(source, change, frontMatter);
  if ('refused' in result) {
    throw new Error(result.refused);
  }
  return result;
}

describe('setRecordStatus', () => {
  it('changes the status words of a status line with a note, and keeps the note as written', async () => {
    const source = '# 2. Use gRPC\n\n## Status\n\nAccepted, but see [0003-x](0003-x.md) for streaming.\n';
    const {frontMatter} = await parseFrontMatter({filePath: '/site/docs/adr/0002-x.md', fileContent: source, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
    const result = setRecordStatus(source, {status: 'deprecated'}, frontMatter, (text) => statusWordsLength(text, 'adr', vocabulary));
    expect(result).toEqual({source: '# 2. Use gRPC\n\n## Status\n\nDeprecated, but see [0003-x](0003-x.md) for streaming.\n', format: 'nygard'});
  });

  it('keeps CRLF line endings, the comment and every other byte of a front-matter record', async () => {
    const source = '---\r\ntype: adr\r\nstatus: accepted # keep?\r\ntags: [a]\r\n---\r\n\r\nBody with status: accepted\r\n';
    const {source: edited, format} = await edit(source, {status: 'superseded', supersededBy: {reference: 'ADR-0009', title: 'X', number: 9, fileName: '0009-x.md'}});
    expect(format).toBe('front-matter');
    expect(edited).toBe('---\r\ntype: adr\r\nstatus: superseded # keep?\r\nsuperseded-by: ADR-0009\r\ntags: [a]\r\n---\r\n\r\nBody with status: accepted\r\n');
  });

  it('adds front matter to a record that has no status anywhere, leaving the body as it was', async () => {
    expect(await edit('# Title\n\nText.\n', {status: 'accepted'})).toEqual({source: '---\nstatus: accepted\n---\n\n# Title\n\nText.\n', format: 'inserted-front-matter'});
  });

  it('edits the template\'s **Status** in place, keeping every other byte, CRLF and the BOM', async () => {
    const source = '\uFEFF# System Design Document: Checkout\r\n\r\n**Author**: Priya\r\n**Status:** Review  \r\n**Reviewers**: Jo\r\n\r\n## 1. Summary\r\n\r\nStatus: Review is prose here.\r\n';
    const {source: edited, format} = await edit(source, {status: 'approved'}, 'docs/design/checkout.md');
    expect(format).toBe('template');
    expect(edited).toBe(source.replace('**Status:** Review  ', '**Status:** Approved  '));
  });

  it('retires a design doc as obsolete with its successor on a line of its own, written like the status line', async () => {
    const source = '# Design Doc: Ledger\n\n- **Author:** Ken\n- **Status:** Approved\n- **Date:** 2026-02-08\n\n## 1. Summary\n';
    const {source: edited} = await edit(source, {status: 'obsolete', supersededBy: {reference: 'DD-0002', title: 'Ledger v2', number: 2, fileName: '0002-ledger-v2.md'}}, 'docs/design/ledger.md');
    expect(edited).toBe(source.replace('- **Status:** Approved\n', '- **Status:** Obsolete\n- **Superseded by**: [DD-0002: Ledger v2](0002-ledger-v2.md)\n'));
  });

  it('edits the front matter of a record saved with a BOM, and never adds a second block', async () => {
    const source = '\uFEFF---\ntype: design-doc\nstatus: draft\n---\n# X\n';
    expect((await edit(source, {status: 'review'})).source).toBe('\uFEFF---\ntype: design-doc\nstatus: review\n---\n# X\n');
    const noStatus = '\uFEFF---\ntype: adr\n---\n# X\n';
    expect(await edit(noStatus, {status: 'accepted'})).toEqual({source: '\uFEFF---\ntype: adr\nstatus: accepted\n---\n# X\n', format: 'front-matter'});
  });
});

const superseding = {status: 'superseded', supersededBy: {reference: 'ADR-0009', title: 'X', number: 9, fileName: '0009-x.md'}};

describe('setRecordStatus: only the field the build reads the status from', () => {
  it('leaves a Status bullet under a later section alone and adds the status to the front matter', async () => {
    const source = '---\ntype: adr\n---\n# Use X\n\n## Rollout\n\n- Status: blocked on vendor\n- Owner: Jo\n';
    expect(await edit(source, {status: 'accepted'})).toEqual({
      source: '---\ntype: adr\nstatus: accepted\n---\n# Use X\n\n## Rollout\n\n- Status: blocked on vendor\n- Owner: Jo\n',
      format: 'front-matter',
    });
  });

  it('edits the front matter, not the body, when both state a status (front matter wins)', async () => {
    const source = '---\ntype: adr\nstatus: proposed\n---\n# Use X\n\n* Status: proposed\n';
    expect((await edit(source, {status: 'accepted'})).source).toBe('---\ntype: adr\nstatus: accepted\n---\n# Use X\n\n* Status: proposed\n');
  });

  it('replaces a folded block status as a whole value', async () => {
    const source = '---\ntype: adr\nstatus: >-\n  proposed\ndate: 2026-01-01\n---\n# X\n';
    expect((await edit(source, {status: 'accepted'})).source).toBe('---\ntype: adr\nstatus: accepted\ndate: 2026-01-01\n---\n# X\n');
  });

  it('keeps the key as it is spelled: a capitalised Status gets no second key', async () => {
    const source = '---\ntype: adr\nStatus: proposed\n---\n# X\n';
    expect((await edit(source, {status: 'accepted'})).source).toBe('---\ntype: adr\nStatus: accepted\n---\n# X\n');
  });

  it('keeps the comment on the status line and the value\'s quotes', async () => {
    const source = '---\ntype: adr\nstatus: proposed   # decided on Monday\ntitle: X\n---\n';
    expect((await edit(source, {status: 'accepted'})).source).toBe('---\ntype: adr\nstatus: accepted   # decided on Monday\ntitle: X\n---\n');
    const quoted = "---\ntype: adr\nstatus: 'proposed' # why\n---\n";
    expect((await edit(quoted, {status: 'accepted'})).source).toBe("---\ntype: adr\nstatus: 'accepted' # why\n---\n");
  });

  it('keeps each line\'s own ending: one CRLF line does not make the front matter CRLF', async () => {
    const source = '---\ntype: adr\r\nstatus: proposed\ndate: 2026-01-01\n---\n# X\n';
    expect((await edit(source, {status: 'accepted'})).source).toBe('---\ntype: adr\r\nstatus: accepted\ndate: 2026-01-01\n---\n# X\n');
    // A successor line added after the status line ends like the status line.
    const mixed = '---\r\ntype: adr\r\nstatus: accepted\ntags: [a]\r\n---\r\n';
    expect((await edit(mixed, superseding)).source).toBe('---\r\ntype: adr\r\nstatus: superseded\nsuperseded-by: ADR-0009\ntags: [a]\r\n---\r\n');
  });

  it('fills an empty status key rather than adding a second one', async () => {
    const source = '---\ntype: adr\nstatus:\ntitle: X\n---\n# X\n';
    expect((await edit(source, {status: 'accepted'})).source).toBe('---\ntype: adr\nstatus: accepted\ntitle: X\n---\n# X\n');
  });

  it('adds the successor to superseded_by as it is spelled, keeping the one it names', async () => {
    const scalar = '---\ntype: adr\nstatus: accepted\nsuperseded_by: ADR-0003\n---\n';
    expect((await edit(scalar, superseding)).source).toBe('---\ntype: adr\nstatus: superseded\nsuperseded_by: [ADR-0003, ADR-0009]\n---\n');
    const block = '---\ntype: adr\nstatus: accepted\nsupersededBy:\n  - ADR-0003 # first\ntitle: X\n---\n';
    expect((await edit(block, superseding)).source).toBe('---\ntype: adr\nstatus: superseded\nsupersededBy:\n  - ADR-0003 # first\n  - ADR-0009\ntitle: X\n---\n');
    const flow = '---\ntype: adr\nstatus: accepted\nreplaced-by: []\n---\n';
    expect((await edit(flow, superseding)).source).toBe('---\ntype: adr\nstatus: superseded\nreplaced-by: [ADR-0009]\n---\n');
    const already = '---\ntype: adr\nstatus: accepted\nsuperseded_by: ADR-0009\n---\n';
    expect((await edit(already, superseding)).source).toBe('---\ntype: adr\nstatus: superseded\nsuperseded_by: ADR-0009\n---\n');
  });

  it('adds front matter after the BOM, in the file\'s line endings, to a record with none', async () => {
    const source = '\uFEFF# Title\r\n\r\nText.\r\n';
    expect(await edit(source, {status: 'accepted'})).toEqual({source: '\uFEFF---\r\nstatus: accepted\r\n---\r\n\r\n# Title\r\n\r\nText.\r\n', format: 'inserted-front-matter'});
  });

  it('adds the status to a BOM record\'s CRLF front matter before its closing fence', async () => {
    const source = '\uFEFF---\r\ntype: adr\r\ntitle: X # the title\r\n---\r\n# X\r\n';
    expect(await edit(source, {status: 'accepted'})).toEqual({source: '\uFEFF---\r\ntype: adr\r\ntitle: X # the title\r\nstatus: accepted\r\n---\r\n# X\r\n', format: 'front-matter'});
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

  it('looks for each step inside the block of the one before it', () => {
    const source = [
      '---', // 1
      'checklist: ["[ ] Rollback tested"]', // 2
      'reviewers:', // 3
      '  - Mei Chen', // 4
      'risks:', // 5
      '  - title: a', // 6
      '    alternatives:', // 7
      '      - title: nested', // 8
      '  - title: b', // 9
      '    owner: Sam', // 10
      'feedback:', // 11
      '- text: compact list', // 12
      '  "by": Mei', // 13
      '- text: second', // 14
      'extra:', // 15
      '  extra: inner', // 16
      '---', // 17
    ].join('\r\n');
    // A flow list has no item lines: its field's line is the closest there is.
    expect(locateField(source, 'checklist[0]')).toBeNull();
    expect(locateField(source, 'checklist')).toBe(2);
    expect(locateField(source, 'reviewers[0]')).toBe(4);
    expect(locateField(source, 'risks[1]')).toBe(9);
    expect(locateField(source, 'risks[1].title')).toBe(9);
    expect(locateField(source, 'risks[0].owner')).toBeNull();
    expect(locateField(source, 'risks[1].owner')).toBe(10);
    expect(locateField(source, 'feedback[1]')).toBe(14);
    expect(locateField(source, 'feedback[0].by')).toBe(13);
    expect(locateField(source, 'extra.extra')).toBe(16);
    expect(locateField(source, 'title')).toBeNull();
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

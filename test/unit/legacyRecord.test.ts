import {describe, expect, it} from 'vitest';
import {isRecordFileName, parseLegacyRecord, removeLines} from '../../plugin/formats/legacyRecord';
import {isDesignDocFile, mergeLegacyMetadata} from '../../plugin/formats/frontMatterHook';

const nygardSuperseded = `# 2. Use PostgreSQL

Date: 2017-03-01

## Status

Superceded by [3. Use MySQL](0003-use-mysql.md)

## Context

We need a database.
`;

describe('parseLegacyRecord', () => {
  it('reads an adr-tools record: number and title from the heading, date, and the status section', () => {
    const parsed = parseLegacyRecord(nygardSuperseded);
    expect(parsed.format).toBe('nygard');
    expect(parsed.metadata).toEqual({
      number: 2,
      title: 'Use PostgreSQL',
      date: '2017-03-01',
      status: 'superseded',
      'superseded-by': ['0003-use-mysql.md'],
    });
    // The Date line and the whole Status section restate the header.
    expect(removeLines(nygardSuperseded, parsed.consumedLines)).toBe('# 2. Use PostgreSQL\n\n\n## Context\n\nWe need a database.\n');
  });

  it('reads the status line and relation lines in both spellings of supersede', () => {
    const {metadata} = parseLegacyRecord(
      '# 3. Use MySQL\n\nDate: 2017-04-12\n\n## Status\n\nAccepted\n\nSupercedes [2. Use PostgreSQL](0002-use-postgresql.md)\n\nSupersedes [1. X](0001-x.md)\n\nAmended by [4. Use MySQL 8](0004-use-mysql-8.md)\n\nAmends [0. Y](0000-y.md)\n',
    );
    expect(metadata).toMatchObject({
      status: 'Accepted',
      supersedes: ['0002-use-postgresql.md', '0001-x.md'],
      'amended-by': ['0004-use-mysql-8.md'],
      amends: ['0000-y.md'],
    });
  });

  it('keeps a status section that holds more than the status', () => {
    const body = '# 5. X\n\n## Status\n\nAccepted\n\nWe revisit this in Q3 once the load tests are in.\n\n## Context\n';
    const parsed = parseLegacyRecord(body);
    expect(parsed.metadata.status).toBe('Accepted');
    expect(removeLines(body, parsed.consumedLines)).toBe(body);
  });

  it('reads MADR 2 bullets, template comments and a superseded status with its link', () => {
    const {format, metadata, consumedLines} = parseLegacyRecord(
      '# Use YAML front matter\n\n* Status: superseded by [ADR-0003](0003-keep-bullets.md) <!-- optional -->\n* Deciders: Oliver Kopp, Olaf Zimmermann <!-- optional -->\n* Date: 2018-03-01\n\nTechnical Story: ticket 42\n\n## Context and Problem Statement\n\n## Links\n\n* Refined by [ADR-0005](0005-example.md)\n',
    );
    expect(format).toBe('madr2');
    expect(metadata).toEqual({
      status: 'superseded by [ADR-0003](0003-keep-bullets.md)',
      deciders: ['Oliver Kopp', 'Olaf Zimmermann'],
      date: '2018-03-01',
      related: ['0005-example.md'],
    });
    expect(consumedLines).toEqual([[2, 3], [3, 4], [4, 5]]);
  });

  it('reads log4brains bullets with tags', () => {
    const {metadata} = parseLegacyRecord('# Use Log4brains\n\n- Status: accepted\n- Date: 2020-09-16\n- Tags: dev-tools, doc\n\n## Context\n');
    expect(metadata).toEqual({status: 'accepted', date: '2020-09-16', tags: ['dev-tools', 'doc']});
  });

  it('finds nothing in an ordinary page, and never throws', () => {
    expect(parseLegacyRecord('# Hello\n\nSome text.\n')).toEqual({format: null, metadata: {}, consumedLines: []});
    expect(parseLegacyRecord('').format).toBeNull();
  });
});

describe('record files and front matter', () => {
  it('does not take templates and index files for records', () => {
    expect(['template.md', 'adr-template.md', 'index.md', 'README.md', '_partial.mdx'].filter(isRecordFileName)).toEqual([]);
    expect(['0001-x.md', '20200916-use-log4brains.md', 'use-x.mdx'].every(isRecordFileName)).toBe(true);
  });

  it('makes every record in an ADR folder an adr, and nothing else', () => {
    const settings = {siteDir: '/site', adrDirs: ['adr', 'adrs', 'decisions']};
    expect(isDesignDocFile('/site/docs/decisions/0001-x.md', {}, settings)).toBe(true);
    expect(isDesignDocFile('/site/docs/architecture/adr/0001-x.md', {}, settings)).toBe(true);
    expect(isDesignDocFile('/site/docs/adr/README.md', {}, settings)).toBe(false);
    expect(isDesignDocFile('/site/docs/guides/adr-howto.md', {}, settings)).toBe(false);
    expect(isDesignDocFile('/site/docs/guides/memo.md', {type: 'rfc'}, settings)).toBe(true);
  });

  it('lets front matter win over lines in the body', () => {
    expect(mergeLegacyMetadata({status: 'accepted', title: 'Mine'}, {status: 'Proposed', date: '2020-01-01', title: 'Theirs'}, 'adr')).toEqual({
      type: 'adr',
      status: 'accepted',
      title: 'Mine',
      date: '2020-01-01',
    });
  });
});

import {describe, expect, it} from 'vitest';
import {loadMarkdownParser} from '../../plugin/formats/markdown';
import {readBody} from '../../plugin/formats/readBody';
import {designDocTypeOf, isRecordFileName} from '../../plugin/formats/frontMatterHook';
import {DEFAULT_FOLDER_TYPES} from '../../plugin/defaults';
import {blankLines, restatedLines} from '../../plugin/normalize/restatedLines';
import {vocabulary} from '../helpers/model';
import {modelOf, recordOf} from '../helpers/markdown';

const nygardSuperseded = `# 2. Use PostgreSQL

Date: 2017-03-01

## Status

Superceded by [3. Use MySQL](0003-use-mysql.md)

## Context

We need a database.
`;

async function read(source: string) {
  return readBody(source, await loadMarkdownParser());
}

/** The page's Markdown once the lines that restate the header are blanked. */
async function page(source: string, frontMatter: Record<string, unknown> = {}) {
  return blankLines(source, restatedLines(await read(source), frontMatter, 'adr', vocabulary));
}

describe('adr-tools (Nygard) records', () => {
  it('gives number, title, date, status and successor, and blanks only the restated lines', async () => {
    const {record} = await recordOf('docs/decisions/0002-use-postgresql.md', nygardSuperseded);
    expect(record).toMatchObject({number: 2, title: 'Use PostgreSQL', date: '2017-03-01', status: 'superseded'});
    expect(record.relations).toEqual([{kind: 'superseded-by', target: '0003-use-mysql.md', field: 'Status', line: 7}]);
    // Blank, not removed: the other lines keep their numbers.
    expect(await page(nygardSuperseded)).toBe('# 2. Use PostgreSQL\n\n\n\n\n\n\n\n## Context\n\nWe need a database.\n');
  });

  it('reads the status line and relation lines in both spellings of supersede', async () => {
    const reading = await read(
      '# 3. Use MySQL\n\nDate: 2017-04-12\n\n## Status\n\nAccepted\n\nSupercedes [2. Use PostgreSQL](0002-use-postgresql.md)\n\nSupersedes [1. X](0001-x.md)\n\nAmended by [4. Use MySQL 8](0004-use-mysql-8.md)\n\nAmends [0. Y](0000-y.md)\n',
    );
    expect(reading.fields.status?.text).toBe('Accepted');
    expect(reading.relations.map((r) => `${r.kind} ${r.target}`)).toEqual([
      'supersedes 0002-use-postgresql.md',
      'supersedes 0001-x.md',
      'amended-by 0004-use-mysql-8.md',
      'amends 0000-y.md',
    ]);
  });

  it('keeps what a status section says besides the status, and leaves out only the status line', async () => {
    const body = '# 5. X\n\n## Status\n\nAccepted\n\nWe revisit this in Q3 once the load tests are in.\n\n> **Note** a quote.\n\n## Context\n';
    expect((await read(body)).fields.status?.text).toBe('Accepted');
    expect(await page(body)).toBe('# 5. X\n\n## Status\n\n\n\nWe revisit this in Q3 once the load tests are in.\n\n> **Note** a quote.\n\n## Context\n');
    // A status paragraph that goes on is kept whole: nothing else of it is lost.
    const joined = '# 5. X\n\n## Status\n\nAccepted\nafter a long debate.\n\nMore.\n';
    expect(await page(joined)).toBe(joined);
  });

  it('blanks a **Related** line the header lists, and keeps it when front matter gives that relation', async () => {
    const body = '# Design Doc: X\n\n**Status**: Draft\n**Related**: [ADR-0002](../adr/0002-x.md)\n\nText.\n';
    expect(await page(body)).toBe('# Design Doc: X\n\n\n\n\nText.\n');
    expect(await page(body, {related: ['ADR-0003']})).toBe('# Design Doc: X\n\n\n**Related**: [ADR-0002](../adr/0002-x.md)\n\nText.\n');
  });

  it('keeps the status lines when the front matter says another status', async () => {
    const body = '# 5. X\n\n## Status\n\nAccepted\n\n## Context\n';
    expect(await page(body, {status: 'deprecated'})).toBe(body);
    expect(await page(body, {status: 'accepted'})).toBe('# 5. X\n\n\n\n\n\n## Context\n');
  });
});

describe('MADR 2 and log4brains bullets', () => {
  const madr = '# Use YAML front matter\n\n* Status: superseded by [ADR-0003](0003-keep-bullets.md) <!-- optional -->\n* Deciders: Oliver Kopp, Olaf Zimmermann <!-- optional -->\n* Date: 2018-03-01\n\nTechnical Story: ticket 42\n\n## Context and Problem Statement\n\n## Links\n\n* Refined by [ADR-0005](0005-example.md)\n';

  it('reads status with its successor link, deciders, date and the Links section', async () => {
    const reading = await read(madr);
    expect(reading.formats).toEqual(['madr2']);
    expect(reading.fields.status).toMatchObject({text: 'superseded by ADR-0003', links: ['0003-keep-bullets.md'], line: 3});
    expect(reading.fields.deciders?.items).toEqual(['Oliver Kopp', 'Olaf Zimmermann']);
    expect(reading.relations).toMatchObject([{kind: 'related', target: '0005-example.md'}]);
    const {record} = await recordOf('docs/adr/0002-use-yaml-front-matter.md', madr);
    expect(record).toMatchObject({status: 'superseded', date: '2018-03-01', people: {deciders: ['Oliver Kopp', 'Olaf Zimmermann']}});
    expect(record.relations.map((r) => `${r.kind} ${r.target}`)).toEqual(['related 0005-example.md', 'superseded-by 0003-keep-bullets.md']);
  });

  it('blanks the bullets and keeps the technical story', async () => {
    expect(await page(madr)).toBe(madr.replace(/^\* (Status|Deciders|Date):.*$/gm, ''));
  });

  it('reads log4brains bullets with tags, which the docs plugin then gets as tags', async () => {
    const reading = await read('# Use Log4brains\n\n- Status: accepted\n- Date: 2020-09-16\n- Tags: dev-tools, #doc\n\n## Context\n');
    expect(reading.fields.tags?.items).toEqual(['dev-tools', 'doc']);
    const {record} = await recordOf('docs/adr/20200916-use-log4brains.md', '# Use Log4brains\n\n- Status: accepted\n- Date: 2020-09-16\n');
    expect(record).toMatchObject({number: null, status: 'accepted', date: '2020-09-16'});
  });

  it('summarizes a record by its first paragraph, not its first heading, unless front matter gives a description', async () => {
    const body = '## Context and Problem Statement\n\nOrders arrive faster than the ledger can book them.\n\n## Considered Options\n\n* Queue\n* Batch\n';
    const model = await modelOf({
      'docs/adr/0001-queue.md': `---\ntype: adr\nstatus: accepted\n---\n\n${body}`,
      'docs/adr/0002-batch.md': `---\ntype: adr\nstatus: accepted\ndescription: Book in nightly batches\n---\n\n${body}`,
    });
    expect(model.docs.map((doc) => doc.summary)).toEqual(['Orders arrive faster than the ledger can book them.', 'Book in nightly batches']);
  });

  it('finds nothing in an ordinary page, and never throws', async () => {
    const reading = await read('# Hello\n\nSome text.\n');
    expect(reading.formats).toEqual([]);
    expect(reading.fields).toEqual({});
    expect((await read('')).restatements).toEqual([]);
  });

  it('reads a status line of 10,000 spaces in linear time', async () => {
    for (const filler of [' ', '\u00a0', '\t']) {
      const source = `# X\n\n* Status: a${filler.repeat(10_000)}b\n`;
      const start = performance.now();
      const {record} = await recordOf('docs/adr/0001-x.md', source);
      // Generous bound: a quadratic pattern takes seconds here.
      expect(performance.now() - start).toBeLessThan(1000);
      expect(record.status).not.toBeNull();
    }
  });
});

describe('record files and folders', () => {
  it('does not take templates and index files for records', () => {
    expect(['template.md', 'adr-template.md', 'design-doc-template.md', 'template-rfc.md', 'index.md', 'README.md', '_partial.mdx'].filter(isRecordFileName)).toEqual([]);
    expect(['0001-x.md', '20200916-use-log4brains.md', 'use-x.mdx', 'templating-engine.md'].every(isRecordFileName)).toBe(true);
  });

  it('gives every record in a typed folder its type, the deepest folder first, and nothing else', () => {
    const settings = {siteDir: '/site', folderTypes: DEFAULT_FOLDER_TYPES};
    expect(designDocTypeOf('/site/docs/decisions/0001-x.md', {}, settings)).toBe('adr');
    expect(designDocTypeOf('/site/docs/design/checkout.md', {}, settings)).toBe('design-doc');
    expect(designDocTypeOf('/site/docs/design-docs/adr/0001-x.md', {}, settings)).toBe('adr');
    expect(designDocTypeOf('/site/docs/designs/README.md', {}, settings)).toBeNull();
    expect(designDocTypeOf('/site/docs/guides/adr-howto.md', {}, settings)).toBeNull();
    expect(designDocTypeOf('/site/docs/guides/memo.md', {type: 'rfc'}, settings)).toBe('rfc');
  });

  it('reads a design folder without front matter as design docs, and skips its index', async () => {
    const model = await modelOf({
      'docs/design/checkout.md': '# Checkout\n\n**Status**: Draft\n',
      'docs/design/index.md': '# Designs\n\nAll our designs.\n',
    });
    expect(model.docs.map((d) => `${d.type} ${d.title} ${d.status}`)).toEqual(['design-doc Checkout draft']);
  });
});

import {describe, expect, it} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {modelOf, parseFrontMatter} from '../helpers/markdown';

const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Front matter with YAML escapes for characters no page or feed can carry. */
const escapes = `---
type: adr
title: "Use \\x01 queues"
status: "Accepted\\0"
date: 2026-02-01
deciders: ["Ada \\uFFFE", "Alan \\uD800"]
description: "Because \\x1F"
risks:
  - title: "Vendor \\0 lock-in"
---

# Use queues
`;

/** An adr-tools record whose heading and status hold raw control bytes. */
const legacy = `# 2. Use \x07PostgreSQL

Date: 2017-03-01

## Status

Accepted

## Context

We need \x01 a database.
`;

describe('characters XML forbids and pages cannot hydrate', () => {
  it('never reach what Docusaurus prints on every page that lists the doc, and the model still reports the title as written', async () => {
    const source = '---\ntype: adr\ntitle: "Null \\0 byte"\nsidebar_label: "Side \\0 label"\nstatus: accepted\n---\n\n# Null byte\n';
    // Docusaurus' own reading holds the NUL: the sidebar, pagination and breadcrumbs would print it.
    const plain = await DEFAULT_PARSE_FRONT_MATTER({filePath: '/site/docs/adr/0001-null.md', fileContent: source});
    expect(plain.frontMatter.title).toBe('Null \0 byte');
    const {frontMatter} = await parseFrontMatter({filePath: '/site/docs/adr/0001-null.md', fileContent: source, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
    expect([frontMatter.title, frontMatter.sidebar_label]).toEqual(['Null \uFFFD byte', 'Side \uFFFD label']);
    const model = await modelOf({'docs/adr/0001-null.md': source});
    expect(model.docs[0]!.title).toBe('Null \uFFFD byte');
    expect(model.problems.filter((p) => p.field === 'title').map((p) => p.message)).toEqual([expect.stringContaining('contains U+0000 (a control character)')]);
  });

  it('are replaced once in the model, each reported as a warning naming file and field', async () => {
    const model = await modelOf({'docs/adr/0001-use-queues.md': escapes});
    const [record] = model.docs;
    expect(record).toMatchObject({
      title: 'Use \uFFFD queues',
      status: 'accepted\uFFFD',
      summary: 'Because \uFFFD',
      people: expect.objectContaining({deciders: ['Ada \uFFFD', 'Alan \uFFFD']}),
    });
    expect(record!.risks[0]!.title).toBe('Vendor \uFFFD lock-in');
    const warnings = model.problems.filter((p) => p.message.includes('cannot carry'));
    const fields = ['title', 'status', 'deciders[0]', 'deciders[1]', 'risks[0].title', 'description'];
    expect(warnings.map((p) => [p.file, p.field, p.severity]).sort()).toEqual(fields.map((field) => ['docs/adr/0001-use-queues.md', field, 'warning']).sort());
    const message = (field: string) => warnings.find((p) => p.field === field)!.message;
    expect(message('title')).toBe('contains U+0001 (a control character), which pages and feeds cannot carry; it is shown as U+FFFD (\uFFFD)');
    expect(message('deciders[0]')).toContain('U+FFFE (a noncharacter)');
    expect(message('deciders[1]')).toContain('U+D800 (half of a surrogate pair)');
    expect(JSON.stringify(record)).not.toMatch(NOT_XML_CHAR);
  });

  it('are reported with their line when read from the body', async () => {
    const model = await modelOf({'docs/decisions/0002-use-postgresql.md': legacy});
    const [record] = model.docs;
    expect(record!.title).toBe('Use \uFFFDPostgreSQL');
    expect(record!.summary).toBe('We need \uFFFD a database.');
    const warnings = model.problems.filter((p) => p.message.includes('cannot carry'));
    expect(warnings.map((p) => [p.field, p.line, p.severity])).toEqual([
      ['title', 1, 'warning'],
      ['description', undefined, 'warning'],
    ]);
    expect(warnings[0]!.message).toContain('U+0007 (a control character)');
  });

  it('are found in the header, tables, questions and checklist of a template body, each at its place', async () => {
    const template = [
      '# Design Doc: Checkout',
      '',
      '**Status**: Review',
      '**Authors**: Ada \x01, Bob',
      '',
      '## Risks',
      '',
      '| Risk | Likelihood | Impact | Mitigation | Notes |',
      '| --- | --- | --- | --- | --- |',
      '| Vendor \x01 lock-in | Low | High | Abstract | see \x02 |',
      '',
      '## Open Questions',
      '',
      '- Which queue \x1F?',
      '',
      '## Validation Checklist',
      '',
      '- [ ] Risks \x03 named',
      '',
    ].join('\n');
    const model = await modelOf({'docs/design/checkout.md': template});
    const [record] = model.docs;
    expect(record!.people.authors).toEqual(['Ada \uFFFD', 'Bob']);
    expect(record!.risks[0]).toMatchObject({title: 'Vendor \uFFFD lock-in', extra: {Notes: 'see \uFFFD'}});
    expect(record!.openQuestions).toEqual(['Which queue \uFFFD?']);
    expect(record!.checklist).toEqual([{text: 'Risks \uFFFD named', done: false}]);
    const warnings = model.problems.filter((p) => p.message.includes('cannot carry'));
    expect(warnings.map((p) => [p.field, p.line, p.column])).toEqual([
      ['Authors[0]', 4, 14],
      ['Notes', 10, 46],
      ['Risk', 10, 3],
      ['Open Questions', 14, 1],
      ['checklist', 18, 1],
    ]);
  });

  it('leave clean text alone and report nothing', async () => {
    const model = await modelOf({'docs/adr/0001-use-queues.md': escapes.replace(/\\(x01|0|uFFFE|uD800|x1F)/g, '')});
    expect(model.problems).toEqual([]);
    expect(model.docs[0]!.title).toBe('Use  queues');
  });
});

import {mkdtemp, readFile, readdir, rm} from 'fs/promises';
import os from 'os';
import path from 'path';
import {afterEach, describe, expect, it} from 'vitest';
import fc from 'fast-check';
import Ajv from 'ajv';
import {getDefaultOptions} from '../../plugin/options';
import {writeBuildOutputs} from '../../plugin/outputs/writeBuildOutputs';
import {assemblePortal} from '../../plugin/routes/assemblePortal';
import {renderFeeds, type DecisionEvent} from '../../plugin/outputs/feeds';
import {renderBadge} from '../../plugin/outputs/badges';
import type {DesignDocModel} from '../../plugin/types/model';
import type {DesignDocsJson, DesignDocsJsonDoc} from '../../plugin/types/output';
import {modelOf} from '../helpers/markdown';
import {loadedDoc, model, vocabulary} from '../helpers/model';
import {elementsNamed, parseXml, saxesErrors, textOf, type XmlElement} from '../helpers/xml';

/** Values a title, status, name or summary can hold once YAML escapes are read. */
const HOSTILE = ['\x01', '\0', '\uFFFE', '\uD800 lone', 'AT&T <Gateway>', ']]>'];
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const asXml = (text: string) => text.replace(NOT_XML_CHAR, '\uFFFD');

let outDir: string | undefined;
afterEach(async () => {
  if (outDir) {
    await rm(outDir, {recursive: true, force: true});
    outDir = undefined;
  }
});

/**
 * Records holding the hostile values as they are, as if nothing before the
 * outputs had cleaned them: each XML file must stand on its own.
 */
function hostileModel(): DesignDocModel {
  const built = model(
    ...HOSTILE.map((_, i) => loadedDoc(`docs/adr/000${i + 1}-record-${i + 1}.md`, {type: 'adr', status: i % 2 ? 'accepted' : 'proposed', date: `2026-01-0${i + 1}`})),
  );
  built.docs.forEach((doc, i) => {
    doc.title = `Use ${HOSTILE[i]}`;
    doc.summary = `Because ${HOSTILE[i]}`;
    // An unknown status is the author's text, lower-cased.
    if (i % 2 === 0) {
      doc.status = `wip ${HOSTILE[i]}`;
    }
  });
  return built;
}

async function writeAll(written: DesignDocModel): Promise<Map<string, string>> {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'design-docs-outputs-'));
  const options = getDefaultOptions();
  const {context: portal} = assemblePortal({model: written, vocabulary, options, today: '2026-12-02'}, {baseUrl: '/', routeBasePath: options.routeBasePath});
  await writeBuildOutputs({
    outDir,
    model: written,
    portal,
    vocabulary,
    options,
    siteUrl: 'https://example.com',
    baseUrl: '/',
    title: 'Docs & <Co> \x01',
  });
  const files = new Map<string, string>();
  for (const entry of await readdir(outDir, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(outDir, file).split(path.sep).join('/'), await readFile(file, 'utf8'));
    }
  }
  return files;
}

function parsed(files: Map<string, string>, file: string): XmlElement {
  return parseXml(files.get(file) ?? '');
}

describe('build outputs from hostile text', () => {
  it('writes every XML file well-formed and every JSON file parseable', async () => {
    const files = await writeAll(hostileModel());
    const xml = [...files.keys()].filter((file) => /\.(xml|svg)$/.test(file));
    expect(xml).toEqual(expect.arrayContaining(['architecture/rss.xml', 'architecture/atom.xml', 'architecture/badges/adr.svg', 'architecture/badges/adr/0001.svg']));
    expect(xml).toHaveLength(2 + vocabulary.types.size + HOSTILE.length);
    const failures = xml.flatMap((file) => {
      try {
        parseXml(files.get(file)!);
        return [];
      } catch (error) {
        return [`${file}: ${(error as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
    // And through a conforming parser.
    expect(xml.flatMap((file) => saxesErrors(files.get(file)!).map((error) => `${file}: ${error}`))).toEqual([]);
    for (const file of [...files.keys()].filter((name) => name.endsWith('.json'))) {
      expect(() => JSON.parse(files.get(file)!), file).not.toThrow();
    }
  });

  it('shows the text as written, each forbidden character as U+FFFD', async () => {
    const files = await writeAll(hostileModel());
    const badge = parsed(files, 'architecture/badges/adr/0005.svg');
    expect(badge.attributes['aria-label']).toBe('ADR-0005: wip AT&T <Gateway>');
    expect(textOf(elementsNamed(badge, 'title')[0]!)).toBe('ADR-0005: wip AT&T <Gateway>');
    expect(textOf(elementsNamed(parsed(files, 'architecture/badges/adr/0003.svg'), 'title')[0]!)).toBe('ADR-0003: wip \uFFFD');
    const rss = parsed(files, 'architecture/rss.xml');
    expect(textOf(elementsNamed(rss, 'title')[0]!)).toBe('Docs & <Co> \uFFFD: architecture decisions');
    expect(elementsNamed(rss, 'title').map(textOf)).toEqual(expect.arrayContaining(HOSTILE.map((value, i) => `New: ADR-000${i + 1}: Use ${asXml(value)}`)));
  });

  it('declares Atom titles and summaries as text, and HTML-escapes the RSS description', async () => {
    const files = await writeAll(hostileModel());
    expect(files.get('architecture/atom.xml')).not.toContain('CDATA');
    const entries = elementsNamed(parsed(files, 'architecture/atom.xml'), 'entry');
    const gateway = entries.find((entry) => textOf(elementsNamed(entry, 'title')[0]!) === 'New: ADR-0005: Use AT&T <Gateway>');
    expect(gateway).toBeDefined();
    for (const entry of entries) {
      for (const element of [...elementsNamed(entry, 'title'), ...elementsNamed(entry, 'summary')]) {
        expect(element.attributes.type ?? 'text').toBe('text');
      }
    }
    expect(textOf(elementsNamed(gateway!, 'summary')[0]!)).toBe('Because AT&T <Gateway>');
    // RFC 4287: a feed whose entries name no author names one for them all.
    const feed = parsed(files, 'architecture/atom.xml');
    expect(elementsNamed(feed, 'author').map((author) => textOf(elementsNamed(author, 'name')[0]!))).toHaveLength(1);
    // RSS readers take the description as HTML: the text is escaped for HTML first.
    const items = elementsNamed(parsed(files, 'architecture/rss.xml'), 'item');
    const item = items.find((i) => textOf(elementsNamed(i, 'title')[0]!) === 'New: ADR-0005: Use AT&T <Gateway>');
    expect(textOf(elementsNamed(item!, 'description')[0]!)).toBe('Because AT&amp;T &lt;Gateway&gt;');
  });

  it('gives each feed entry a stable guid, never the status as written', async () => {
    const files = await writeAll(hostileModel());
    const guids = elementsNamed(parsed(files, 'architecture/rss.xml'), 'guid').map(textOf);
    const ids = elementsNamed(parsed(files, 'architecture/atom.xml'), 'entry').map((entry) => textOf(elementsNamed(entry, 'id')[0]!));
    expect(guids).toHaveLength(HOSTILE.length * 2);
    expect(ids.sort()).toEqual([...guids].sort());
    for (const guid of guids) {
      expect(guid).toMatch(/^https:\/\/example\.com\/docs\/adr\/record-\d#(created|status|status-accepted)$/);
    }
    // The unknown statuses of ADR-0001, 0003 and 0005 give the same guid whatever they say.
    expect(guids.filter((guid) => guid.endsWith('#status'))).toHaveLength(3);
  });
});

describe('feeds and badges from any text', () => {
  it('are well-formed and read back as the text, each forbidden character as U+FFFD', () => {
    // Any code point (lone surrogates included), mixed with the markup and characters that break XML.
    const piece = fc.oneof(
      fc.integer({min: 0, max: 0x10ffff}).map((code) => String.fromCodePoint(code)),
      fc.constantFrom('\0', '\x01', '\x1F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '&', '<', ']]>', '"', "'", '\t', '\r\n', '&#1;'),
      fc.string({maxLength: 4}),
    );
    const text = fc.array(piece, {maxLength: 12}).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, text, text, (title, summary, status) => {
        const event: DecisionEvent = {id: `https://example.com/docs/x#created`, date: '2026-01-01', title, link: 'https://example.com/docs/x?a=1&b=2', description: summary, kind: 'created'};
        const {rss, atom} = renderFeeds([event], {title: status, siteUrl: 'https://example.com', feedUrl: 'https://example.com/architecture'});
        const entry = elementsNamed(parseXml(atom), 'entry')[0]!;
        expect(textOf(elementsNamed(entry, 'title')[0]!)).toBe(asXml(title).replace(/\r\n?/g, '\n'));
        const item = elementsNamed(parseXml(rss), 'item')[0]!;
        expect(textOf(elementsNamed(item, 'link')[0]!)).toBe('https://example.com/docs/x?a=1&b=2');
        const svg = renderBadge('ADR-0001', status, 'neutral');
        const badge = parseXml(svg);
        expect(badge.attributes['aria-label']).toBe(`ADR-0001: ${asXml(status)}`);
        expect([...saxesErrors(rss), ...saxesErrors(atom), ...saxesErrors(svg)]).toEqual([]);
      }),
      {numRuns: Number(process.env.FUZZ_RUNS ?? 200)},
    );
  });
});

/** ADRs in review in each state the queue tells apart, and one accepted; a reviewer's name and a title hold markup and a CDATA end. */
const REVIEW_STATES = {
  'docs/adr/0001-ready.md': adrInReview('Use Ready', 'status-date: 2026-11-20\nchecklist: ["[x] Risks identified"]\n'),
  'docs/adr/0002-checklist.md': adrInReview('Use Checklist', 'status-date: 2026-10-01\nchecklist: ["[x] Risks identified", "[ ] Trade-offs stated"]\n'),
  'docs/adr/0003-critical.md': adrInReview('Use ]]> & <b>', 'date: 2026-09-01\nfeedback: [{category: critical, by: Mei Chen, text: No rollback}, {category: question, text: Why?}]\n', 'AT&T Labs ]]>'),
  'docs/adr/0004-sections.md': `---\ntype: adr\nstatus: proposed\nreviewers: [Mei Chen]\n---\n\n# Use Sections\n\n## Context\n\nA.\n`,
  'docs/adr/0005-accepted.md': `---\ntype: adr\nstatus: accepted\ndate: 2026-08-01\n---\n\n# Use Accepted\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n`,
};

function adrInReview(title: string, extra: string, reviewer = 'Mei Chen'): string {
  return `---\ntype: adr\ntitle: ${JSON.stringify(title)}\nstatus: proposed\nreviewers: [${JSON.stringify(reviewer)}]\n${extra}---\n\n# ${title}\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n`;
}

describe('review readiness in the build outputs', () => {
  it('writes design-docs.json with each doc\'s readiness and the review queue, valid against the schema', async () => {
    const files = await writeAll(await modelOf(REVIEW_STATES));
    const json = JSON.parse(files.get('design-docs.json')!) as DesignDocsJson;
    const schema = JSON.parse(await readFile(path.join(__dirname, '../../schema/design-docs.schema.json'), 'utf8'));
    const validate = new Ajv({allErrors: true}).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const byTitle = (title: string) => json.docs.find((doc) => doc.title === title)!;
    expect(byTitle('Use Ready').readiness).toMatchObject({ready: true, blockers: [], checklist: {done: 1, total: 1, open: []}});
    expect(byTitle('Use Ready').statusDate).toBe('2026-11-20');
    expect(byTitle('Use Checklist').readiness).toMatchObject({ready: false, blockers: ['checklist'], checklist: {open: ['Trade-offs stated']}});
    expect(byTitle('Use ]]> & <b>').readiness.feedback).toMatchObject({total: 2, open: {critical: 1, important: 0, 'nice-to-have': 0, question: 1}});
    expect(byTitle('Use ]]> & <b>').feedback.map((item) => [item.category, item.by, item.text])).toEqual([['critical', 'Mei Chen', 'No rollback'], ['question', null, 'Why?']]);
    expect(byTitle('Use Sections').readiness.sections).toEqual({required: 3, missing: ['Decision', 'Consequences']});
    expect(byTitle('Use Sections').sections.map((section) => section.title)).toEqual(['Context']);

    // Ready first, then the fewest blockers, then the longest wait; the accepted ADR waits for no one.
    const title = (key: string) => json.docs.find((doc) => doc.key === key)!.title;
    expect(json.reviewQueue.map((entry) => [title(entry.key), entry.since])).toEqual([
      ['Use Ready', '2026-11-20'],
      ['Use ]]> & <b>', '2026-09-01'],
      ['Use Checklist', '2026-10-01'],
      ['Use Sections', null],
    ]);
  });

  it('and the schema is strict: an unknown readiness field, a wrong category or a missing queue fails', async () => {
    const files = await writeAll(await modelOf(REVIEW_STATES));
    const json = JSON.parse(files.get('design-docs.json')!) as Record<string, unknown> & DesignDocsJson;
    const validate = new Ajv({allErrors: true}).compile(JSON.parse(await readFile(path.join(__dirname, '../../schema/design-docs.schema.json'), 'utf8')));
    const broken = [
      (copy: typeof json) => Object.assign(copy.docs[0]!.readiness, {score: 3}),
      (copy: typeof json) => Object.assign(copy.docs[2]!.feedback[0]!, {category: 'urgent'}),
      (copy: typeof json) => delete (copy as Partial<DesignDocsJson>).reviewQueue,
      (copy: typeof json) => delete (copy.docs[0] as Partial<DesignDocsJsonDoc>).statusDate,
    ];
    for (const breakIt of broken) {
      const copy = structuredClone(json);
      breakIt(copy);
      expect(validate(copy), String(breakIt)).toBe(false);
    }
  });

  it('calls for reviewers in every feed: who, what still blocks approval, dated by the status date, each text escaped', async () => {
    const files = await writeAll(await modelOf(REVIEW_STATES));
    const feed = JSON.parse(files.get('architecture/feed.json')!) as {items: {id: string; title: string; date_modified: string; content_html?: string; url: string}[]};
    const calls = feed.items.filter((item) => item.title.startsWith('Review requested: '));
    expect(calls.map((item) => [item.title, item.date_modified.slice(0, 10)])).toEqual([
      ['Review requested: ADR-0001: Use Ready', '2026-11-20'],
      ['Review requested: ADR-0002: Use Checklist', '2026-10-01'],
      ['Review requested: ADR-0003: Use ]]> & <b>', '2026-09-01'],
    ]);
    // Without a status date, a date or a last update there is no day to put it on.
    expect(feed.items.map((item) => item.title)).not.toContain('Review requested: ADR-0004: Use Sections');
    expect(calls[2]!.url).toBe('https://example.com/docs/adr/critical');
    expect(calls[2]!.id).toBe('https://example.com/docs/adr/critical#review-proposed');

    const atomEntries = elementsNamed(parsed(files, 'architecture/atom.xml'), 'entry');
    const entry = (title: string) => atomEntries.find((e) => textOf(elementsNamed(e, 'title')[0]!) === title)!;
    const summary = (title: string) => textOf(elementsNamed(entry(title), 'summary')[0]!);
    expect(summary('Review requested: ADR-0001: Use Ready')).toMatch(/^Reviewers: Mei Chen\. Checklist 1\/1 · ready for approval\./);
    expect(summary('Review requested: ADR-0002: Use Checklist')).toMatch(/^Reviewers: Mei Chen\. Checklist 1\/2\./);
    expect(summary('Review requested: ADR-0003: Use ]]> & <b>')).toMatch(/^Reviewers: AT&T Labs \]\]>\. 1 critical feedback open\./);
    expect(textOf(elementsNamed(entry('Review requested: ADR-0003: Use ]]> & <b>'), 'updated')[0]!)).toBe('2026-09-01T00:00:00.000Z');

    const items = elementsNamed(parsed(files, 'architecture/rss.xml'), 'item');
    const item = items.find((i) => textOf(elementsNamed(i, 'title')[0]!) === 'Review requested: ADR-0003: Use ]]> & <b>')!;
    // Readers take the RSS description as HTML: the reviewer's name is text, not markup.
    expect(textOf(elementsNamed(item, 'description')[0]!)).toMatch(/^Reviewers: AT&amp;T Labs \]\]&gt;\. 1 critical feedback open\./);
    expect(textOf(elementsNamed(item, 'pubDate')[0]!)).toBe('Tue, 01 Sep 2026 00:00:00 GMT');
    // A doc in review is called for once, not also as an "In review" or "Proposed" status change.
    expect(items.filter((i) => textOf(elementsNamed(i, 'link')[0]!) === 'https://example.com/docs/adr/critical').map((i) => textOf(elementsNamed(i, 'title')[0]!)).sort()).toEqual([
      'New: ADR-0003: Use ]]> & <b>',
      'Review requested: ADR-0003: Use ]]> & <b>',
    ]);
    expect([...saxesErrors(files.get('architecture/rss.xml')!), ...saxesErrors(files.get('architecture/atom.xml')!)]).toEqual([]);
  });
});

import {mkdtemp, readFile, readdir, rm} from 'fs/promises';
import os from 'os';
import path from 'path';
import {afterEach, describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {getDefaultOptions} from '../../plugin/options';
import {writeBuildOutputs} from '../../plugin/outputs/writeBuildOutputs';
import {assemblePortal} from '../../plugin/routes/assemblePortal';
import {renderFeeds, type DecisionEvent} from '../../plugin/outputs/feeds';
import {renderBadge} from '../../plugin/outputs/badges';
import type {DesignDocModel} from '../../plugin/types/model';
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

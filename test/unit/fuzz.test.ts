import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {normalizeDesignDoc} from '../../plugin/normalize/normalizeDesignDoc';
import {buildDesignDocModel} from '../../plugin/validate/designDocModel';
import {buildGraphProps} from '../../plugin/views/portal/graph';
import {buildDesignDocPageData} from '../../plugin/views/docPage';
import {escapeMermaidLabel} from '../../plugin/views/mermaid';
import {buildSidebarBadges} from '../../plugin/views/sidebarBadges';
import {toStatusBadge} from '../../plugin/views/statusBadge';
import {getDefaultOptions} from '../../plugin/options';
import {loadedDoc, vocabulary} from '../helpers/model';
import {loadMarkdownParser} from '../../plugin/formats/markdown';
import {readBody} from '../../plugin/formats/readBody';
import {blankLines, restatedLines} from '../../plugin/normalize/restatedLines';
import {BODY_READING_KEY, holdBodyReading} from '../../plugin/formats/types';
import {validateExport} from '../../plugin/federation/validateExport';
import {remoteSiteRecords} from '../../plugin/federation/remoteRecords';
import {linkUnderSiteUrl} from '../../plugin/federation/siteUrl';
import {assemblePortal} from '../../plugin/routes/assemblePortal';
import {exportOf} from '../helpers/federation';

/** `npm run test:fuzz` raises this to 10,000 cases per property. */
const numRuns = Number(process.env.FUZZ_RUNS ?? 200);

const KEYS = [
  'type', 'status', 'number', 'title', 'date', 'review-by', 'authors', 'deciders', 'decision-makers', 'reviewers',
  'supersedes', 'superseded-by', 'supersededBy', 'amends', 'related', 'decisions', 'risks', 'requirements',
  'open-questions', 'revisions', 'tags', 'owner', 'likelihood', 'impact', 'priority', 'text', 'chosen',
];

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'data:text/html,<b>x</b>',
    '"]-->x[("', '%%{init: {"theme": "dark"}}%%', '\u202Eevil\u200B', 'ADR-0001', 'superseded by ADR-0002',
    'Must Have', 'Medium', 'Critical', '2026-02-30', '{props}', '<Foo/>', '', '   ',
  ),
);

/** Arbitrary front matter: known and unknown keys with values of any shape. */
const frontMatter = fc.dictionary(
  fc.oneof(fc.constantFrom(...KEYS), fc.string()),
  fc.letrec((tie) => ({
    value: fc.oneof(
      {depthSize: 'small'},
      hostileString,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({noInvalidDate: false}),
      fc.array(tie('value'), {maxLength: 4}),
      fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value'), {maxKeys: 4}),
    ),
  })).value,
  {maxKeys: 8},
);

describe('fuzzing (fast-check)', () => {
  it('normalizeDesignDoc never throws and always returns JSON-serializable output', () => {
    fc.assert(
      fc.property(frontMatter, fc.string(), (fm, name) => {
        const input = loadedDoc(`docs/adr/${name.replace(/[/\\]/g, '') || 'x'}.md`, {type: 'adr', ...fm});
        const result = normalizeDesignDoc(input.doc, input.location, vocabulary);
        const json = JSON.parse(JSON.stringify(result));
        expect(json.record.key).toBe(result.record.key);
        for (const problem of result.problems) {
          expect(typeof problem.field).toBe('string');
          expect(problem.file).toBe(input.location.file);
        }
      }),
      {numRuns},
    );
  });

  it('the model and page data of arbitrary docs never throw and stay serializable', () => {
    fc.assert(
      fc.property(fc.array(frontMatter, {maxLength: 6}), (all) => {
        const inputs = all.map((fm, index) => loadedDoc(`docs/adr/${String(index + 1).padStart(4, '0')}-d.md`, {type: 'adr', ...fm}));
        const model = buildDesignDocModel(inputs, vocabulary);
        for (const doc of model.docs) {
          JSON.stringify(buildDesignDocPageData(doc, model, vocabulary));
        }
        JSON.stringify(model.problems);
      }),
      {numRuns},
    );
  });

  it('generated mermaid text keeps its structure whatever the titles say', () => {
    const NODE = /^ {2}n\d+\["(?:[\p{L}\p{N} ,.:_-]|#\d+;)+"\]:::tone-[a-z]+$/u;
    const EDGE = /^ {2}n\d+ (-->\|supersedes\||-\.->\|amends\||---\|related\|) n\d+$/;
    const CLASS = /^ {2}classDef tone-[a-z]+ [a-z0-9:#,.\- ]+$/;
    fc.assert(
      fc.property(fc.array(hostileString, {minLength: 2, maxLength: 6}), (titles) => {
        const inputs = titles.map((title, index) =>
          loadedDoc(`docs/adr/${String(index + 1).padStart(4, '0')}-d.md`, {
            type: 'adr',
            status: 'accepted',
            title,
            ...(index > 0 && {supersedes: `ADR-${String(index).padStart(4, '0')}`, related: 'ADR-0001'}),
          }),
        );
        const model = buildDesignDocModel(inputs, vocabulary);
        const options = {...getDefaultOptions(), graph: {related: true}};
        const {diagrams} = buildGraphProps({model, vocabulary, options, today: '2026-11-25'});
        expect(diagrams.length).toBeGreaterThan(0);
        for (const {mermaid} of diagrams) {
          const [header, ...lines] = mermaid.split('\n');
          expect(header).toBe('flowchart LR');
          for (const line of lines) {
            expect(NODE.test(line) || EDGE.test(line) || CLASS.test(line), line).toBe(true);
          }
        }
      }),
      {numRuns},
    );
  });

  it('escaped labels never contain quotes, brackets, angle brackets, percent signs or arrows', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), (text) => {
        const label = escapeMermaidLabel(text);
        expect(label).not.toMatch(/["[\]<>%{}()|]|--|\n/);
      }),
      {numRuns},
    );
  });

  it('the sidebar stylesheet keeps one rule per badge whatever the statuses say, and shows each as written', () => {
    // A rule, as the generator writes it: class, then only escaped text inside the quotes.
    const RULE = /^\.(design-doc-status--[a-z0-9-]+) > \.menu__link::after\{content:"((?:[A-Za-z0-9 ]|\\[0-9a-f]+ )*)";--dd-badge-fg:var\(--dd-tone-[a-z]+-fg\);--dd-badge-bg:var\(--dd-tone-[a-z]+-bg\)\}$/;
    fc.assert(
      fc.property(fc.array(hostileString, {minLength: 1, maxLength: 6}), (statuses) => {
        const inputs = statuses.map((status, index) => loadedDoc(`docs/adr/${String(index + 1).padStart(4, '0')}-d${index}.md`, {type: 'adr', status}));
        const model = buildDesignDocModel(inputs, vocabulary);
        const {css, classNamesByVersion} = buildSidebarBadges(model, vocabulary);
        const [comment, base, ...rules] = css.trimEnd().split('\n');
        expect(comment).toMatch(/^\/\*[^*]*\*\/$/);
        expect(base).toMatch(/^\[class\*="design-doc-status--"\] > \.menu__link::after\{[^{}]*\}$/);
        const labels = new Map<string, string>();
        for (const rule of rules) {
          const match = RULE.exec(rule);
          expect(match, rule).not.toBeNull();
          labels.set(match![1]!, match![2]!.replace(/\\([0-9a-f]+) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))));
        }
        for (const doc of model.docs) {
          const className = classNamesByVersion.get('default/current')?.[doc.docId];
          if (doc.status === null) {
            expect(className).toBeUndefined();
            continue;
          }
          // The badge shows the header's words, cut to 40 characters.
          const words = [...toStatusBadge(doc, vocabulary)!.label];
          expect(labels.get(className!)).toBe(words.length > 40 ? `${words.slice(0, 39).join('')}…` : words.join(''));
        }
      }),
      {numRuns},
    );
  });
});

/** Lines of a template body, shuffled and mixed with hostile text. */
const TEMPLATE_LINES = [
  '# System Design Document: X', '**Status**: Review', '**Status:** Draft | Review', '**Author**: A (B), C', '**Date**: February 30, 2026',
  '- **Reviewers**: [Principal Engineer]', '* Status: accepted', 'Date: 2026-01-01', '## 3.1 Functional Requirements', '## Status',
  '| ID | Requirement | Priority |', '|----|----|----|', '| FR-1 | x | Must Have |', '| | | |', '| Risk | Likelihood | Impact |',
  '## 13. Risks', '### Decision 1: Y', '**Chosen**: Z', '**Alternatives Considered**:', '- a', '## Validation Checklist', '- [x] done',
  '- [ ] open', '## 15. Open Questions', '1. Why?', '```', 'Superseded by [2. X](0002-x.md)', '', '   ', '---',
];

describe('fuzz: the body reader', () => {
  it('never throws, places every value inside the file, and blanks only whole lines', async () => {
    const parser = await loadMarkdownParser();
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...TEMPLATE_LINES), hostileString), {maxLength: 40}), fc.boolean(), (lines, crlf) => {
        const source = lines.join(crlf ? '\r\n' : '\n');
        const reading = readBody(source, parser);
        const lineCount = source.split('\n').length;
        for (const value of Object.values(reading.fields)) {
          expect(value.line).toBeGreaterThanOrEqual(1);
          expect(value.line).toBeLessThanOrEqual(lineCount);
          if (value.span) {
            expect(value.span[0]).toBeLessThanOrEqual(value.span[1]);
            expect(source.slice(value.span[0], value.span[1])).not.toMatch(/[\r\n]/);
          }
        }
        const blanked = blankLines(source, restatedLines(reading, {}, 'design-doc', vocabulary));
        const before = source.split(/\r?\n/);
        const after = blanked.split(/\r?\n/);
        expect(after).toHaveLength(before.length);
        after.forEach((line, i) => expect(line === '' || line === before[i]).toBe(true));
        // And the model takes whatever was read.
        const {record} = normalizeDesignDoc(loadedDoc('docs/design/x.md', {type: 'design-doc', [BODY_READING_KEY]: holdBodyReading(reading)}).doc, loadedDoc('docs/design/x.md', {}).location, vocabulary);
        expect(() => JSON.stringify(record)).not.toThrow();
      }),
      {numRuns},
    );
  });
});

/** CPU milliseconds of this process so far: other work on a busy machine does not count. */
function cpuMs(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
}

describe('fuzz: reading time stays linear in line length', () => {
  // `* Status: a` + 5,000 spaces + `b` once took 183 s to read: a lazy
  // group before optional spaces backtracked. The reader walks the syntax
  // tree now; this keeps it so for any mix of spaces, NBSP and tabs.
  const WHITESPACE = [' ', '\u00A0', '\t'];
  const STATUS_LINES = ['* Status: a', '- Status: a', '**Status**: a', 'Status: a', '* Status: superseded by a'];

  it('reads a status line with a 10,000-character run of spaces, NBSP and tabs within 20 times the time of 500', async () => {
    const parser = await loadMarkdownParser();
    const read = (prefix: string, run: string[], n: number) => {
      const gap = Array.from({length: n}, (_, i) => run[i % run.length]).join('');
      const source = `# Use X\n\n${prefix}${gap}b\n* Date: 2026-01-01\n\n## Context and Problem Statement\n\nWhy.\n`;
      let fastest = Infinity;
      for (let rep = 0; rep < 3; rep += 1) {
        const start = cpuMs();
        const reading = readBody(source, parser);
        normalizeDesignDoc(loadedDoc('docs/adr/use-x.md', {type: 'adr', [BODY_READING_KEY]: holdBodyReading(reading)}).doc, loadedDoc('docs/adr/use-x.md', {}).location, vocabulary);
        fastest = Math.min(fastest, cpuMs() - start);
      }
      return fastest;
    };
    fc.assert(
      fc.property(fc.constantFrom(...STATUS_LINES), fc.array(fc.constantFrom(...WHITESPACE), {minLength: 1, maxLength: 4}), (prefix, run) => {
        const shortMs = read(prefix, run, 500);
        const longMs = read(prefix, run, 10_000);
        // The floor keeps sub-millisecond noise at 500 from failing it.
        expect(longMs, `${JSON.stringify(prefix)} with ${JSON.stringify(run.join(''))}: ${shortMs.toFixed(2)} ms at 500, ${longMs.toFixed(2)} ms at 10,000`).toBeLessThan(Math.max(20 * shortMs, 50));
        expect(longMs).toBeLessThan(1_000);
      }),
      {numRuns: 20},
    );
  });
});

describe('fuzz: another site\'s export', () => {
  const SITE_URL = 'https://peer.example.com/docs-site';
  /** Any URL-ish text: what an export's url, tag or relation link could say. */
  const hostileUrl = fc.oneof(
    hostileString,
    fc.webUrl(),
    fc.constantFrom(
      'https://peer.example.com/docs-site/adr/x', 'https://peer.example.com/docs-site/../admin', 'https://peer.example.com.evil.test/docs-site/x',
      'https://user:pass@peer.example.com/docs-site/x', 'HTTPS://PEER.EXAMPLE.COM/docs-site/y', '//peer.example.com/docs-site/x', '/docs-site/x',
      'https://peer.example.com/docs-sitex', 'http://peer.example.com/docs-site/x',
    ),
  );

  it('gives only records whose links lie under the source\'s siteUrl, and portal pages that never throw and keep mermaid\'s structure', () => {
    const base = exportOf(SITE_URL, [
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', title: 'A', status: 'accepted', tags: ['t'], risks: [{title: 'R', likelihood: 'high', impact: 'high'}]}),
      loadedDoc('docs/adr/0002-b.md', {type: 'adr', title: 'B', status: 'proposed', supersedes: 'ADR-0001', related: 'other:ADR-9'}),
    ]);
    const NODE = /^ {2}n\d+\["(?:[\p{L}\p{N} ,.:_-]|#\d+;)+"\]:::tone-[a-z]+$/u;
    const seen = {refused: 0, listed: 0, dropped: 0};
    const isLine = (line: string) => NODE.test(line) || /^ {2}n\d+ (-->\|supersedes\||-\.->\|amends\||---\|related\|) n\d+$/.test(line) || /^ {2}classDef tone-[a-z]+ [a-z0-9:#,.\- ]+$/.test(line) || (/^ {2}click n\d+ href "[^"\s]+" _blank$/.test(line) && linkUnderSiteUrl(/"([^"]+)"/.exec(line)![1]!, SITE_URL) !== null);
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileString, hostileString, hostileUrl, hostileUrl, hostileString), {minLength: 2, maxLength: 2}), (mutations) => {
        const json = structuredClone(base);
        mutations.forEach(([title, label, url, tagLink, status], index) => {
          const doc = json.docs[index]!;
          Object.assign(doc, {title, statusLabel: label, reference: label, url, status});
          doc.tags = [{label, permalink: tagLink}];
          doc.risks.forEach((risk) => Object.assign(risk, {title, owner: label}));
          doc.relations.forEach((relation) => Object.assign(relation, {url: tagLink, title}));
        });
        const checked = validateExport(json);
        if (!checked.ok) {
          seen.refused += 1;
          return;
        }
        const {sites} = remoteSiteRecords({source: {name: 'peer', label: 'Peer', export: 'peer.json', siteUrl: SITE_URL}, exports: [{location: 'peer.json', json: checked.export}], loaded: true}, new Set(['peer']));
        const remote = sites.flatMap((site) => site.records);
        seen.listed += remote.length;
        seen.dropped += 2 - remote.length;
        for (const record of remote) {
          expect(linkUnderSiteUrl(record.permalink, SITE_URL), record.permalink).toBe(record.permalink);
          for (const tag of record.tags) {
            expect(tag.permalink === '' || linkUnderSiteUrl(tag.permalink, SITE_URL) === tag.permalink, tag.permalink).toBe(true);
          }
        }
        const model = buildDesignDocModel([loadedDoc('docs/adr/0001-local.md', {type: 'adr', status: 'accepted', related: 'peer:ADR-0001'})], vocabulary, {federated: {localName: 'hub', sites}});
        const portal = assemblePortal({model, vocabulary, options: {...getDefaultOptions(), graph: {related: true}}, today: '2026-12-02'}, {baseUrl: '/', routeBasePath: 'architecture'});
        JSON.parse(JSON.stringify(portal.routes.map((route) => route.data)));
        for (const {mermaid} of buildGraphProps(portal.context).diagrams) {
          for (const line of mermaid.split('\n').slice(1)) {
            expect(isLine(line), line).toBe(true);
          }
        }
      }),
      {numRuns},
    );
    // The property saw all three outcomes: refused by the schema, listed, and not listed for its link.
    expect(Object.values(seen).every((count) => count > 0), JSON.stringify(seen)).toBe(true);
  });
});

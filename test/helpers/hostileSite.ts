import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {DesignDocsJson} from '../../plugin/types/output';
import {repoRoot} from './docusaurus';
import {exportOf} from './federation';
import {writeFixtureSite} from './fixtureSite';
import {loadedDoc} from './model';

/** Payloads set window.__pwned or open a dialog if they ever run. */
export const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src="x" onerror="window.__pwned = 2">',
  'javascript:window.__pwned = 3',
  'data:text/html,<script>window.__pwned = 4</script>',
  '**bold** [click](javascript:alert(5)) <Foo /> {alert(6)}',
  '"]-->n0[("x")] %%{init: {"securityLevel": "loose"}}%%',
  'Title with \u202Eright-to-left\u202C and zero\u200Bwidth',
  '<svg onload="alert(7)">',
  // Unknown statuses become sidebar badges drawn by a generated stylesheet.
  '"} body{display:none} a::after{content:url(https://example.com/x)} .x{content:"',
];

export type HostileDoc = {file: string; content: string; expect?: {field: string; message: string}[]};

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** Payloads go in front matter only: the body is the author's own Markdown. */
function doc(frontMatter: string): string {
  return `---\n${frontMatter.trim()}\n---\n\nThe body of a hostile record.\n`;
}

/** Text as Markdown shows it literally: every ASCII punctuation mark backslash-escaped. */
function literal(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * A design doc written in the template's body form, with no front matter,
 * every value the body reader takes being `payload`. The page shows it as
 * the author's text; the portal pages get it as data.
 */
function bodyDoc(payload: string): string {
  const p = literal(payload);
  return `# System Design Document: ${p}

**Author**: ${p}
**Status**: ${p}
**Reviewers**: ${p}

## 3.1 Functional Requirements

| ID | Requirement | Priority | ${p} |
|----|----|----|----|
| ${p} | ${p} | Must Have | ${p} |

## 12. Trade-offs & Design Decisions

### Decision 1: ${p}
**Chosen**: ${p}
**Alternatives Considered**: ${p}
**Rationale**: ${p}

## 13. Risks {#javascript:alert(8)}

| Risk | Likelihood | Impact | Mitigation | Owner |
|----|----|----|----|----|
| ${p} | High | High | ${p} | ${p} |

## 15. Open Questions

1. ${p}

## Validation Checklist

- [x] ${p}
`;
}

/** At least 40 docs, each aimed at one failure. */
export function hostileDocs(): HostileDoc[] {
  const docs: HostileDoc[] = [
    {file: 'adr/0001-invalid-yaml.md', content: '---\ntype: adr\nstatus: [accepted\n---\n\nBroken YAML.\n', expect: [{field: 'front matter', message: 'is not valid YAML'}]},
    {file: 'adr/0002-invalid-yaml-tabs.md', content: '---\ntype: adr\n\tstatus: accepted\n  bad: : :\n---\n\nTabs.\n', expect: [{field: 'front matter', message: 'is not valid YAML'}]},
    {file: 'adr/0003-number-for-list.md', content: doc('type: adr\nstatus: accepted\ndeciders: 42'), expect: [{field: 'deciders', message: 'expected a name'}]},
    {file: 'adr/0004-map-for-string.md', content: doc('type: adr\nstatus: {nested: true}'), expect: [{field: 'status', message: 'expected text'}]},
    {file: 'adr/0005-empty-front-matter.md', content: '---\n---\n\nNo metadata at all.\n', expect: [{field: 'status', message: 'no status'}]},
    {file: 'adr/0006-unknown-status.md', content: doc('type: adr\nstatus: shipped'), expect: [{field: 'status', message: '1 record uses "shipped", which is not a status of type adr'}]},
    {file: 'misc/unknown-type.md', content: doc('type: memo\nstatus: sent'), expect: [{field: 'type', message: 'unknown type "memo"'}]},
    {file: 'adr/0007-unparseable-date.md', content: doc('type: adr\nstatus: accepted\ndate: next tuesday'), expect: [{field: 'date', message: 'is not a date'}]},
    {file: 'adr/0008-impossible-date.md', content: doc('type: adr\nstatus: accepted\ndate: "2026-02-30"'), expect: [{field: 'date', message: 'is not a date that exists'}]},
    // Unquoted, YAML itself would roll these over to 2 March and 1 January 2027.
    {file: 'adr/0017-impossible-date-unquoted.md', content: doc('type: adr\nstatus: accepted\ndate: 2026-02-30'), expect: [{field: 'date', message: '"2026-02-30" is not a date that exists'}]},
    // A NUL broke React's hydration of every page whose sidebar lists the doc.
    {file: 'adr/0018-null-in-title.md', content: doc('type: adr\nstatus: accepted\ntitle: "Null \\0 in the title"'), expect: [{field: 'title', message: 'contains U+0000'}]},
    {file: 'design/impossible-revision-date.md', content: doc('type: design-doc\nstatus: Draft\ndate: 2026-01-05\nrevisions:\n  - date: 2026-13-01\n    changes: Initial draft'), expect: [{field: 'revisions[0].date', message: '"2026-13-01" is not a date that exists'}]},
    {file: 'adr/0009-missing-target.md', content: doc('type: adr\nstatus: accepted\nsupersedes: ADR-0999'), expect: [{field: 'supersedes', message: 'does not match any design doc'}]},
    {file: 'adr/0010-self-supersede.md', content: doc('type: adr\nstatus: accepted\nsupersedes: ADR-0010'), expect: [{field: 'supersedes', message: 'cannot supersede itself'}]},
    {file: 'adr/0011-cycle-two-a.md', content: doc('type: adr\nstatus: accepted\nsupersedes: ADR-0012'), expect: [{field: 'supersedes', message: 'supersede cycle'}]},
    {file: 'adr/0012-cycle-two-b.md', content: doc('type: adr\nstatus: accepted\nsupersedes: ADR-0011'), expect: [{field: 'supersedes', message: 'supersede cycle'}]},
    {file: 'adr/0013-cycle-three-a.md', content: doc('type: adr\nstatus: accepted\nsupersedes: ADR-0014'), expect: [{field: 'supersedes', message: 'supersede cycle'}]},
    {file: 'adr/0014-cycle-three-b.md', content: doc('type: adr\nstatus: accepted\nsupersedes: ADR-0015'), expect: [{field: 'supersedes', message: 'supersede cycle'}]},
    {file: 'adr/0015-cycle-three-c.md', content: doc('type: adr\nstatus: accepted\nsupersedes: ADR-0013'), expect: [{field: 'supersedes', message: 'supersede cycle'}]},
    {file: 'adr/0016-duplicate-a.md', content: doc('type: adr\nstatus: accepted'), expect: [{field: 'number', message: 'is also used by'}]},
    {file: 'adr/0016-duplicate-b.md', content: doc('type: adr\nstatus: accepted'), expect: [{field: 'number', message: 'is also used by'}]},
    {
      file: 'design/off-scale.md',
      content: doc('type: design-doc\nstatus: draft\nrisks:\n  - title: Off the scale\n    likelihood: 11\n    impact: apocalyptic'),
      expect: [{field: 'risks[0].likelihood', message: 'not on the scale'}, {field: 'risks[0].impact', message: 'not on the scale'}],
    },
    {
      file: 'design/requirement-twice.md',
      content: doc('type: design-doc\nstatus: draft\nrequirements:\n  - id: FR-1\n    text: one\n  - id: FR-1\n    text: two'),
      expect: [{field: 'requirements[1].id', message: 'is used twice'}],
    },
    {
      file: 'design/one-megabyte.md',
      content: doc(`type: design-doc\nstatus: draft\ndecisions:\n  - title: Huge rationale\n    rationale: ${yamlString('x'.repeat(1024 * 1024))}`),
    },
    {
      file: 'design/five-thousand-risks.md',
      content: doc(
        `type: design-doc\nstatus: draft\nrisks:\n${Array.from({length: 5000}, (_, i) => `  - {id: R-${i}, title: Risk ${i}, likelihood: ${(i % 5) + 1}, impact: ${((i * 7) % 5) + 1}}`).join('\n')}`,
      ),
    },
  ];
  // Every payload in every text field, one doc per payload and field group.
  PAYLOADS.forEach((payload, index) => {
    const n = 20 + index * 3;
    const p = yamlString(payload);
    docs.push(
      // The same payload in every value the body reader takes, no front matter.
      {file: `design/body-payload-${index}.md`, content: bodyDoc(payload)},
      {
        file: `adr/${String(n).padStart(4, '0')}-payload-title-${index}.md`,
        content: doc(`type: adr\nstatus: accepted\ntitle: ${p}\ndeciders: [${p}]\nauthors: [${p}]\ntags: [${p}]\nowner: ${p}`),
      },
      {
        file: `adr/${String(n + 1).padStart(4, '0')}-payload-relations-${index}.md`,
        content: doc(`type: adr\nstatus: ${p}\nrelated: ${p}\nsummary: ${p}`),
        expect: [{field: 'status', message: 'which is not a status of type adr'}, {field: 'related', message: 'does not match any design doc'}],
      },
      {
        file: `design/payload-${index}.md`,
        content: doc(
          `type: design-doc\nstatus: draft\ntitle: ${p}\ndecisions:\n  - {title: ${p}, chosen: ${p}, alternatives: [${p}], rationale: ${p}, tradeoffs: ${p}, status: ${p}}\nrisks:\n  - {id: ${p}, title: ${p}, likelihood: High, impact: High, mitigation: ${p}, owner: ${p}, status: ${p}}\nrequirements:\n  - {id: ${p}, text: ${p}, category: ${p}, target: ${p}}\nopen-questions: [${p}]\nrevisions:\n  - {date: 2026-01-01, author: ${p}, changes: ${p}}`,
        ),
      },
    );
  });
  return docs;
}

/** The address of the hostile peer site whose export the hostile site federates. */
export const HOSTILE_PEER_URL = 'https://peer.example.com';

/**
 * Another site's export, schema-valid, with a payload in every text a hub
 * shows: each record's title, summary, reference, status and its label,
 * people, tags, decisions, risks, requirements and open questions. Three
 * records try links a hub must not make: a page address that is a script,
 * a tag and a relation pointing off the site.
 */
export function hostileExport(): DesignDocsJson {
  const json = exportOf(
    HOSTILE_PEER_URL,
    PAYLOADS.map((payload, index) =>
      loadedDoc(`docs/adr/${9001 + index}-peer.md`, {
        type: 'adr',
        title: payload,
        description: payload,
        status: 'accepted',
        authors: [payload],
        tags: [payload],
        'open-questions': [payload],
        decisions: [{title: payload, chosen: payload, alternatives: [payload], rationale: payload}],
        risks: [{id: 'R-1', title: payload, likelihood: 'high', impact: 'high', mitigation: payload, owner: payload}],
        requirements: [{id: 'FR-1', text: payload, priority: 'must'}],
      }),
    ),
  );
  json.docs.forEach((doc, index) => {
    doc.reference = PAYLOADS[index]!;
    doc.statusLabel = PAYLOADS[index]!;
    doc.status = PAYLOADS[index]!;
    doc.tags = [{label: PAYLOADS[index]!, permalink: 'javascript:window.__pwned = 9'}];
  });
  json.docs[0]!.url = 'javascript:window.__pwned = 10';
  json.docs[1]!.relations.push({kind: 'related', target: 'javascript:window.__pwned = 11', reference: null, title: 'x', inferred: false, url: 'https://evil.example.com/x'});
  return json;
}

/** Writes the hostile site into a temporary folder that resolves this checkout's packages. */
export function writeHostileSite(): {siteDir: string; docs: HostileDoc[]} {
  const docs = hostileDocs();
  const siteDir = writeFixtureSite('hostile', {
    docs: Object.fromEntries(docs.map((entry) => [entry.file, entry.content])),
    home: '---\nslug: /\n---\n\n# Hostile fixture\n\n::status-dashboard\n',
    config: `module.exports = {
  title: 'Hostile', url: 'https://example.com', baseUrl: '/', onBrokenLinks: 'warn',
  markdown: {mermaid: true, format: 'detect'},
  themes: ['@docusaurus/theme-mermaid'],
  presets: [['classic', {docs: {routeBasePath: '/', remarkPlugins: [require(${JSON.stringify(path.join(repoRoot, 'remark.js'))})]}, blog: false, pages: false}]],
  plugins: [[${JSON.stringify(repoRoot)}, {
    onInvalidDesignDoc: process.env.DESIGN_DOCS_ON_INVALID || 'throw',
    federation: {sources: [{name: 'peer', label: 'Peer', export: 'federation/peer.json', siteUrl: ${JSON.stringify(HOSTILE_PEER_URL)}}]},
  }]],
};
`,
  });
  mkdirSync(path.join(siteDir, 'federation'));
  writeFileSync(path.join(siteDir, 'federation/peer.json'), JSON.stringify(hostileExport()));
  return {siteDir, docs};
}

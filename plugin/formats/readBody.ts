import {parseMarkdownHeadingId} from '@docusaurus/utils';
import type {Heading, RootContent} from 'mdast';
import {BODY_READING_VERSION, type BodyFormat, type BodyReading} from './types';
import type {MarkdownParser} from './markdown';
import {plainText, splitLines} from './markdown';
import {readLabelLine} from './labels';
import {outline, type Section} from './outline';
import {SourceText} from './sourceText';
import {maskFrontMatter} from './sourceFile';
import {readHeaderFields} from './headerFields';
import {readLinksSection, readStatusSection} from './statusSection';
import {readRegisterTable, readRequirementTable, type TableKind} from './tables';
import {isDecisionHeading, readDecisionBlock} from './decisionBlocks';
import {readChecklist, readOpenQuestions} from './listSections';

/**
 * The one reader of record bodies, whatever their style: the design-doc
 * template (bold header, requirement, risk, decision and revision tables,
 * decision blocks, open questions, the validation checklist), adr-tools
 * and MADR 2. It walks the syntax tree remark-parse and remark-gfm give,
 * never the lines, and never throws: what it cannot place, it leaves out.
 */

export type BodyReaderOptions = {
  /** The site's `markdown.anchors.maintainCase`, so anchors match the page's heading ids. */
  maintainCase?: boolean;
};

/** `# System Design Document: Checkout Service` is listed as "Checkout Service". */
const DESIGN_DOC_TITLE_PREFIX =
  /^(?:(?:system|software|technical|architecture|solution)\s+)?(?:design|architecture)\s+(?:document|doc|spec|specification)\s*[:\-–—]\s*|^(?:system|technical)\s+design\s*[:\-–—]\s*/i;

function readTitle(heading: Heading): BodyReading['title'] {
  const written = parseMarkdownHeadingId(plainText(heading.children.filter((c) => c.type !== 'html'))).text.trim();
  const line = heading.position?.start.line ?? 0;
  const numbered = /^(\d+)\.\s+(.+)$/.exec(written);
  if (numbered) {
    return {heading: written, text: numbered[2]!.trim(), number: Number(numbered[1]), line, column: 1};
  }
  const text = written.replace(DESIGN_DOC_TITLE_PREFIX, '').trim();
  return {heading: written, text: text === '' ? written : text, number: null, line, column: 1};
}

function emptyReading(): BodyReading {
  return {
    version: BODY_READING_VERSION,
    formats: [],
    title: null,
    fields: {},
    relations: [],
    requirements: [],
    decisions: [],
    risks: [],
    revisions: [],
    openQuestions: [],
    checklist: [],
    restatements: [],
    summary: null,
  };
}

const TABLE_KINDS: Partial<Record<NonNullable<Section['kind']>, TableKind>> = {
  'functional-requirements': 'requirements',
  'non-functional-requirements': 'requirements',
  requirements: 'requirements',
  risks: 'risks',
  revisions: 'revisions',
  decisions: 'decisions',
};

function readTables(
  blocks: RootContent[],
  kind: Section['kind'] | 'preamble',
  anchor: string | null,
  reading: BodyReading,
  inherited = false,
): boolean {
  let found = false;
  for (const table of blocks) {
    if (table.type !== 'table') {
      continue;
    }
    if (kind === 'preamble') {
      // "Document Control" tables often sit right under the title.
      const revisions = readRegisterTable(table, 'revisions', anchor);
      if (revisions) {
        reading.revisions.push(...revisions);
        found = true;
      }
      continue;
    }
    const tableKind = kind ? TABLE_KINDS[kind] : undefined;
    if (tableKind === 'requirements') {
      const requirementKind = kind === 'functional-requirements' ? 'functional' : kind === 'non-functional-requirements' ? 'non-functional' : null;
      const rows = readRequirementTable(table, requirementKind, anchor, {inherited});
      reading.requirements.push(...(rows ?? []));
      found ||= rows !== null;
    } else if (tableKind) {
      const rows = readRegisterTable(table, tableKind, anchor);
      reading[tableKind === 'risks' ? 'risks' : tableKind === 'revisions' ? 'revisions' : 'decisions'].push(...(rows ?? []));
      found ||= rows !== null;
    }
  }
  return found;
}

const SUMMARY_LENGTH = 300;

/** The first paragraph that is prose, cut at a word near 300 characters. */
function firstProse(preamble: RootContent[], sections: Section[]): string | null {
  const blocks = [...preamble, ...sections.filter((s) => s.name !== 'status' && s.name !== 'links').flatMap((s) => s.blocks)];
  blocks.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  for (const block of blocks) {
    if (block.type !== 'paragraph' || splitLines(block.children).some((line) => readLabelLine(line, {plain: true}))) {
      continue;
    }
    const text = plainText(block).replace(/\s+/g, ' ').trim();
    if (text === '') {
      continue;
    }
    if (text.length <= SUMMARY_LENGTH) {
      return text;
    }
    const cut = text.slice(0, SUMMARY_LENGTH);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LENGTH / 2)).trimEnd()}…`;
  }
  return null;
}

/** The outermost sections of a kind: a nested "Open questions" inside one is read with it. */
function outermost(sections: Section[], kind: Section['kind']): Section[] {
  return sections.filter((section) => section.kind === kind && section.parent?.kind !== kind);
}

export function readBody(source: string, parser: MarkdownParser, options: BodyReaderOptions = {}): BodyReading {
  const reading = emptyReading();
  // Front matter becomes blank lines, so every position is the file's own.
  const root = parser.parse(maskFrontMatter(source));
  const text = new SourceText(source);
  const {title, preamble, sections} = outline(root, options);
  const formats = new Set<BodyFormat>();
  if (title) {
    reading.title = readTitle(title);
  }
  const header = readHeaderFields(preamble, text, reading);
  for (const section of sections.filter((s) => s.kind === 'document' && s.parent === null)) {
    const more = readHeaderFields(section.blocks, text, reading);
    header.bold ||= more.bold;
  }
  if (header.bold) {
    formats.add('template');
  }
  if (header.bullets) {
    formats.add('madr2');
  }
  let template = readTables(preamble, 'preamble', null, reading);
  for (const section of sections) {
    if (section.name === 'status' && section.depth <= 2) {
      readStatusSection(section, text, reading);
      if (reading.fields.status) {
        formats.add('nygard');
      }
    } else if (section.name === 'links') {
      readLinksSection(section, reading, text);
    }
    template = readTables(section.blocks, section.kind, section.anchor, reading, section.inherited) || template;
    if (isDecisionHeading(section)) {
      const decision = readDecisionBlock(section, text);
      if (decision) {
        reading.decisions.push(decision);
        template = true;
      }
    }
  }
  for (const section of outermost(sections, 'open-questions')) {
    reading.openQuestions.push(...readOpenQuestions(section));
  }
  for (const section of outermost(sections, 'checklist')) {
    reading.checklist.push(...readChecklist(section));
  }
  if (template || reading.checklist.length > 0) {
    formats.add('template');
  }
  reading.formats = [...formats];
  reading.summary = firstProse(preamble, sections);
  return reading;
}

import {parseMarkdownHeadingId} from '@docusaurus/utils';
import type {Heading, RootContent} from 'mdast';
import {BODY_READING_VERSION, type BodyFormat, type BodyReading} from './types';
import type {MarkdownParser} from './markdown';
import {linkTargets, plainText, sentencesOf, splitLines} from './markdown';
import {readLabelLine} from './labels';
import {outline, type Section} from './outline';
import {SourceText} from './sourceText';
import {maskFrontMatter} from './sourceFile';
import {readHeaderFields, relationOfProse, relationProseTarget} from './headerFields';
import {readLinksSection, readStatusSection} from './statusSection';
import {readRegisterTable, readRequirementTable, type TableKind} from './tables';
import {isDecisionHeading, readDecisionBlock} from './decisionBlocks';
import {readChecklist, readOpenQuestions} from './listSections';
import {isRevisionHeading, readRevisionBlock} from './revisionBlocks';
import {readFeedbackSection, reviewerOfHeading} from './feedbackItems';
import {readOutcome} from './outcome';

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

/**
 * `# 12. Use X` (adr-tools), `# ADR-012: Use X`, `# ADR 12 - Use X`: the
 * number, then the title. A bare year is not a number: `# 2024 roadmap`.
 */
const NUMBERED_HEADING = /^(?:(?:adr|rfc|dd|dr|kep|pep)[\s#_-]*)?(\d+)(?:\.|\s*[:\-–—])\s+(\S.*)$|^(0\d+)\s+(\S.*)$/i;

/** `# [Superseded by [ADR-0019](0019-x.md)] Push metrics`: a relation in brackets before the title. */
const BRACKETED_RELATION = /^\[([^\]]*)\]\s*(\S.*)$/;

/** The relation a heading starts with, in brackets, and the title after it. */
function headingRelation(written: string, heading: Heading, reading: BodyReading): string {
  const bracketed = BRACKETED_RELATION.exec(written);
  const kind = bracketed ? relationOfProse(bracketed[1]!) : null;
  if (!bracketed || !kind) {
    return written;
  }
  const line = heading.position?.start.line ?? 0;
  const column = (heading.position?.start.column ?? 1) + 2;
  const targets = linkTargets(heading.children);
  for (const target of targets.length > 0 ? targets : [relationProseTarget(bracketed[1]!)]) {
    reading.relations.push({kind, target, label: 'Title', line, column});
  }
  return bracketed[2]!.trim();
}

function readTitle(heading: Heading, reading: BodyReading): BodyReading['title'] {
  const line = heading.position?.start.line ?? 0;
  const written = parseMarkdownHeadingId(plainText(heading.children.filter((c) => c.type !== 'html'))).text.trim();
  const title = headingRelation(written, heading, reading);
  // `# 001 Title`: zero-padded as file numbers are, so not a year (`# 2024 roadmap`).
  const numbered = NUMBERED_HEADING.exec(title);
  if (numbered) {
    return {heading: written, text: (numbered[2] ?? numbered[4])!.trim(), number: Number(numbered[1] ?? numbered[3]), line, column: 1};
  }
  const text = title.replace(DESIGN_DOC_TITLE_PREFIX, '').trim();
  return {heading: written, text: text === '' ? title : text, number: null, line, column: 1};
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
    feedback: [],
    sections: [],
    outcome: null,
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

/** `## Context`, MADR's `## Context and Problem Statement`, `## Background`. */
const CONTEXT_SECTION = /^(context|context and problem statement|problem statement|background|summary|abstract)$/;

/** The first sentence, cut at a word near 300 characters. */
function firstSentence(text: string): string {
  const first = sentencesOf(text)[0] ?? text;
  if (first.length <= SUMMARY_LENGTH) {
    return first;
  }
  const cut = first.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LENGTH / 2)).trimEnd()}…`;
}

/** The first paragraph of prose in these blocks, as text. */
function proseOf(blocks: RootContent[]): string | null {
  for (const block of blocks) {
    if (block.type !== 'paragraph' || splitLines(block.children).some((line) => readLabelLine(line, {plain: true}))) {
      continue;
    }
    const text = plainText(block).replace(/\s+/g, ' ').trim();
    if (text !== '') {
      return text;
    }
  }
  return null;
}

/**
 * The record's summary: the first sentence of its context (an ADR's
 * "Context", MADR's "Context and Problem Statement"), else of the first
 * paragraph that is prose. Never a metadata line such as `Date: ...`.
 */
function summaryOf(preamble: RootContent[], sections: Section[]): string | null {
  const context = sections.find((s) => CONTEXT_SECTION.test(s.name));
  const fromContext = context ? proseOf(context.blocks) : null;
  if (fromContext) {
    return firstSentence(fromContext);
  }
  const blocks = [...preamble, ...sections.filter((s) => s.name !== 'status' && s.name !== 'links').flatMap((s) => s.blocks)];
  blocks.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  const prose = proseOf(blocks);
  return prose === null ? null : firstSentence(prose);
}

/** The reviewer a feedback section's items are from, when a heading above names one. */
function inheritedReviewer(section: Section): string | null {
  for (let parent = section.parent; parent && parent.kind === 'feedback'; parent = parent.parent) {
    const named = reviewerOfHeading(parent);
    if (named) {
      return named;
    }
  }
  // `### Mei Chen` under `## Review feedback`: a heading of its own, with no round number or date.
  return section.inherited && !/\d/.test(section.text) ? section.text : null;
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
    reading.title = readTitle(title, reading);
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
    if (section.depth <= 3) {
      const line = section.heading.position?.start.line ?? 0;
      reading.sections.push({title: section.text, kind: section.inherited ? null : section.kind, depth: section.depth, anchor: section.anchor, line, column: 1});
    }
    if (section.kind === 'feedback') {
      reading.feedback.push(...readFeedbackSection(section, inheritedReviewer(section)));
    }
    if (isRevisionHeading(section)) {
      const revision = readRevisionBlock(section, text);
      if (revision) {
        reading.revisions.push(revision);
        template = true;
      }
    } else if (isDecisionHeading(section)) {
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
  if (!formats.has('template')) {
    reading.outcome = readOutcome(sections);
  }
  reading.formats = [...formats];
  reading.summary = summaryOf(preamble, sections);
  return reading;
}

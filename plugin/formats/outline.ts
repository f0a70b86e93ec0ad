import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import type {Heading, Nodes, Root, RootContent} from 'mdast';
import {plainText} from './markdown';
import {normalizeLabel} from './labels';

/** What a section holds, told from its heading's words. */
export type SectionKind =
  | 'functional-requirements'
  | 'non-functional-requirements'
  | 'requirements'
  | 'risks'
  | 'revisions'
  | 'decisions'
  | 'open-questions'
  | 'checklist'
  | 'feedback'
  | 'status'
  | 'links'
  | 'document';

export type Section = {
  heading: Heading;
  /** The heading's text as written, without an explicit `{#id}`. */
  text: string;
  /** The heading without its numbering (`3.1`, `12.`, `C.`), lower-cased. */
  name: string;
  depth: number;
  /** Its own kind, else its parent section's. */
  kind: SectionKind | null;
  /** Whether the kind comes from a parent section rather than this heading's words. */
  inherited: boolean;
  /** The id Docusaurus gives the heading, for links back to it. */
  anchor: string;
  parent: Section | null;
  /** The blocks under the heading up to the next heading of any depth. */
  blocks: RootContent[];
  /** Everything under the heading up to the next heading of its depth or above. */
  content: RootContent[];
};

export type Outline = {
  /** The first `# heading`, when the body starts with one. */
  title: Heading | null;
  /** Blocks before the first section: where the template's bold header sits. */
  preamble: RootContent[];
  sections: Section[];
};

const NUMBERING = /^(?:(?:\d+\.)*\d+\.?|[a-z]\.|[ivx]+\.)\s+/;

/** `3.1 Functional Requirements` -> `functional requirements`. */
export function sectionName(text: string): string {
  return normalizeLabel(text.trim().replace(NUMBERING, '').replace(NUMBERING, ''));
}

/**
 * Sections that hold none of the registers, even inside one that does:
 * "3.3 Constraints" under "3. Requirements" lists constraints, not requirements.
 */
const NEUTRAL = /^(constraints?|assumptions?|dependencies|(non )?goals?( and objectives)?|scope|out of scope|glossary|references|background|context|problem statement|integration points)$/;

/**
 * "Review feedback", "Reviewer comments", "Feedback from Mei Chen"; not the
 * seed's "Feedback Categories" or "Feedback Integration Protocol", which
 * explain the categories rather than give feedback.
 */
const FEEDBACK =
  /^(?:(?:design |peer |architecture )?review(?:er)?s? )?(?:feedback|comments)(?: (?:log|items|received|and responses|and resolutions))?$|^(?:review )?feedback (?:from|by) |^review(?:er)?s? (?:comments|notes)$/;

function ownKind(name: string): SectionKind | null | 'neutral' {
  if (NEUTRAL.test(name)) {
    return 'neutral';
  }
  if (FEEDBACK.test(name)) {
    return 'feedback';
  }
  if (/\bnon ?functional\b|\bnfrs?\b|quality attributes?/.test(name)) {
    return 'non-functional-requirements';
  }
  if (/\bfunctional requirements?\b|\bfrs\b/.test(name)) {
    return 'functional-requirements';
  }
  if (/\brequirements?\b/.test(name)) {
    return 'requirements';
  }
  if (/\brisks?\b/.test(name)) {
    return 'risks';
  }
  if (/\brevisions?\b|document control|change ?log|(version|change|document) history/.test(name)) {
    return 'revisions';
  }
  if (/\bdecisions?\b|trade ?offs?\b/.test(name)) {
    return 'decisions';
  }
  if (/\b(open|unresolved|outstanding) questions?\b/.test(name)) {
    return 'open-questions';
  }
  if (/\bchecklist\b/.test(name)) {
    return 'checklist';
  }
  if (name === 'status') {
    return 'status';
  }
  if (name === 'links') {
    return 'links';
  }
  if (/^(document (information|details|metadata|info)|metadata|about this document)$/.test(name)) {
    return 'document';
  }
  return null;
}

/** Text of a heading as Docusaurus reads it for its id: no HTML. */
function headingText(heading: Heading): string {
  const nodes = heading.children.filter((node) => node.type !== 'html');
  return plainText(nodes.length > 0 ? nodes : heading.children);
}

/** An explicit id in a trailing `<!-- #my-id -->` comment. */
function commentId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'html') {
    return undefined;
  }
  const first = /^<!--([\s\S]*)-->$/.exec(last.value)?.[1]?.trim().split(' ')[0];
  return first?.startsWith('#') ? first.slice(1) || undefined : undefined;
}

/**
 * Each heading's id, the way Docusaurus' own remark plugin gives it: an
 * explicit `{#id}` or comment id, else a GitHub slug, numbered on repeats
 * in document order.
 */
function headingIds(root: Root, maintainCase: boolean): Map<Heading, {id: string; text: string}> {
  const slugger = createSlugger();
  const ids = new Map<Heading, {id: string; text: string}>();
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      const raw = headingText(node);
      const parsed = parseMarkdownHeadingId(raw);
      const explicit = commentId(node) ?? parsed.id;
      ids.set(node, {id: explicit ?? slugger.slug(raw, {maintainCase}), text: parsed.text.trim()});
      return;
    }
    if ('children' in node) {
      (node.children as Nodes[]).forEach(walk);
    }
  };
  walk(root);
  return ids;
}

/** The document's sections, each knowing its kind, id and blocks. */
export function outline(root: Root, {maintainCase = false}: {maintainCase?: boolean} = {}): Outline {
  const ids = headingIds(root, maintainCase);
  const sections: Section[] = [];
  const preamble: RootContent[] = [];
  let title: Heading | null = null;
  const open: Section[] = [];
  root.children.forEach((block) => {
    if (block.type === 'heading') {
      if (block.depth === 1 && title === null && sections.length === 0 && preamble.every((b) => b.type === 'html')) {
        title = block;
        return;
      }
      while (open.length > 0 && open[open.length - 1]!.depth >= block.depth) {
        open.pop();
      }
      const parent = open[open.length - 1] ?? null;
      const {id, text} = ids.get(block)!;
      const name = sectionName(text);
      const own = ownKind(name);
      const section: Section = {
        heading: block,
        text,
        name,
        depth: block.depth,
        kind: own === 'neutral' ? null : (own ?? parent?.kind ?? null),
        inherited: own === null && parent?.kind != null,
        anchor: id,
        parent,
        blocks: [],
        content: [],
      };
      sections.push(section);
      open.push(section);
      return;
    }
    if (open.length === 0) {
      preamble.push(block);
      return;
    }
    open[open.length - 1]!.blocks.push(block);
    for (const section of open) {
      section.content.push(block);
    }
  });
  // Subsections' headings belong to their ancestors' content too.
  for (const section of sections) {
    for (let ancestor = section.parent; ancestor; ancestor = ancestor.parent) {
      ancestor.content.push(section.heading);
    }
  }
  for (const section of sections) {
    section.content.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  }
  return {title, preamble, sections};
}

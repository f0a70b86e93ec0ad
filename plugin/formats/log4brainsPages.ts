import fs from 'fs';
import path from 'path';
import type {Nodes} from 'mdast';
import {folderTypeOf, type HookSettings} from './frontMatterHook';
import {maskFrontMatter} from './sourceFile';
import type {MarkdownParser} from './markdown';

/**
 * Where a log4brains site serves its own images. `log4brains init` writes a
 * home page (`index.md` of the ADR folder) that shows
 * `![ADR workflow](/l4b-static/adr-workflow.png)`, a file that exists only
 * inside log4brains; Docusaurus fails the build on an image it cannot find.
 */
const LOG4BRAINS_STATIC = '/l4b-static/';

/**
 * The file name log4brains' template puts where a record's goes
 * (`superseded by [xxx](yyyymmdd-xxx.md)`): a link to no file, which fails
 * Docusaurus' broken-link check.
 */
const PLACEHOLDER_RECORD = /^yyyymmdd-[^/]*\.md$/i;

/**
 * log4brains' own pages in its ADR folder: the home page (`index.md`) and
 * the template `log4brains adr new` copies (`template.md`). Neither is a
 * record; Docusaurus publishes both as ordinary pages.
 */
export function isLog4brainsOwnPage(filePath: string, settings: Pick<HookSettings, 'siteDir' | 'folderTypes'>): boolean {
  return /^(index|template)\.mdx?$/i.test(path.basename(filePath)) && folderTypeOf(filePath, settings) !== null;
}

/** Whether one of the site's static folders holds the file an absolute image URL names. */
function servedBySite(url: string, staticDirs: string[]): boolean {
  const file = url.replace(/[?#].*$/, '').slice(1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    decoded = file;
  }
  return staticDirs.some((dir) => fs.existsSync(path.join(dir, decoded)));
}

/** Only the line breaks of a text: what is left of a span cut out. */
function lineBreaks(text: string): string {
  return text.replace(/[^\r\n]/g, '');
}

/** The start and end offsets of a node in the source. */
function spanOf(node: Nodes): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : [start, end];
}

/**
 * One of log4brains' own pages without what only log4brains can serve: the
 * images of its static folder (unless the site serves that file itself, so
 * a team that copied the picture keeps it), and links to its placeholder
 * record, which keep their text. Each change keeps the line breaks it
 * covers, so MDX errors still point at the right line. Found by the
 * parser: an image or link in a code block or a comment is text, and stays.
 */
export function leaveOutLog4brainsReferences(source: string, parser: MarkdownParser, staticDirs: string[]): string {
  if (!source.includes(LOG4BRAINS_STATIC) && !/yyyymmdd-/i.test(source)) {
    return source;
  }
  const edits: {span: [number, number]; text: string}[] = [];
  const walk = (node: Nodes) => {
    const span = spanOf(node);
    if (span && node.type === 'image' && node.url.startsWith(LOG4BRAINS_STATIC) && !servedBySite(node.url, staticDirs)) {
      edits.push({span, text: lineBreaks(source.slice(...span))});
      return;
    }
    if (span && node.type === 'link' && PLACEHOLDER_RECORD.test(node.url)) {
      const first = node.children[0] ? spanOf(node.children[0]) : null;
      const last = node.children.length > 0 ? spanOf(node.children[node.children.length - 1]!) : null;
      const [textStart, textEnd] = first && last ? [first[0], last[1]] : [span[1], span[1]];
      // The text stays; of the brackets and the target, only line breaks.
      edits.push({span, text: lineBreaks(source.slice(span[0], textStart)) + source.slice(textStart, textEnd) + lineBreaks(source.slice(textEnd, span[1]))});
      return;
    }
    if ('children' in node) {
      for (const child of node.children as Nodes[]) {
        walk(child);
      }
    }
  };
  walk(parser.parse(maskFrontMatter(source)));
  let page = '';
  let at = 0;
  for (const {span, text} of edits) {
    page += source.slice(at, span[0]) + text;
    at = span[1];
  }
  return page + source.slice(at);
}

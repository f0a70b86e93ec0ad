import type {RootContent} from 'mdast';
import type {BodyReading} from './types';
import {linkTargets, splitLines, plainText, type InlineLine} from './markdown';
import {relationOfProse, relationProseTarget} from './headerFields';
import type {Section} from './outline';
import type {SourceText} from './sourceText';

/** A line of a paragraph, with the lines its paragraph spans. */
type PlacedLine = InlineLine & {block: [number, number]};

/**
 * The lines of a section's paragraphs and list items, in order, and
 * whether the section holds anything else (a table, code, a quote): then
 * it says more than the status, and only the status line can go.
 */
function linesOf(blocks: RootContent[]): {lines: PlacedLine[]; other: boolean} {
  const lines: PlacedLine[] = [];
  let other = false;
  const add = (paragraph: RootContent & {type: 'paragraph'}) => {
    const block: [number, number] = [paragraph.position?.start.line ?? 0, paragraph.position?.end.line ?? 0];
    lines.push(...splitLines(paragraph.children).map((line) => ({...line, block})));
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      add(block);
    } else if (block.type === 'list') {
      for (const item of block.children) {
        for (const child of item.children) {
          if (child.type === 'paragraph') {
            add(child);
          } else {
            other = true;
          }
        }
      }
    } else if (block.type !== 'html' && block.type !== 'thematicBreak') {
      other = true;
    }
  }
  return {lines, other};
}

/** The last line a section's own blocks reach. */
function lastLine(section: Section): number {
  // A rule after the status (`---`) separates it from the context; it stays on the page.
  const last = section.blocks.filter((block) => block.type !== 'thematicBreak').at(-1);
  return last?.position?.end.line ?? section.heading.position?.end.line ?? 0;
}

/**
 * adr-tools (Nygard): a `## Status` section whose first line is the status,
 * followed by lines such as `Superseded by [13. ...](0013-....md)`. When
 * the section says nothing else, it restates the header and the page
 * leaves it out.
 */
export function readStatusSection(section: Section, source: SourceText, reading: BodyReading): void {
  const {lines, other} = linesOf(section.blocks);
  let onlyMetadata = !other;
  let statusHere = false;
  // Paragraphs that hold only the status or a relation: the header shows them.
  const restating: [number, number][] = [];
  const paragraphOf = (line: PlacedLine) => {
    if (line.block[0] === line.block[1]) {
      restating.push(line.block);
    }
  };
  for (const line of lines) {
    const text = plainText(line.nodes).replace(/\s+/g, ' ').trim().replace(/^[-*]\s*/, '');
    const kind = relationOfProse(text);
    if (kind) {
      const targets = linkTargets(line.nodes);
      const column = (source.lineText(line.line).search(/\S/) + 1) || 1;
      for (const target of targets.length > 0 ? targets : [relationProseTarget(text)]) {
        reading.relations.push({kind, target, label: 'Status', line: line.line, column});
      }
      paragraphOf(line);
    } else if (!reading.fields.status) {
      statusHere = true;
      paragraphOf(line);
      const raw = source.lineText(line.line);
      const start = raw.search(/\S/);
      const end = raw.trimEnd().replace(/\.$/, '').length;
      const lineStart = source.lineStart(line.line);
      reading.fields.status = {
        label: 'Status',
        text,
        line: line.line,
        column: start + 1,
        ...(linkTargets(line.nodes).length > 0 && {links: linkTargets(line.nodes)}),
        span: [lineStart + start, lineStart + Math.max(start, end)],
      };
    } else {
      onlyMetadata = false;
    }
  }
  // adr-tools replaces the status line itself with "Superceded by [...]".
  const successor = reading.relations.find((r) => r.kind === 'superseded-by' && r.label === 'Status');
  if (!reading.fields.status && successor) {
    const raw = source.lineText(successor.line);
    const lineStart = source.lineStart(successor.line);
    reading.fields.status = {
      label: 'Status',
      text: 'Superseded',
      line: successor.line,
      column: successor.column,
      links: [successor.target],
      span: [lineStart + successor.column - 1, lineStart + raw.trimEnd().length],
    };
    statusHere = true;
  }
  if (onlyMetadata && statusHere) {
    reading.restatements.push({field: 'status', start: section.heading.position?.start.line ?? 0, end: lastLine(section)});
  } else if (statusHere) {
    // The section says more: its heading and the rest stay, the status line goes.
    for (const [start, end] of restating) {
      reading.restatements.push({field: 'status', start, end});
    }
  }
}

/** MADR 2's `## Links` section: `* Refined by [ADR-0005](0005-example.md)`. */
export function readLinksSection(section: Section, reading: BodyReading, source: SourceText): void {
  for (const line of linesOf(section.blocks.filter((b) => b.type === 'list' || b.type === 'paragraph')).lines) {
    const text = plainText(line.nodes).trim();
    const kind = relationOfProse(text);
    if (!kind) {
      continue;
    }
    const targets = linkTargets(line.nodes);
    const column = (source.lineText(line.line).search(/\S/) + 1) || 1;
    for (const target of targets.length > 0 ? targets : [relationProseTarget(text)]) {
      reading.relations.push({kind, target, label: 'Links', line: line.line, column});
    }
  }
}

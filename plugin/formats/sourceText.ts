import type {Nodes} from 'mdast';
import type {BodyText} from './types';
import {linkTargets, plainText} from './markdown';

/**
 * Where a value on a line ends: before trailing spaces, a hard-break
 * backslash and trailing HTML comments (`<!-- optional -->`). Done by hand:
 * a pattern anchored at the end with `\s*` on both sides takes quadratic
 * time on a long run of spaces, and lines are the author's.
 */
function valueEnd(text: string): number {
  let end = text.trimEnd().length;
  for (;;) {
    const trimmed = text.slice(0, end);
    if (trimmed.endsWith('\\')) {
      end = trimmed.slice(0, -1).trimEnd().length;
    } else if (trimmed.endsWith('-->') && trimmed.lastIndexOf('<!--') !== -1) {
      end = trimmed.slice(0, trimmed.lastIndexOf('<!--')).trimEnd().length;
    } else {
      return end;
    }
  }
}

/**
 * The file's text with its line starts, so a value read from the syntax
 * tree can be pointed at (line and column) and edited in place (offsets).
 */
export class SourceText {
  private starts: number[] | undefined;

  constructor(readonly source: string) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.source.indexOf('\n'); i !== -1; i = this.source.indexOf('\n', i + 1)) {
        starts.push(i + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts()[line - 1] ?? this.source.length;
  }

  /** A 1-based line without its line ending. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = this.lineStarts()[line];
    return this.source.slice(start, next === undefined ? undefined : next).replace(/\r?\n$/, '');
  }

  /**
   * Where the value after `label` starts and ends on its line: after the
   * colon and any closing `**`, up to the end of the line without trailing
   * spaces, a hard-break backslash or a trailing HTML comment.
   */
  valueSpan(line: number, label: string): [number, number] | null {
    const text = this.lineText(line);
    const labelAt = text.indexOf(label);
    if (labelAt === -1) {
      return null;
    }
    const colon = text.indexOf(':', labelAt + label.length);
    if (colon === -1) {
      return null;
    }
    let start = colon + 1;
    while (start < text.length && /[*_\s]/.test(text[start]!)) {
      start += 1;
    }
    const end = valueEnd(text);
    const lineStart = this.lineStart(line);
    return [lineStart + start, lineStart + Math.max(start, end)];
  }

  /** A value read from inline nodes, located at its line. */
  text(nodes: Nodes[], label: string, line: number, {items}: {items?: string[]} = {}): BodyText {
    const text = plainText(nodes).replace(/\s+/g, ' ').trim();
    const span = this.valueSpan(line, label);
    const links = linkTargets(nodes);
    return {
      label,
      text,
      line,
      column: span ? span[0] - this.lineStart(line) + 1 : 1,
      ...(items && {items}),
      ...(links.length > 0 && {links}),
      ...(span && {span}),
    };
  }
}

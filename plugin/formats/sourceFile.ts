/**
 * A Markdown file as every reader in this plugin sees it: an optional
 * byte-order mark, an optional front-matter block, and the body. One
 * definition, so the build hook, the webpack loader and the CLI cannot
 * disagree about where the body starts (a BOM once hid a record's front
 * matter from two of them).
 */

const BOM = '\uFEFF';
const FRONT_MATTER_BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export type SourceParts = {
  /** Whether the file starts with a UTF-8 byte-order mark. */
  bom: boolean;
  /** The YAML between the fences, or null when the file has no front matter. */
  frontMatter: string | null;
  /** Offset of the body in `source` (after the BOM and the closing fence line). */
  bodyOffset: number;
  body: string;
};

export function splitSource(source: string): SourceParts {
  const bom = source.startsWith(BOM);
  const start = bom ? 1 : 0;
  const match = FRONT_MATTER_BLOCK.exec(source.slice(start));
  if (!match) {
    return {bom, frontMatter: null, bodyOffset: start, body: source.slice(start)};
  }
  const bodyOffset = start + match[0].length;
  return {bom, frontMatter: match[1] ?? '', bodyOffset, body: source.slice(bodyOffset)};
}

/**
 * The source with its BOM and front matter turned into spaces, line breaks
 * kept: Markdown reads those lines as blank, and every position a parser
 * reports (line, column, offset) is the position in the file itself.
 */
export function maskFrontMatter(source: string): string {
  const {bodyOffset} = splitSource(source);
  if (bodyOffset === 0) {
    return source;
  }
  return source.slice(0, bodyOffset).replace(/[^\r\n]/g, ' ') + source.slice(bodyOffset);
}

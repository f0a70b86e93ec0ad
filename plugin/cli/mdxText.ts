import path from 'path';

/**
 * Docusaurus compiles `.md` files as MDX unless told otherwise, where `<`
 * before a letter starts a JSX tag and `{` an expression: a title such as
 * `Cache <Session> data in {Redis}` breaks the build there, and is plain
 * text in CommonMark.
 */

export type MarkdownFormat = 'mdx' | 'md' | 'detect';

/** Extensions Docusaurus (and MDX) read as CommonMark under `format: 'detect'`. */
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn', '.mkdown', '.ron']);

/**
 * Whether Docusaurus compiles this file as MDX: the file's own `format:`
 * front matter, else the site's `markdown.format`; `detect` goes by the
 * extension. The rule of `@docusaurus/mdx-loader`'s `getFormat`.
 */
export function compilesAsMdx(file: string, siteFormat: MarkdownFormat, frontMatterFormat?: unknown): boolean {
  const format = frontMatterFormat === 'md' || frontMatterFormat === 'mdx' || frontMatterFormat === 'detect' ? frontMatterFormat : siteFormat;
  if (format !== 'detect') {
    return format === 'mdx';
  }
  return !MARKDOWN_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/**
 * Text for a line of MDX that reads back as written: `<`, `{` and `}`
 * get a backslash, which MDX (like CommonMark) reads as the character
 * itself. Everything else is left for the Markdown it is.
 */
export function escapeMdxText(text: string): string {
  return text.replace(/[<{}]/g, (char) => `\\${char}`);
}

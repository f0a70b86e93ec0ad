import fs from 'fs';
import path from 'path';
import {DEFAULT_PARSE_FRONT_MATTER, escapeMarkdownHeadingIds, unwrapMdxCodeBlocks} from '@docusaurus/utils';
import type {MarkdownConfig, ParseFrontMatter} from '@docusaurus/types';
import type {Program} from 'estree';
import type {Nodes, Root} from 'mdast';
import type {DesignDocRecord, Problem} from '../types/model';
import {compilesAsMdx} from './mdxText';

/**
 * What `design-docs:lint` finds in records that Docusaurus compiles as
 * MDX, where `<Session>` opens a tag and `{Redis}` is JavaScript: the
 * build stops on the first, and the page fails to render on the second.
 * The record is parsed by the MDX compiler Docusaurus ships, with the
 * syntax extensions it adds (front matter, directives, GFM, comments),
 * after the same preprocessing; the plugins that transform the tree do
 * not change what parses, and are left out.
 */

const FIELD = 'MDX';

/** Names a Docusaurus MDX page has without importing them. */
const IN_SCOPE = new Set(['props', 'frontMatter', 'contentTitle', 'toc', 'metadata', 'assets', 'undefined', 'NaN', 'Infinity']);

type MdxParser = {parse(source: string): Root};

let parsers: Promise<{withComments: MdxParser; plain: MdxParser}> | undefined;

function loadMdxParsers() {
  parsers ??= (async () => {
    const [{createProcessor}, {default: remarkFrontmatter}, {default: remarkDirective}, {default: remarkGfm}, {default: remarkComment}] = await Promise.all([
      import('@mdx-js/mdx'),
      import('remark-frontmatter'),
      import('remark-directive'),
      import('remark-gfm'),
      import('@slorber/remark-comment'),
    ]);
    const create = (comments: boolean): MdxParser => {
      const processor = createProcessor({format: 'mdx', remarkPlugins: [remarkFrontmatter, remarkDirective, remarkGfm, ...(comments ? [remarkComment] : [])]});
      return {parse: (source) => processor.parse(source) as Root};
    };
    return {withComments: create(true), plain: create(false)};
  })();
  return parsers;
}

/** Docusaurus' preprocessing of MDX content (`@docusaurus/mdx-loader`), that which changes what parses. */
function preprocess(source: string, filePath: string, markdown: MarkdownConfig): string {
  let content = markdown.preprocessor ? markdown.preprocessor({fileContent: source, filePath}) : source;
  content = unwrapMdxCodeBlocks(content);
  return markdown.mdx1Compat.headingIds ? escapeMarkdownHeadingIds(content) : content;
}

/** The names the file's own `import` and `export` statements declare. */
function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    const program = node.type === 'mdxjsEsm' ? (node.data?.estree as Program | undefined) : undefined;
    for (const statement of program?.body ?? []) {
      if (statement.type === 'ImportDeclaration') {
        statement.specifiers.forEach((specifier) => names.add(specifier.local.name));
      } else if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
        const {declaration} = statement;
        if (declaration.type === 'VariableDeclaration') {
          declaration.declarations.forEach((d) => d.id.type === 'Identifier' && names.add(d.id.name));
        } else if (declaration.id) {
          names.add(declaration.id.name);
        }
      }
    }
  }
  return names;
}

/** `{Redis}`: an expression that is one name the page does not define. */
function undefinedNames(tree: Root): {name: string; line: number; column: number}[] {
  const declared = declaredNames(tree);
  const found: {name: string; line: number; column: number}[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      const [statement, ...rest] = (node.data?.estree as Program | undefined)?.body ?? [];
      const name = statement?.type === 'ExpressionStatement' && statement.expression.type === 'Identifier' ? statement.expression.name : null;
      if (name && rest.length === 0 && !declared.has(name) && !IN_SCOPE.has(name) && node.position) {
        found.push({name, line: node.position.start.line, column: node.position.start.column});
      }
    }
    if ('children' in node) {
      (node.children as Nodes[]).forEach(walk);
    }
  };
  walk(tree);
  return found;
}

export async function mdxProblems(
  records: DesignDocRecord[],
  {siteDir, markdown, parseFrontMatter}: {siteDir: string; markdown: MarkdownConfig; parseFrontMatter: ParseFrontMatter},
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const record of records) {
    const filePath = path.join(siteDir, record.file);
    let source: string;
    let frontMatter: Record<string, unknown>;
    try {
      source = fs.readFileSync(filePath, 'utf8');
      ({frontMatter} = await parseFrontMatter({filePath, fileContent: source, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER}));
    } catch {
      // Unreadable, or front matter that does not parse: reported already.
      continue;
    }
    if (!compilesAsMdx(record.file, markdown.format, frontMatter.format)) {
      continue;
    }
    // A `.md` file is MDX by the site's setting, which can say otherwise.
    const remedy = `escape the character (\\< or \\{) or put the text in backticks${
      compilesAsMdx(record.file, 'detect') ? '' : ", or set markdown: {format: 'detect'} in the site config to compile .md files as CommonMark"
    }`;
    const {withComments, plain} = await loadMdxParsers();
    let tree: Root;
    try {
      tree = (markdown.mdx1Compat.comments ? withComments : plain).parse(preprocess(source, filePath, markdown));
    } catch (error) {
      const {reason, line, column} = error as {reason?: string; line?: number; column?: number};
      problems.push({
        file: record.file,
        field: FIELD,
        message: `MDX cannot compile this record: ${reason ?? String(error)}. The build stops here; ${remedy}`,
        severity: 'error',
        ...(line && {line}),
        ...(column && {column}),
      });
      continue;
    }
    for (const {name, line, column} of undefinedNames(tree)) {
      problems.push({
        file: record.file,
        field: FIELD,
        message: `{${name}} is a JavaScript expression in MDX, and ${name} is not defined: the page fails to render ("ReferenceError: ${name} is not defined"); ${remedy}`,
        severity: 'error',
        line,
        column,
      });
    }
  }
  return problems;
}

import type {Nodes, PhrasingContent, Root} from 'mdast';

/**
 * The Markdown parser Docusaurus itself ships: unified and remark-parse,
 * with GFM's tables, task lists, strikethrough and footnotes, the syntax
 * extensions remark-gfm bundles. Loaded once. Those packages are ES modules
 * only and this one is CommonJS, so they are loaded with `import()` (the
 * build compiles with `module: node16`, which keeps it an import).
 *
 * GFM's autolink literals (a bare `https://...` or `www...` made a link)
 * are left out (ADR-0033): they change no text a reader takes from a body,
 * only whether a bare address is a link node, and looking for them at every
 * character of every paragraph and table cell was about two fifths of the
 * parse of a template document.
 */
export type MarkdownParser = {parse(markdown: string): Root};

let parser: Promise<MarkdownParser> | undefined;

export function loadMarkdownParser(): Promise<MarkdownParser> {
  parser ??= (async () => {
    const [
      {unified},
      {default: remarkParse},
      {gfmFootnote},
      {gfmStrikethrough},
      {gfmTable},
      {gfmTaskListItem},
      {gfmFootnoteFromMarkdown},
      {gfmStrikethroughFromMarkdown},
      {gfmTableFromMarkdown},
      {gfmTaskListItemFromMarkdown},
    ] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('micromark-extension-gfm-footnote'),
      import('micromark-extension-gfm-strikethrough'),
      import('micromark-extension-gfm-table'),
      import('micromark-extension-gfm-task-list-item'),
      import('mdast-util-gfm-footnote'),
      import('mdast-util-gfm-strikethrough'),
      import('mdast-util-gfm-table'),
      import('mdast-util-gfm-task-list-item'),
    ]);
    // What remark-gfm does, without its autolink-literal pair.
    const processor = unified()
      .use(remarkParse)
      .data('micromarkExtensions', [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()])
      .data('fromMarkdownExtensions', [
        gfmFootnoteFromMarkdown(),
        gfmStrikethroughFromMarkdown(),
        gfmTableFromMarkdown(),
        gfmTaskListItemFromMarkdown(),
      ])
      .freeze();
    return {parse: (markdown: string) => processor.parse(markdown) as Root};
  })();
  return parser;
}

/**
 * The text a reader sees, as mdast-util-to-string gives it, except that
 * HTML (template hints such as `<!-- optional -->`) is not text.
 */
export function plainText(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) {
    return node.map(plainText).join('');
  }
  switch (node.type) {
    case 'html':
      return '';
    case 'break':
      return '\n';
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? plainText(node.children as Nodes[]) : '';
  }
}

const sentenceSegmenter = new Intl.Segmenter('en', {granularity: 'sentence'});

/** The sentences of a text, trimmed, empty ones left out: summaries and decisions take the first. */
export function sentencesOf(text: string): string[] {
  return [...sentenceSegmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s !== '');
}

/** Link targets inside a node, in order. */
export function linkTargets(nodes: Nodes[]): string[] {
  const targets: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link') {
      targets.push(node.url);
    }
    if ('children' in node) {
      (node.children as Nodes[]).forEach(walk);
    }
  };
  nodes.forEach(walk);
  return targets;
}

/** A line of a paragraph: its inline nodes, and its 1-based line in the file. */
export type InlineLine = {line: number; nodes: PhrasingContent[]};

/**
 * A paragraph's inline content split into its source lines: at the line
 * endings inside text nodes and at hard breaks (two trailing spaces or a
 * backslash). A text node across lines becomes one text node per line.
 */
export function splitLines(children: PhrasingContent[]): InlineLine[] {
  const lines: InlineLine[] = [];
  let current: InlineLine | null = null;
  const open = (line: number) => {
    current = {line, nodes: []};
    lines.push(current);
    return current;
  };
  for (const child of children) {
    const line = child.position?.start.line ?? 0;
    if (child.type === 'break') {
      current = null;
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      (current ?? open(line)).nodes.push(child);
      continue;
    }
    child.value.split('\n').forEach((part, index) => {
      const target: InlineLine = index === 0 ? (current ?? open(line)) : open(line + index);
      if (part !== '') {
        target.nodes.push({type: 'text', value: part});
      }
    });
  }
  return lines.filter((line) => line.nodes.some((node) => node.type !== 'text' || node.value.trim() !== ''));
}

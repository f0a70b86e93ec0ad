import {isAlias, isMap, isScalar, isSeq, parse, parseDocument, type Node, type Pair, type Scalar} from 'yaml';
import {splitSource} from '../formats/sourceFile';

/**
 * Edits of one value in a record's front matter that change only that
 * value's bytes. The yaml package's parser says where each key and value
 * is written, and the new text is spliced in there: re-serializing the
 * document would re-indent, re-quote and re-fold lines nobody asked to
 * change, and drop nothing less than the author's layout. Comments, the
 * other values' styles, the key's spelling and every line's own ending
 * stay as they were.
 */

/** Replace `remove` characters at offset `at` of the file with `insert`. */
export type Splice = {at: number; remove: number; insert: string};

/** Why an edit cannot be made safely, as the end of "... was not changed: <reason>". */
export type Refusal = {refused: string};

export type FrontMatterBlock = {
  /** Offset in the file of the YAML text (after the BOM and the opening fence line). */
  start: number;
  text: string;
  /** Offset of the closing fence line, where a new last line goes. */
  closing: number;
  /** The line ending a new last line gets: the one before the closing fence. */
  eol: string;
  /** The parsed block; `contents` is null when it holds no value. */
  document: ReturnType<typeof parseDocument>;
};

/** The front-matter block of `source`, parsed; null when there is none. */
export function frontMatterBlock(source: string): FrontMatterBlock | Refusal | null {
  const {bom, frontMatter} = splitSource(source);
  if (frontMatter === null) {
    return null;
  }
  const fence = /^---[ \t]*(\r?\n)/.exec(source.slice(bom ? 1 : 0))!;
  const start = (bom ? 1 : 0) + fence[0].length;
  // The text is followed by its last line's ending and the fence, or by the fence alone when empty.
  const lastEol = /^(\r?\n)?---/.exec(source.slice(start + frontMatter.length))![1];
  const document = parseDocument(frontMatter, {uniqueKeys: false});
  if (document.errors.length > 0) {
    return {refused: `its front matter could not be read for editing (${document.errors[0]!.message.split('\n')[0]})`};
  }
  return {
    start,
    text: frontMatter,
    closing: start + frontMatter.length + (lastEol?.length ?? 0),
    eol: lastEol ?? fence[1]!,
    document,
  };
}

/** The top-level entry written under exactly `key`, or null. */
export function topLevelPair(block: FrontMatterBlock, key: string): Pair<Node, Node | null> | Refusal | null {
  const contents = block.document.contents;
  if (!isMap(contents)) {
    return null;
  }
  const pairs = contents.items.filter((pair) => isScalar(pair.key) && String(pair.key.value) === key);
  if (pairs.length > 1) {
    return {refused: `its front matter gives "${key}" ${pairs.length} times`};
  }
  return (pairs[0] as Pair<Node, Node | null> | undefined) ?? null;
}

/** Offsets of a node in the file. */
function rangeOf(block: FrontMatterBlock, node: Node): [number, number] {
  const [start, end] = node.range!;
  return [block.start + start, block.start + end];
}

/** Where the line holding `offset` ends (after its line break), and that break. */
function lineEndAfter(source: string, offset: number): {at: number; eol: string} {
  if (source[offset - 1] === '\n') {
    return {at: offset, eol: source[offset - 2] === '\r' ? '\r\n' : '\n'};
  }
  // Front matter is always followed by its closing fence's line, so there is a break.
  const newline = source.indexOf('\n', offset);
  return {at: newline + 1, eol: source[newline - 1] === '\r' ? '\r\n' : '\n'};
}

/** Words YAML would read as something other than text when unquoted. */
const NOT_TEXT = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/** `value` as a plain scalar when it reads back as the same text, else double-quoted (JSON is valid YAML). */
export function yamlText(value: string): string {
  const plain = /^[A-Za-z][\w.-]*(?: [\w.-]+)*$/.test(value) && !NOT_TEXT.test(value) && parse(value) === value;
  return plain ? value : JSON.stringify(value);
}

/** `value` written in the style of the scalar it replaces: quoted stays quoted the same way. */
function textInStyleOf(node: Node, value: string): string {
  const type = isScalar(node) ? (node as Scalar).type : undefined;
  if (type === 'QUOTE_DOUBLE') {
    return JSON.stringify(value);
  }
  if (type === 'QUOTE_SINGLE') {
    return `'${value.replace(/'/g, "''")}'`;
  }
  return yamlText(value);
}

/**
 * The splice that makes a key's value `value`. A scalar keeps its quotes
 * and the comment after it; a block scalar (`>-` and its lines) is replaced
 * as a whole by one plain line, keeping a comment on its header; an empty
 * value is filled in.
 */
export function replaceValue(source: string, block: FrontMatterBlock, pair: Pair<Node, Node | null>, value: string): Splice | Refusal {
  const node = pair.value;
  if (!node || !(isScalar(node) || isAlias(node))) {
    return {refused: `its "${String((pair.key as Scalar).value)}" is ${isSeq(node) ? 'a list' : 'a map'}, not one value`};
  }
  const [start, end] = rangeOf(block, node);
  const written = source.slice(start, end);
  const scalarType = isScalar(node) ? (node as Scalar).type : undefined;
  if (scalarType === 'BLOCK_FOLDED' || scalarType === 'BLOCK_LITERAL') {
    const header = /^[|>][-+1-9]*([ \t]+#[^\r\n]*)?/.exec(written)!;
    const lineBreak = /\r?\n$/.exec(written)?.[0] ?? '';
    return {at: start, remove: end - start, insert: `${yamlText(value)}${header[1] ?? ''}${lineBreak}`};
  }
  const text = textInStyleOf(node, value);
  // `status:` with nothing after the colon.
  const space = written === '' && source[start - 1] === ':' ? ' ' : '';
  return {at: start, remove: end - start, insert: `${space}${text}`};
}

/**
 * The splice that adds `item` to a list-valued key, in the list's own
 * style: `[a]` gets `, b`; a block list gets a `- b` line under its last
 * item, indented like its first; one value becomes `[a, b]`; an empty
 * value becomes `b`. Null when the key already names `item`.
 */
export function addToList(source: string, block: FrontMatterBlock, pair: Pair<Node, Node | null>, item: string): Splice | Refusal | null {
  const node = pair.value;
  const text = yamlText(item);
  if (node && isSeq(node)) {
    const items = node.items as Node[];
    if (items.some((existing) => isScalar(existing) && String(existing.value) === item)) {
      return null;
    }
    if (items.some((existing) => !isScalar(existing))) {
      return {refused: `its "${String((pair.key as Scalar).value)}" lists something other than references`};
    }
    const [start] = rangeOf(block, node);
    if (node.flow) {
      const last = items.at(-1);
      return last ? {at: rangeOf(block, last)[1], remove: 0, insert: `, ${text}`} : {at: start + 1, remove: 0, insert: text};
    }
    const first = rangeOf(block, items[0]!)[0];
    const marker = source.slice(source.lastIndexOf('\n', first - 1) + 1, first);
    if (!/^[ \t]*-[ \t]+$/.test(marker)) {
      return {refused: `its "${String((pair.key as Scalar).value)}" list is written in a way this command does not edit`};
    }
    const end = lineEndAfter(source, rangeOf(block, items.at(-1)!)[1]);
    return {at: end.at, remove: 0, insert: `${marker}${text}${end.eol}`};
  }
  if (isScalar(node)) {
    const current = node.value;
    if (current === null || current === undefined || String(current).trim() === '') {
      return replaceValue(source, block, pair, item);
    }
    if (String(current) === item) {
      return null;
    }
    const [start, end] = rangeOf(block, node);
    const written = source.slice(start, end);
    const type = node.type;
    // Kept as written when it means the same inside `[...]`.
    const keep = (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' || (type === 'PLAIN' && !/[,[\]{}#]|: /.test(written))) && !/[\r\n]/.test(written);
    return {at: start, remove: end - start, insert: `[${keep ? written : JSON.stringify(String(current))}, ${text}]`};
  }
  return {refused: `its "${String((pair.key as Scalar).value)}" is ${isAlias(node) ? 'an alias' : 'a map'}, not a list of references`};
}

/** The splice that adds `key: value` on a line of its own after the entry `after`. */
export function insertAfter(source: string, block: FrontMatterBlock, after: Pair<Node, Node | null>, key: string, value: string): Splice {
  const anchor = after.value ?? after.key;
  const end = lineEndAfter(source, rangeOf(block, anchor)[1]);
  return {at: end.at, remove: 0, insert: `${key}: ${yamlText(value)}${end.eol}`};
}

/** The splice that adds `key: value` as the last line of the front matter, indented like its first key. */
export function appendEntry(source: string, block: FrontMatterBlock, key: string, value: string): Splice | Refusal {
  const contents = block.document.contents;
  let indent = '';
  if (contents !== null) {
    if (!isMap(contents) || contents.flow) {
      return {refused: 'its front matter is not a list of "key: value" lines'};
    }
    const firstKey = contents.items[0]?.key as Node | undefined;
    if (firstKey) {
      const at = rangeOf(block, firstKey)[0];
      const before = source.slice(source.lastIndexOf('\n', at - 1) + 1, at);
      indent = /^[ \t]*$/.test(before) ? before : '';
    }
  }
  return {at: block.closing, remove: 0, insert: `${indent}${key}: ${yamlText(value)}${block.eol}`};
}

/** `source` with the splices made, from the last to the first so offsets hold. */
export function applySplices(source: string, splices: Splice[]): string {
  let result = source;
  for (const splice of [...splices].sort((a, b) => b.at - a.at)) {
    result = result.slice(0, splice.at) + splice.insert + result.slice(splice.at + splice.remove);
  }
  return result;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}

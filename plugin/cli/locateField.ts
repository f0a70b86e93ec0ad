/**
 * The 1-based line of a front-matter field such as `status` or
 * `risks[2].likelihood`, for CI annotations and the approval gate's
 * `file:line`; null when it cannot be told. Each step is looked for only
 * inside the block of the step before it: `checklist[0]` of a flow list
 * (`checklist: ["[ ] a"]`) is not the first `- ` line of the next key,
 * and `risks[1]` is not an item of risk 0's own list.
 */

/** A node of the front matter: the line it starts on, and the lines its block spans. */
type Block = {start: number; end: number; indent: number; kind: 'root' | 'key' | 'item'};

const LIST_ITEM = /^\s*-(?:\s|$)/;

function indentOf(line: string): number {
  return line.search(/\S/);
}

/** A line YAML reads as content: not blank, not only a comment. */
function meaningful(line: string): boolean {
  const text = line.trim();
  return text !== '' && !text.startsWith('#');
}

/**
 * Where the block of the node at `start` ends (exclusive): at the first
 * line indented no deeper than the node, but for a key's list written at
 * the key's own indent (`key:\n- a`).
 */
function blockEnd(lines: string[], start: number, indent: number, kind: 'key' | 'item', limit: number): number {
  for (let index = start + 1; index < limit; index += 1) {
    const line = lines[index]!;
    if (!meaningful(line) || indentOf(line) > indent) {
      continue;
    }
    if (kind === 'key' && indentOf(line) === indent && LIST_ITEM.test(line)) {
      continue;
    }
    return index;
  }
  return limit;
}

/** The `count`-th item (0-based) of the list directly in `block`, or -1. */
function itemOf(lines: string[], block: Block, count: number): {line: number; indent: number} | null {
  let listIndent: number | null = null;
  let left = count;
  for (let index = block.start + 1; index < block.end; index += 1) {
    const line = lines[index]!;
    if (!meaningful(line) || !LIST_ITEM.test(line)) {
      continue;
    }
    listIndent ??= indentOf(line);
    if (indentOf(line) === listIndent && left-- === 0) {
      return {line: index, indent: listIndent};
    }
  }
  return null;
}

/** How far the text of a line is indented once its list dashes count as spaces: `  - title: a` is 4. */
function textIndent(line: string): number {
  return indentOf(line.replace(/^(\s*)((?:-\s+)+)/, (_, lead: string, dashes: string) => lead + ' '.repeat(dashes.length)));
}

/** How far the keys directly in `block` are indented; null for a block with none. */
function childIndent(lines: string[], block: Block): number | null {
  if (block.kind === 'item' && lines[block.start]!.replace(/^\s*-/, '').trim() !== '') {
    return textIndent(lines[block.start]!);
  }
  for (let index = block.start + 1; index < block.end; index += 1) {
    if (meaningful(lines[index]!)) {
      return indentOf(lines[index]!);
    }
  }
  return null;
}

/** The line of `key` directly in `block` (an item's first key sits after its dash), or -1. */
function keyOf(lines: string[], block: Block, key: string): number {
  const pattern = new RegExp(`^\\s*(?:-\\s+)?(["']?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\s*:`);
  const indent = childIndent(lines, block);
  if (indent === null) {
    return -1;
  }
  const first = block.kind === 'item' ? block.start : block.start + 1;
  for (let index = first; index < block.end; index += 1) {
    const line = lines[index]!;
    const direct = index === block.start ? textIndent(line) === indent : !LIST_ITEM.test(line) && indentOf(line) === indent;
    if (meaningful(line) && direct && pattern.test(line)) {
      return index;
    }
  }
  return -1;
}

export function locateField(source: string, field: string): number | null {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return null;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  const end = close === -1 ? lines.length : close;
  const steps = field.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let block: Block = {start: 0, end, indent: -1, kind: 'root'};
  for (const step of steps) {
    if (step.startsWith('[')) {
      const item = itemOf(lines, block, Number(step.slice(1, -1)));
      if (!item) {
        return null;
      }
      block = {start: item.line, end: blockEnd(lines, item.line, item.indent, 'item', block.end), indent: item.indent, kind: 'item'};
      continue;
    }
    const found = keyOf(lines, block, step);
    if (found === -1) {
      return null;
    }
    const indent = textIndent(lines[found]!);
    block = {start: found, end: blockEnd(lines, found, indent, 'key', block.end), indent, kind: 'key'};
  }
  return block.kind === 'root' ? null : block.start + 1;
}

/**
 * The 1-based line of a front-matter field such as `status` or
 * `risks[2].likelihood`, for CI annotations; null when it cannot be told.
 */
export function locateField(source: string, field: string): number | null {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return null;
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  const frontMatter = end === -1 ? lines : lines.slice(0, end);
  const steps = field.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let from = 1;
  let indent = -1;
  for (const step of steps) {
    if (step.startsWith('[')) {
      // The n-th list item below the current key.
      let count = Number(step.slice(1, -1));
      const item = frontMatter.findIndex((line, index) => index >= from && /^\s*-\s/.test(line) && line.search(/\S/) > indent && count-- === 0);
      if (item === -1) {
        return null;
      }
      from = item;
      indent = frontMatter[item]!.search(/\S/);
      continue;
    }
    const key = new RegExp(`^(\\s*(?:-\\s+)?)${step.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const found = frontMatter.findIndex((line, index) => index >= from && key.test(line) && line.search(/\S/) >= indent);
    if (found === -1) {
      return null;
    }
    from = found;
    indent = frontMatter[found]!.search(/\S/);
  }
  return from + 1;
}

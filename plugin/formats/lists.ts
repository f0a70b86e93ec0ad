/**
 * Lists written on one line: `Option B, Option C`, `[Principal Engineer,
 * Code Reviewer]`, `Priya Raman (Architect, Payments); Bob`. Splits at
 * commas and semicolons outside brackets, and drops the square brackets a
 * YAML-minded author puts around the whole list.
 */
export function splitInlineList(text: string, {words = false}: {words?: boolean} = {}): string[] {
  let value = text.trim();
  if (/^\[[^[\]]*\]$/.test(value)) {
    value = value.slice(1, -1);
  }
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(' || char === '[') {
      depth += 1;
    } else if ((char === ')' || char === ']') && depth > 0) {
      depth -= 1;
    }
    if (depth === 0 && (char === ',' || char === ';')) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  // "Alice, Bob and Carol": for names, a last "and" separates too.
  const split = words ? items.flatMap((item) => item.split(/\s+(?:and|&)\s+(?![^(]*\))/i)) : items;
  return split.map((item) => item.trim()).filter((item) => item !== '');
}

/** A template placeholder such as `[Current Date]` or `[System Name]`: the whole value in square brackets. */
export function isPlaceholder(text: string): boolean {
  return /^\[[^[\]]+\]$/.test(text.trim());
}

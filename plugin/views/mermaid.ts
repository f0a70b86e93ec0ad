/**
 * Mermaid text from untrusted strings. Only letters, digits, spaces and a
 * few punctuation marks pass through; everything else becomes a mermaid
 * entity (`#34;`), so quotes, brackets, `-->`, `%%{init}%%` or `<script>`
 * in a title can neither end a label nor reach the page as markup.
 */
export function escapeMermaidLabel(text: string): string {
  let out = '';
  for (const char of text) {
    out += /^[A-Za-z0-9 ,.:_-]$/.test(char) ? char : `#${char.codePointAt(0)};`;
  }
  // Runs of spaces and hyphens could still form an arrow-like token.
  return out.replace(/--/g, '-#45;').trim() || '#160;';
}

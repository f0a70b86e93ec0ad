/** Letters and digits of any script, spaces and a few punctuation marks: none is mermaid syntax. */
const PLAIN = /^[\p{L}\p{N} ,.:_-]$/u;
const ALL_PLAIN = /^[\p{L}\p{N} ,.:_-]*$/u;

/**
 * Mermaid text from untrusted strings. Only letters, digits, spaces and a
 * few punctuation marks pass through; everything else becomes a mermaid
 * entity (`#34;`), so quotes, brackets, `-->`, `%%{init}%%` or `<script>`
 * in a title can neither end a label nor reach the page as markup. Letters
 * of every script stay as written: an entity for each would make a
 * Japanese title seven times longer, and mermaid's text limit is counted
 * in characters.
 */
export function escapeMermaidLabel(text: string): string {
  let out = text;
  // Most titles are plain through and through: then no character is looked at on its own.
  if (!ALL_PLAIN.test(text)) {
    out = '';
    for (const char of text) {
      out += PLAIN.test(char) ? char : `#${char.codePointAt(0)};`;
    }
  }
  // Runs of spaces and hyphens could still form an arrow-like token.
  return out.replace(/--/g, '-#45;').trim() || '#160;';
}

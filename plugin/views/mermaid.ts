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

/** An absolute http(s) URL in its normalized form, of URL characters and whole percent escapes only. */
const SAFE_URL = /^https?:\/\/(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$/;

/**
 * A URL for a mermaid `click ... href "..."` line, or null. Only an
 * absolute http(s) URL passes, normalized by the URL parser (which
 * percent-encodes quotes, spaces and angle brackets), and only when what
 * is left is plain URL characters: no quote can end the string, no `%%`
 * start a comment, no `javascript:` run. The reader checks remote links
 * already; this is the diagram's own defence.
 */
export function mermaidLink(url: string): string | null {
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return null;
    }
    href = parsed.href;
  } catch {
    return null;
  }
  return SAFE_URL.test(href) ? href : null;
}

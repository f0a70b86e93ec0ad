import {NOT_XML_CHARACTER, REPLACEMENT_CHARACTER} from '../formats/xmlCharacters';

/**
 * Text for the XML files the build writes (RSS, Atom, SVG badges), from
 * strings that are never trusted: titles, statuses, summaries, the site's
 * title. The model already replaced what front matter and bodies can
 * smuggle in; this does it again for whatever else reaches a file, since
 * one character outside XML's `Char` makes a parser reject the whole file.
 * Such a character becomes U+FFFD (a reference such as `&#1;` is as
 * forbidden as the character); markup characters become references, so
 * `]]>`, `<script>` or `AT&T` stay text.
 */

const REFERENCE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Written as such, an attribute's tab and line breaks would be read back as spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const IN_TEXT = new RegExp(`[&<>]|${NOT_XML_CHARACTER}`, 'gu');
const IN_ATTRIBUTE = new RegExp(`[&<>"'\\t\\n\\r]|${NOT_XML_CHARACTER}`, 'gu');

function replace(char: string): string {
  return REFERENCE[char] ?? REPLACEMENT_CHARACTER;
}

/** Element content: `<title>${xmlText(title)}</title>`. */
export function xmlText(text: string): string {
  return text.replace(IN_TEXT, replace);
}

/** An attribute value in either quotes: `aria-label="${xmlAttribute(label)}"`. */
export function xmlAttribute(text: string): string {
  return text.replace(IN_ATTRIBUTE, replace);
}

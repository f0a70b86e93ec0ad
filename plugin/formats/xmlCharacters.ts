/**
 * A character outside XML 1.0's `Char` production: a C0 control other
 * than tab, line feed and carriage return, a lone surrogate, U+FFFE or
 * U+FFFF. No feed or SVG badge can hold one, not even as `&#1;`, and a
 * NUL in a title breaks React's hydration of every page that lists the
 * doc. With the `u` flag a surrogate pair is one character, so only a
 * lone half matches. Here, at the bottom of the layers, because the
 * front-matter hook, the model and the outputs all need it.
 */
export const NOT_XML_CHARACTER = '[^\\t\\n\\r\\x20-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]';

const ANY_NOT_XML = new RegExp(NOT_XML_CHARACTER, 'u');
export const EVERY_NOT_XML = new RegExp(NOT_XML_CHARACTER, 'gu');

/** What stands in for such a character: visible, so the author sees where it was. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** Whether `text` holds such a character. */
export function hasForbiddenCharacters(text: string): boolean {
  return ANY_NOT_XML.test(text);
}

/** `text` with each such character replaced, without a report (the model reports them). */
export function withoutForbiddenCharacters(text: string): string {
  return hasForbiddenCharacters(text) ? text.replace(EVERY_NOT_XML, REPLACEMENT_CHARACTER) : text;
}

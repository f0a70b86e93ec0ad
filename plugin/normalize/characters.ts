import type {ProblemCollector} from './problems';

/**
 * A character outside XML 1.0's `Char` production: a C0 control other
 * than tab, line feed and carriage return, a lone surrogate, U+FFFE or
 * U+FFFF. No feed or SVG badge can hold one, not even as `&#1;`, and a
 * NUL in a title breaks React's hydration of every page that lists the
 * doc. With the `u` flag a surrogate pair is one character, so only a
 * lone half matches.
 */
export const NOT_XML_CHARACTER = '[^\\t\\n\\r\\x20-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]';

const ANY_NOT_XML = new RegExp(NOT_XML_CHARACTER, 'u');
const EVERY_NOT_XML = new RegExp(NOT_XML_CHARACTER, 'gu');

/** What stands in for such a character: visible, so the author sees where it was. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const kind = code < 0x20 ? 'a control character' : code >= 0xd800 && code <= 0xdfff ? 'half of a surrogate pair' : 'a noncharacter';
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${kind})`;
}

/** Whether `text` holds such a character: for a caller whose field name costs something to build. */
export function hasForbiddenCharacters(text: string): boolean {
  return ANY_NOT_XML.test(text);
}

/**
 * Text a reader took from front matter or the body, with each character
 * XML forbids replaced and reported as a warning on `field`. One regex
 * test and no copy when the text is clean, as nearly all text is: this
 * runs on every string of every doc.
 */
export function replaceForbiddenCharacters(text: string, field: string, problems: ProblemCollector): string {
  if (!ANY_NOT_XML.test(text)) {
    return text;
  }
  const found = text.match(EVERY_NOT_XML)!;
  const more = found.length > 1 ? ` and ${found.length - 1} more such ${found.length > 2 ? 'characters' : 'character'}` : '';
  problems.add(
    field,
    `contains ${describeCharacter(found[0]!)}${more}, which pages and feeds cannot carry; ${found.length > 1 ? 'each is' : 'it is'} shown as U+FFFD (${REPLACEMENT_CHARACTER})`,
    'warning',
  );
  return text.replace(EVERY_NOT_XML, REPLACEMENT_CHARACTER);
}

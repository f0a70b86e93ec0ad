import type {ProblemCollector} from './problems';
import {EVERY_NOT_XML, REPLACEMENT_CHARACTER, hasForbiddenCharacters} from '../formats/xmlCharacters';

export {hasForbiddenCharacters} from '../formats/xmlCharacters';

function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const kind = code < 0x20 ? 'a control character' : code >= 0xd800 && code <= 0xdfff ? 'half of a surrogate pair' : 'a noncharacter';
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${kind})`;
}

/**
 * Text a reader took from front matter or the body, with each character
 * XML forbids replaced and reported as a warning on `field`. One regex
 * test and no copy when the text is clean, as nearly all text is: this
 * runs on every string of every doc.
 */
export function replaceForbiddenCharacters(text: string, field: string, problems: ProblemCollector): string {
  if (!hasForbiddenCharacters(text)) {
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

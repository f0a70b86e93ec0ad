import {describe, expect, it} from 'vitest';
import {xmlAttribute, xmlText} from '../../plugin/outputs/xml';
import {parseXml, saxesErrors, textOf} from '../helpers/xml';

/** Each value XML 1.0 cannot carry as written, and markup that must stay text. */
const HOSTILE = ['\x01', '\0', '\uFFFE', '\uFFFF', '\uD800', 'x\uDC00y', '\x1F\x0B\x0C', 'AT&T <Gateway>', ']]>', '&#1;', '"quoted" \'single\''];

describe('the strict XML reader of the tests', () => {
  it('rejects what a conforming parser rejects', () => {
    for (const [xml, reason] of [
      ['<a>\x01</a>', 'U+0001 is not an XML character'],
      ['<a>\uD800</a>', 'U+D800 is not an XML character'],
      ['<a>&#1;</a>', 'refers to a character XML forbids'],
      ['<a>&#xFFFE;</a>', 'refers to a character XML forbids'],
      ['<a>x]]>y</a>', '"]]>" in text'],
      ['<a>AT&T</a>', 'starts no reference'],
      ['<a>&nbsp;</a>', 'undeclared entity'],
      ['<a b="<"/>', 'inside an attribute value'],
      ['<a b="1" b="2"/>', 'given twice'],
      ['<a></b>', 'closes <a>'],
      ['<a/><b/>', 'content after the root element'],
    ]) {
      expect(() => parseXml(xml!), xml).toThrow(reason);
    }
    expect(textOf(parseXml('<?xml version="1.0"?><a>x<![CDATA[<y>]]>&amp;&#x1F600;</a>'))).toBe('x<y>&\u{1F600}');
  });
});

describe('xmlText and xmlAttribute', () => {
  it('give text any parser reads back, with each forbidden character as U+FFFD', () => {
    for (const value of HOSTILE) {
      const svg = parseXml(`<svg aria-label="${xmlAttribute(value)}"><title>${xmlText(value)}</title></svg>`);
      const expected = value.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
      expect(textOf(svg), JSON.stringify(value)).toBe(expected);
      expect(svg.attributes['aria-label'], JSON.stringify(value)).toBe(expected);
    }
  });

  it('keep tab, line breaks, emoji and other languages as they are', () => {
    const value = 'Tab\there\nand 日本語 \u{1F600} \uFFFD';
    expect(xmlText(value)).toBe(value);
    // Attribute-value normalization would turn written white space into spaces.
    expect(parseXml(`<a b="${xmlAttribute(`${value}\r\n`)}"/>`).attributes.b).toBe(`${value}\r\n`);
  });
});

describe('the conforming parser the tests also use', () => {
  it('rejects what the old outputs held: control characters, noncharacters, a bare < or & and ]]> in text', () => {
    for (const broken of ['<a>\x01</a>', '<a>\uFFFE</a>', '<a t="<"/>', '<a>AT&T</a>', '<a>]]></a>', '<a><b></a>', '<a>&#1;</a>']) {
      expect(saxesErrors(broken), JSON.stringify(broken)).not.toEqual([]);
    }
    expect(saxesErrors(`<a t="${xmlAttribute('AT&T <x>\x01')}">${xmlText(']]> \0 \uD800')}</a>`)).toEqual([]);
  });
});

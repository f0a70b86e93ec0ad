/**
 * A strict XML 1.0 reader for the files the build writes (feeds, SVG
 * badges), returning the element tree with text decoded, so tests can
 * read values back. It checks the well-formedness rules such files can
 * break: every character a `Char` (also as `&#N;`), names, quoted
 * attributes without `<` or a bare `&`, only the five predefined entities,
 * no `]]>` outside CDATA, matching tags, unique attributes and one root.
 * No DTD: the build never writes one. Throws on the first violation, with
 * its line and column. `saxesErrors` below runs the same files through
 * saxes, a conforming parser (sax, also in node_modules, accepts control
 * characters, `]]>` in text and `<` in attributes).
 */

export type XmlElement = {name: string; attributes: Record<string, string>; children: (XmlElement | string)[]};

const NOT_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME = new RegExp(`[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`, 'uy');
const SPACE = /[ \t\r\n]*/y;
const PLAIN_TEXT = /[^<&\]]+/y;
const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/y;
const PREDEFINED: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

export function parseXml(written: string): XmlElement {
  // End-of-line handling, as every XML processor does before parsing.
  const source = written.replace(/\r\n?/g, '\n');
  let at = 0;
  const fail = (reason: string): never => {
    const before = source.slice(0, at).split('\n');
    throw new Error(`line ${before.length}, column ${before.at(-1)!.length + 1}: ${reason}`);
  };
  const bad = NOT_CHAR.exec(source);
  if (bad) {
    at = bad.index;
    fail(`U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not an XML character`);
  }
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(source);
    at = SPACE.lastIndex;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(source) ?? fail('expected a name');
    at = NAME.lastIndex;
    return match[0];
  };
  const expect = (text: string) => {
    if (!source.startsWith(text, at)) {
      fail(`expected ${JSON.stringify(text)}`);
    }
    at += text.length;
  };
  const until = (end: string, what: string): string => {
    const stop = source.indexOf(end, at);
    if (stop < 0) {
      fail(`unclosed ${what}`);
    }
    const body = source.slice(at, stop);
    at = stop + end.length;
    return body;
  };
  const reference = (): string => {
    REFERENCE.lastIndex = at;
    const body = REFERENCE.exec(source)?.[1] ?? fail('"&" that starts no reference');
    at = REFERENCE.lastIndex;
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\u0000';
      return NOT_CHAR.test(char) ? fail(`&${body}; refers to a character XML forbids`) : char;
    }
    return PREDEFINED[body] ?? fail(`undeclared entity &${body};`);
  };
  const misc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', at)) {
        at += 4;
        if (until('-->', 'comment').includes('--')) {
          fail('"--" inside a comment');
        }
      } else if (source.startsWith('<?', at)) {
        at += 2;
        if (name().toLowerCase() === 'xml') {
          fail('an XML declaration that is not at the start');
        }
        until('?>', 'processing instruction');
      } else {
        return;
      }
    }
  };
  const element = (): XmlElement => {
    expect('<');
    const node: XmlElement = {name: name(), attributes: {}, children: []};
    for (;;) {
      const spaced = /[ \t\r\n]/.test(source[at] ?? '');
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return node;
      }
      if (source[at] === '>') {
        at += 1;
        break;
      }
      if (!spaced) {
        fail('expected a space before an attribute');
      }
      const attribute = name();
      if (Object.hasOwn(node.attributes, attribute)) {
        fail(`attribute ${attribute} given twice`);
      }
      skipSpace();
      expect('=');
      skipSpace();
      const quote = source[at] === '"' || source[at] === "'" ? source[at]! : fail('expected a quoted attribute value');
      at += 1;
      let value = '';
      while (source[at] !== quote) {
        const char = source[at] ?? fail('unclosed attribute value');
        if (char === '<') {
          fail('"<" inside an attribute value');
        }
        // Attribute-value normalization: white space characters written as such become spaces.
        value += char === '&' ? reference() : /[\t\n\r]/.test(char) ? ' ' : char;
        at += char === '&' ? 0 : 1;
      }
      at += 1;
      node.attributes[attribute] = value;
    }
    let text = '';
    const flush = () => {
      if (text !== '') {
        node.children.push(text);
        text = '';
      }
    };
    for (;;) {
      if (at >= source.length) {
        fail(`unclosed element <${node.name}>`);
      }
      if (source.startsWith('</', at)) {
        at += 2;
        const closing = name();
        if (closing !== node.name) {
          fail(`</${closing}> closes <${node.name}>`);
        }
        skipSpace();
        expect('>');
        flush();
        return node;
      }
      if (source.startsWith('<![CDATA[', at)) {
        at += 9;
        text += until(']]>', 'CDATA section');
      } else if (source.startsWith('<!--', at) || source.startsWith('<?', at)) {
        misc();
      } else if (source[at] === '<') {
        flush();
        node.children.push(element());
      } else if (source[at] === '&') {
        text += reference();
      } else if (source.startsWith(']]>', at)) {
        fail('"]]>" in text');
      } else {
        PLAIN_TEXT.lastIndex = at;
        // A run of plain characters, or the one `]` that stopped it.
        const run = PLAIN_TEXT.exec(source)?.[0] ?? source[at]!;
        text += run;
        at += run.length;
      }
    }
  };

  if (source.startsWith('<?xml', at)) {
    until('?>', 'XML declaration');
  }
  misc();
  if (source.startsWith('<!DOCTYPE', at)) {
    fail('a DOCTYPE (the build writes none)');
  }
  const root = element();
  misc();
  if (at < source.length) {
    fail('content after the root element');
  }
  return root;
}

/** The decoded text of an element and its descendants. */
export function textOf(node: XmlElement): string {
  return node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

/** Every descendant element named `name`, in document order. */
export function elementsNamed(node: XmlElement, name: string): XmlElement[] {
  return node.children.flatMap((child) => (typeof child === 'string' ? [] : [...(child.name === name ? [child] : []), ...elementsNamed(child, name)]));
}

/**
 * The same file through saxes, a conforming XML 1.0 parser (with
 * namespaces): every well-formedness error it reports, empty when none.
 * Both readers must accept what the build writes.
 */
export function saxesErrors(written: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const {SaxesParser} = require('saxes') as typeof import('saxes');
  const parser = new SaxesParser({xmlns: true});
  const errors: string[] = [];
  parser.on('error', (error) => errors.push(error.message));
  parser.write(written).close();
  return errors;
}

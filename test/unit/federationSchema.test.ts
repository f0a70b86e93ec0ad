import {createRequire} from 'node:module';
import path from 'node:path';
import Ajv, {type ValidateFunction} from 'ajv';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {DESIGN_DOCS_SCHEMA_VERSION} from '../../plugin/outputs/designDocsJson';
import {validateExport} from '../../plugin/federation/validateExport';
import {GENERATED_VALIDATOR, readerSchema, VALIDATOR_OPTIONS} from '../../plugin/federation/exportSchema';
import {parseJsonText} from '../../plugin/federation/jsonText';
import {jsonErrorAt} from '../../plugin/federation/jsonErrorAt';
import {readablePath} from '../../plugin/federation/schemaErrors';
import type {DesignDocsJson} from '../../plugin/types/output';
import {siteExport, titlesOf} from '../helpers/federation';

const payments = () => siteExport('https://payments.example.com', ['Use Postgres', 'Use Kafka']);

function reasonOf(json: unknown): string {
  const result = validateExport(json);
  if (result.ok) {
    throw new Error('expected the export to be refused');
  }
  return result.reason;
}

describe('validateExport: which versions a hub reads', () => {
  it('reads an export this version of the plugin writes, as it is', () => {
    const json = payments();
    const result = validateExport(json);
    expect(result.ok && titlesOf(result.export)).toEqual(['Use Postgres', 'Use Kafka']);
    expect(result.ok && result.export).toEqual(json);
  });

  it('refuses a newer version with the upgrade to make, before any schema error', () => {
    const json = {...payments(), version: 3, docs: 'changed shape'};
    expect(DESIGN_DOCS_SCHEMA_VERSION).toBe(2);
    expect(reasonOf(json)).toBe('its schema version is 3; this plugin reads versions 1 to 2: upgrade docusaurus-plugin-design-docs on this site');
  });

  it('reads version 1, which has no site fields', () => {
    const json = {...payments(), version: 1};
    const result = validateExport(json);
    expect(result.ok && result.export.version).toBe(1);
    expect(result.ok && titlesOf(result.export)).toEqual(['Use Postgres', 'Use Kafka']);
  });

  it('refuses version 0, a fractional or a text version, and what is not an export at all', () => {
    expect(reasonOf({...payments(), version: 0})).toBe('its schema version is 0; this plugin reads versions 1 to 2');
    expect(reasonOf({...payments(), version: 1.5})).toBe('it is not a design-docs.json export: it has no integer version (this plugin reads versions 1 to 2)');
    expect(reasonOf({...payments(), version: '2'})).toMatch(/no integer version/);
    expect(reasonOf([payments()])).toBe('it is not a design-docs.json export: a JSON array, not an object');
    expect(reasonOf(null)).toBe('it is not a design-docs.json export: a JSON null, not an object');
  });
});

describe('validateExport: what reaches the hub', () => {
  it('strips properties the schema does not know, at the top, on a record and inside its entries, and leaves the caller\'s value alone', () => {
    const json = payments() as DesignDocsJson & Record<string, unknown>;
    json.generator = 'v2.3';
    Object.assign(json.docs[0]!, {html: '<script>alert(1)</script>'});
    json.docs[0]!.tags.push(Object.assign({label: 'db', permalink: '/docs/tags/db'}, {color: 'red'}));
    Object.assign(json.docs[0]!.readiness, {score: 3});
    json.docs[0]!.extra = {team: 'payments'};
    const result = validateExport(json);
    if (!result.ok) {
      throw new Error(result.reason);
    }
    expect(result.export).not.toHaveProperty('generator');
    expect(result.export.docs[0]).not.toHaveProperty('html');
    expect(result.export.docs[0]!.tags).toEqual([{label: 'db', permalink: '/docs/tags/db'}]);
    expect(result.export.docs[0]!.readiness).not.toHaveProperty('score');
    // A record's extra is its site's unknown front matter: kept, by design.
    expect(result.export.docs[0]!.extra).toEqual({team: 'payments'});
    expect(json.generator).toBe('v2.3');
    expect(json.docs[0]).toHaveProperty('html');
  });

  it('judges exports in the built package exactly as the schema compiled at runtime does', () => {
    // npm test builds lib/ first; the package's validator is code generated
    // from the schema then, and must not drift from the schema as shipped.
    const packaged = createRequire(__filename)(path.resolve(__dirname, '../../lib/plugin/federation', GENERATED_VALIDATOR)) as ValidateFunction;
    const compiled = new Ajv(VALIDATOR_OPTIONS).compile(readerSchema());
    const withUnknowns = Object.assign(payments(), {generator: 'v2.3'});
    Object.assign(withUnknowns.docs[0]!, {html: '<script>alert(1)</script>'});
    const broken = payments() as unknown as {docs: Record<string, unknown>[]};
    broken.docs[1]!.title = 42;
    delete broken.docs[1]!.url;
    for (const json of [payments(), {...payments(), version: 1}, withUnknowns, broken, {...payments(), version: 3}, {docs: 'x'}]) {
      const [a, b] = [structuredClone(json), structuredClone(json)];
      expect(packaged(a)).toBe(compiled(b));
      expect(packaged.errors ?? null).toEqual(compiled.errors ?? null);
      expect(a).toEqual(b);
    }
    expect(packaged(structuredClone(broken))).toBe(false);
    expect(packaged(structuredClone(withUnknowns))).toBe(true);
  });

  it('names each schema error by its JSON path, one line for an object\'s missing fields, at most five and a count of the rest', () => {
    const json = payments() as unknown as {docs: Record<string, unknown>[]};
    json.docs[1]!.title = 42;
    delete json.docs[1]!.url;
    delete json.docs[1]!.status;
    expect(reasonOf(json)).toBe("it does not match the design-docs.json schema: docs[1] must have required properties 'url', 'status'; docs[1].title must be string");

    const many = payments() as unknown as {docs: Record<string, unknown>[]};
    many.docs.forEach((doc) => Object.assign(doc, {title: 1, number: 'one', isLatestVersion: 'yes', relations: {}}));
    expect(reasonOf(many)).toMatch(/^it does not match the design-docs.json schema: docs\[0\]\.isLatestVersion must be boolean; docs\[0\]\.number must be integer,null; .*; and 3 more$/);
  });

  it('says which values a field allows, from the schema, never the value the export holds', () => {
    const json = payments();
    json.docs[0]!.readiness.feedback.openItems.push({category: 'urgent <b>' as never, by: null, text: 'x', resolved: false, resolution: null, anchor: null});
    const reason = reasonOf(json);
    expect(reason).toContain('docs[0].readiness.feedback.openItems[0].category must be equal to one of the allowed values ("critical", "important", "nice-to-have", "question")');
    expect(reason).not.toContain('urgent');
  });

  it('writes a path the way a maintainer would look it up', () => {
    expect(readablePath('')).toBe('the export');
    expect(readablePath('/docs/3/readiness/feedback/open/nice-to-have')).toBe('docs[3].readiness.feedback.open["nice-to-have"]');
  });
});

describe('parseJsonText: why an export is not JSON', () => {
  it('names the line and column an editor shows', () => {
    expect(parseJsonText('{\n  "version": 2,\n    docs: []\n}')).toEqual({ok: false, reason: 'not JSON: expected a property name in double quotes, found "d" at line 3 column 5'});
    expect(parseJsonText('{"version": 2, "docs": [1, 2,]}')).toEqual({ok: false, reason: 'not JSON: unexpected "]" at line 1 column 30'});
    expect(parseJsonText('')).toEqual({ok: false, reason: 'not JSON: unexpected end of text at line 1 column 1'});
    expect(parseJsonText('<!doctype html><title>Sign in</title>')).toEqual({ok: false, reason: 'not JSON: unexpected "<" at line 1 column 1'});
  });

  it('quotes no more than one character of the text, so a hostile export cannot write into the build log', () => {
    const parsed = parseJsonText('{"a": \u001b[31mred, "b": "<img src=x onerror=alert(1)>"}');
    expect(parsed).toEqual({ok: false, reason: 'not JSON: unexpected "\\u001b" at line 1 column 7'});
  });

  it('finds an error exactly when JSON.parse does, on JSON with one character changed and on any text', () => {
    const edited = fc.json().chain((json) => fc.tuple(fc.nat(json.length), fc.constantFrom('', ',', ']', '}', '"', ':', '1', '-', '\\', 'x', '\u0001'))
      .map(([at, character]) => json.slice(0, at) + character + json.slice(at + (character === '' ? 1 : 0))));
    fc.assert(fc.property(fc.oneof(edited, fc.string()), (text) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorAt(text) === null).toBe(valid);
    }), {numRuns: 5000});
  });

  it('copes with nesting deeper than any stack', () => {
    expect(parseJsonText('['.repeat(200_000))).toEqual({ok: false, reason: 'not JSON: unexpected end of text at line 1 column 200001'});
  });
});

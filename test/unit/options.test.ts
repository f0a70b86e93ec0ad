import {describe, expect, it} from 'vitest';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {validateOptions} from '../../plugin/options';
import {createVocabulary} from '../../plugin/vocabulary/vocabulary';
import type {Options} from '../../plugin/types/options';
import {buildDesignDocModel} from '../../plugin/validate/designDocModel';
import {referenceOf} from '../../plugin/vocabulary/references';
import {loadedDoc} from '../helpers/model';
import {buildPortalRoutes} from '../../plugin/routes/buildPortalRoutes';

function validate(options: Options | Record<string, unknown>) {
  return validateOptions({validate: normalizePluginOptions as never, options: options as Options});
}

describe('validateOptions', () => {
  it('defaults to the three built-in types, throw mode and the five-level risk scale', () => {
    const options = validate({});
    expect(options.id).toBe('default');
    expect(options.onInvalidDesignDoc).toBe('throw');
    expect(options.types.map((t) => t.id)).toEqual(['adr', 'design-doc', 'rfc']);
    expect(options.types[0]!.statuses.map((s) => s.id)).toEqual(['proposed', 'accepted', 'rejected', 'deprecated', 'superseded']);
    expect(options.riskScale.likelihood).toHaveLength(5);
  });

  it('names a misspelt option', () => {
    expect(() => validate({onInvalidDesignDocs: 'warn'})).toThrow(/"onInvalidDesignDocs" is not allowed/);
  });

  it('rejects an unknown mode and an unknown tone with the path of the value', () => {
    expect(() => validate({onInvalidDesignDoc: 'fail'})).toThrow(/"onInvalidDesignDoc" must be one of \[throw, warn, ignore\]/);
    expect(() => validate({types: {adr: {statuses: [{id: 'accepted', tone: 'green'}]}}})).toThrow(/types\.adr\.statuses\[0\]\.tone/);
  });

  it('adds a custom type and replaces a built-in lifecycle, keeping built-in labels', () => {
    const options = validate({
      types: {
        'security-review': {label: 'Security review', prefix: 'SEC', statuses: [{id: 'open'}, {id: 'closed', tone: 'success', active: false}]},
        adr: {statuses: [{id: 'accepted'}, {id: 'retired', tone: 'muted', active: false, banner: true}]},
      },
    });
    const vocabulary = createVocabulary(options);
    expect(vocabulary.findStatus('security-review', 'Closed')).toMatchObject({label: 'Closed', tone: 'success', active: false});
    expect(vocabulary.findTypeByPrefix('sec')?.id).toBe('security-review');
    expect(vocabulary.findStatus('adr', 'accepted')).toMatchObject({label: 'Accepted', tone: 'success'});
    expect(vocabulary.findStatus('adr', 'proposed')).toBeUndefined();
  });

  it('gives a hyphenated type a prefix that relations can name, and asks for one when the id starts with a digit', () => {
    const inputs = [
      loadedDoc('docs/reviews/0001-first.md', {type: 'security-review', status: 'accepted'}),
      loadedDoc('docs/reviews/0002-second.md', {type: 'security-review', status: 'accepted', supersedes: 'SECURITYREVIEW-0001'}),
    ];
    const options = validate({types: {'security-review': {}}});
    const vocabulary = createVocabulary(options);
    const model = buildDesignDocModel(inputs, vocabulary);
    // The reference resolves: no "does not match any design doc" problem.
    expect(model.problems.filter((p) => p.field === 'supersedes')).toEqual([]);
    expect(referenceOf(model.docs[0]!, vocabulary)).toBe('SECURITYREVIEW-0001');
    expect(model.relations.get(model.docs[0]!.key)).toEqual([{kind: 'superseded-by', target: model.docs[1]!.key, inferred: true}]);
    expect(() => validate({types: {'2fa-review': {}}})).toThrow(/types\.2fa-review: the id does not start with a letter, so the type needs a "prefix"/);
    expect(validate({types: {'2fa-review': {prefix: 'TFA'}}}).types.at(-1)!.prefix).toBe('TFA');
  });

  it('maps folders to types: the defaults, adrDirs replacing the ADR folders, and folderTypes on top', () => {
    const adrFolders = {
      adr: 'adr',
      adrs: 'adr',
      decisions: 'adr',
      'adr-log': 'adr',
      adl: 'adr',
      'architecture-decisions': 'adr',
      'architecture-decision-record': 'adr',
      'architecture-decision-records': 'adr',
      'decision-records': 'adr',
    };
    expect(validate({}).folderTypes).toEqual({...adrFolders, design: 'design-doc', designs: 'design-doc', 'design-docs': 'design-doc'});
    const legacy = validate({adrDirs: ['records']});
    expect(legacy.folderTypes).toEqual({design: 'design-doc', designs: 'design-doc', 'design-docs': 'design-doc', records: 'adr'});
    expect(legacy.adrDirs).toEqual(['records']);
    expect(validate({folderTypes: {rfcs: 'rfc', design: 'rfc'}}).folderTypes).toMatchObject({rfcs: 'rfc', design: 'rfc', adr: 'adr'});
    expect(() => validate({folderTypes: {specs: 'spec'}})).toThrow(/folderTypes\.specs: "spec" is not a type; known types are adr, design-doc, rfc/);
    expect(validate({folderTypes: {Specs: 'rfc'}}).folderTypes.specs).toBe('rfc');
    expect(validate({folderTypes: {design: false, designs: false}}).folderTypes).toEqual({...adrFolders, 'design-docs': 'design-doc'});
    expect(() => validate({folderTypes: {design: true}})).toThrow(/folderTypes\.design/);
  });

  it('refuses a type id that would take over a portal page, naming the id and the page', () => {
    expect(() => validate({types: {requirements: {}}})).toThrow(
      /types\.requirements: "requirements" is the path of the requirements register \(\/architecture\/requirements\)/,
    );
    expect(() => validate({types: {graph: {label: 'Graph'}}, routeBasePath: 'portal'})).toThrow(/types\.graph: .*the relationship graph \(\/portal\/graph\)/);
    // Every page the portal creates besides the type indexes is refused, whatever it is.
    const options = validate({});
    const vocabulary = createVocabulary(options);
    const routes = buildPortalRoutes({model: buildDesignDocModel([], vocabulary), vocabulary, options, today: '2026-11-25'}, {baseUrl: '/', routeBasePath: 'architecture'});
    const pages = routes.map((route) => route.path.split('/').at(-1)!).filter((segment) => !options.types.some((type) => type.id === segment));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const segment of pages) {
      expect(() => validate({types: {[segment]: {}}}), segment).toThrow(new RegExp(`types\\.${segment}: "${segment}" is the path of .*; a type of that id would hide it`));
    }
    // An id that only starts like a page is a type like any other.
    expect(validate({types: {'graph-review': {}}}).types.at(-1)!.id).toBe('graph-review');
  });

  it('adds the site\'s priority words over the defaults, and refuses a word that means no priority', () => {
    const vocabulary = createVocabulary(validate({priorityWords: {Urgent: 'must', high: 'should'}}));
    expect(['Urgent', 'P0', 'High', 'Low', "Won't Have", 'must'].map((word) => vocabulary.findPriority(word))).toEqual(['must', 'must', 'should', 'could', 'wont', 'must']);
    expect(vocabulary.findPriority('Someday')).toBeUndefined();
    expect(() => validate({priorityWords: {Someday: 'maybe'}})).toThrow(/priorityWords\.Someday/);
  });
});

describe('federation options', () => {
  const payments = {name: 'payments', export: 'https://payments.example.com/design-docs.json', siteUrl: 'https://payments.example.com'};

  it('reads nothing by default, and gives a source its name as label when it has none', () => {
    expect(validate({}).federation).toMatchObject({sources: [], name: 'local', label: null, reexport: false, offline: false, timeout: 10_000});
    expect(validate({}).onFederationError).toBe('warn');
    expect(validate({federation: {sources: [payments]}}).federation.sources).toEqual([{...payments, label: 'payments'}]);
  });

  it('names the field of a source that cannot work: a duplicate name, a name qualified references cannot write, a siteUrl that is not http(s), a missing export', () => {
    expect(() => validate({federation: {sources: [payments, {...payments, siteUrl: 'https://other.example.com'}]}})).toThrow(/"federation\.sources\[1\]" contains a duplicate value/);
    expect(() => validate({federation: {sources: [{...payments, name: 'pay ments'}]}})).toThrow(/"federation\.sources\[0\]\.name" with value "pay ments" fails to match/);
    expect(() => validate({federation: {sources: [{...payments, siteUrl: 'javascript:alert(1)'}]}})).toThrow(/"federation\.sources\[0\]\.siteUrl" must be a valid uri with a scheme matching the http\|https pattern/);
    expect(() => validate({federation: {sources: [{name: 'payments', siteUrl: payments.siteUrl}]}})).toThrow(/"federation\.sources\[0\]\.export" is required/);
    expect(() => validate({onFederationError: 'ignore'})).toThrow(/"onFederationError" must be one of \[warn, throw\]/);
  });

  it('refuses a source named like the site itself, which would make hub:ADR-0001 mean two sites', () => {
    expect(() => validate({federation: {name: 'hub', sources: [{...payments, name: 'hub'}]}})).toThrow(
      'federation.sources[0].name: "hub" is this site\'s own name (federation.name); give the source another name, or set federation.name.',
    );
  });
});

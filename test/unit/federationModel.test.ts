import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import {parseQualifiedReference, referenceOf} from '../../plugin/vocabulary/references';
import {buildDesignDocsJson} from '../../plugin/outputs/designDocsJson';
import {reviewQueueOf} from '../../plugin/review/queue';
import type {DesignDocModel} from '../../plugin/types/model';
import {loadedDoc, vocabulary} from '../helpers/model';
import {exportOf, hubModel, remoteSite, source} from '../helpers/federation';

const PAYMENTS = source('payments', 'https://payments.example.com');
const PLATFORM = source('platform', 'https://platform.example.com/docs-site/');
const schema = JSON.parse(readFileSync(path.join(__dirname, '../../schema/design-docs.schema.json'), 'utf8'));

const paymentsExport = () =>
  exportOf(PAYMENTS.siteUrl, [
    loadedDoc('docs/adr/0003-use-kafka.md', {type: 'adr', title: 'Use Kafka', status: 'accepted', date: '2026-01-10'}),
    loadedDoc('docs/adr/0004-keep-kafka.md', {type: 'adr', title: 'Keep Kafka', status: 'accepted', related: ['ADR-0003', 'platform:ADR-0001']}),
  ]);
const platformExport = () =>
  exportOf(PLATFORM.siteUrl.replace(/\/$/, ''), [loadedDoc('docs/adr/0001-use-k8s.md', {type: 'adr', title: 'Use Kubernetes', status: 'accepted'})]);

function relationsOf(model: DesignDocModel, key: string) {
  return (model.relations.get(key) ?? []).map((relation) => [relation.kind, relation.target, relation.inferred]);
}

describe('qualified references', () => {
  it('read a site name and the reference as that site writes it, and nothing else', () => {
    expect(parseQualifiedReference('payments:ADR-0003')).toEqual({site: 'payments', reference: 'ADR-0003'});
    expect(parseQualifiedReference('[the Kafka ADR](payments:ADR-0003)')).toEqual({site: 'payments', reference: 'ADR-0003'});
    expect(parseQualifiedReference('team_b-2:docs/adr/0001.md')).toEqual({site: 'team_b-2', reference: 'docs/adr/0001.md'});
    for (const notQualified of ['ADR-0003', 'https://example.com/x', 'ADR: 3', '3', 'adr/0001-x', ':ADR-1', '9site:ADR-1', 'payments:', 'javascript:alert(1)', 'mailto:team@example.com', 'DATA:text/html,x']) {
      expect(parseQualifiedReference(notQualified), notQualified).toBeNull();
    }
  });
});

describe('a hub model with remote sites', () => {
  it('relates a local doc to a remote record in both directions, and remote records to each other across sites', () => {
    const payments = remoteSite(PAYMENTS, paymentsExport());
    const platform = remoteSite(PLATFORM, platformExport());
    const hub = hubModel(
      [loadedDoc('docs/adr/0001-retire-queue.md', {type: 'adr', title: 'Retire the queue', status: 'superseded by payments:ADR-0003'})],
      [...payments.sites, ...platform.sites],
    );
    expect(hub.docs.map((doc) => doc.key)).toEqual(['default/current/adr/retire-queue']);
    const remote = hub.remoteDocs.map((doc) => [doc.key, referenceOf(doc, vocabulary), doc.permalink, doc.remote!.siteLabel]);
    expect(remote).toEqual([
      ['payments:default/current/adr/use-kafka', 'ADR-0003', 'https://payments.example.com/docs/adr/use-kafka', 'Payments'],
      ['payments:default/current/adr/keep-kafka', 'ADR-0004', 'https://payments.example.com/docs/adr/keep-kafka', 'Payments'],
      ['platform:default/current/adr/use-k8s', 'ADR-0001', 'https://platform.example.com/docs-site/docs/adr/use-k8s', 'Platform'],
    ]);
    expect(relationsOf(hub, 'default/current/adr/retire-queue')).toEqual([['superseded-by', 'payments:default/current/adr/use-kafka', false]]);
    expect(relationsOf(hub, 'payments:default/current/adr/use-kafka')).toEqual([
      ['supersedes', 'default/current/adr/retire-queue', true],
      ['related', 'payments:default/current/adr/keep-kafka', true],
    ]);
    // Payments' ADR-0004 named platform:ADR-0001 before any hub read both: the hub follows it.
    expect(relationsOf(hub, 'platform:default/current/adr/use-k8s')).toEqual([['related', 'payments:default/current/adr/keep-kafka', true]]);
    expect(hub.problems).toEqual([]);
  });

  it('reports a site that is not a source (a warning), and a record its site lacks (an error), each at its field', () => {
    const hub = hubModel(
      [loadedDoc('docs/adr/0001-x.md', {type: 'adr', title: 'X', status: 'accepted', related: ['billing:ADR-0001', 'payments:ADR-0099']})],
      remoteSite(PAYMENTS, paymentsExport()).sites,
    );
    expect(hub.problems.map((p) => [p.file, p.field, p.severity, p.message])).toEqual([
      ['docs/adr/0001-x.md', 'related', 'warning', '"billing:ADR-0001" names the site "billing", which is not one of federation.sources (payments)'],
      ['docs/adr/0001-x.md', 'related', 'error', '"payments:ADR-0099": the site "payments" has no record "ADR-0099"'],
      // Payments' own reference to a platform this hub does not read: that site's to fix, so a warning, named by site and file.
      ['payments:docs/adr/0004-keep-kafka.md', 'related', 'warning', '"platform:ADR-0001" names the site "platform", which is not one of federation.sources (payments)'],
    ]);
  });

  it('says nothing of records on a site that could not be read, and keeps the reference for the export', () => {
    const hub = hubModel([loadedDoc('docs/adr/0001-x.md', {type: 'adr', title: 'X', status: 'accepted', related: ['payments:ADR-0003']})], [{name: 'payments', loaded: false, records: []}]);
    expect(hub.problems).toEqual([]);
    expect([...hub.openReferences!].map((relation) => relation.target)).toEqual(['payments:ADR-0003']);
  });

  it("resolves a remote record's reference to the hub by the hub's own name", () => {
    const fromPayments = exportOf(PAYMENTS.siteUrl, [loadedDoc('docs/adr/0007-y.md', {type: 'adr', title: 'Y', status: 'accepted', amends: 'hub:ADR-0001'})]);
    const hub = hubModel([loadedDoc('docs/adr/0001-x.md', {type: 'adr', title: 'X', status: 'accepted'})], remoteSite(PAYMENTS, fromPayments).sites);
    expect(relationsOf(hub, 'default/current/adr/x')).toEqual([['amended-by', 'payments:default/current/adr/y', true]]);
  });
});

describe("a site's export of qualified references", () => {
  it('keeps a reference to a site it does not read, and names the site and address of one it found; both valid version-2 files', () => {
    const alone = paymentsExport();
    const validate = new Ajv({allErrors: true}).compile(schema);
    expect(validate(alone), JSON.stringify(validate.errors)).toBe(true);
    expect(alone.version).toBe(2);
    const keep = alone.docs.find((doc) => doc.title === 'Keep Kafka')!;
    expect(keep.relations).toContainEqual({kind: 'related', target: 'platform:ADR-0001', reference: 'ADR-0001', title: 'platform:ADR-0001', inferred: false, site: 'platform'});

    const hub = hubModel([loadedDoc('docs/adr/0001-x.md', {type: 'adr', title: 'X', status: 'accepted', related: 'payments:ADR-0003'})], remoteSite(PAYMENTS, alone).sites);
    const written = JSON.parse(JSON.stringify(buildDesignDocsJson(hub, vocabulary, 'https://hub.example.com', {docs: hub.docs, today: '2026-12-02'})));
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    // Without reexport, only the hub's own records, and no site field on them.
    expect(written.docs.map((doc: {key: string}) => doc.key)).toEqual(['default/current/adr/x']);
    expect(written.docs[0].site).toBeUndefined();
    expect(written.sites).toBeUndefined();
    expect(written.docs[0].relations).toEqual([
      {kind: 'related', target: 'payments:default/current/adr/use-kafka', reference: 'ADR-0003', title: 'Use Kafka', inferred: false, url: 'https://payments.example.com/docs/adr/use-kafka', site: 'payments'},
    ]);
  });

  it('re-exports remote records with their site, and a hub above lists them under that site, checked against its address', () => {
    const middle = hubModel([loadedDoc('docs/adr/0001-x.md', {type: 'adr', title: 'X', status: 'accepted'})], remoteSite(PAYMENTS, paymentsExport()).sites);
    const written = JSON.parse(
      JSON.stringify(buildDesignDocsJson(middle, vocabulary, 'https://hub.example.com', {docs: middle.docs, today: '2026-12-02'}, {sites: [{name: 'payments', label: 'Payments', siteUrl: PAYMENTS.siteUrl}]})),
    );
    expect(new Ajv({allErrors: true}).compile(schema)(written)).toBe(true);
    expect(written.docs.map((doc: {key: string; site?: string}) => [doc.key, doc.site])).toEqual([
      ['default/current/adr/x', undefined],
      ['payments:default/current/adr/use-kafka', 'payments'],
      ['payments:default/current/adr/keep-kafka', 'payments'],
    ]);
    const top = remoteSite(source('org', 'https://hub.example.com'), written);
    expect(top.sites.map((site) => [site.name, site.records.map((doc) => doc.key)])).toEqual([
      ['org', ['org:default/current/adr/x']],
      ['payments', ['payments:default/current/adr/use-kafka', 'payments:default/current/adr/keep-kafka']],
    ]);
    // A re-exported site the export gives no address for cannot be checked: said, and not listed.
    const unlisted = remoteSite(source('org', 'https://hub.example.com'), {...written, sites: []});
    expect(unlisted.sites.map((site) => [site.name, site.records.length])).toEqual([['org', 1]]);
    expect(unlisted.problems.map((p) => [p.field, p.severity, p.message])).toEqual([
      ['docs[1].site', 'warning', 'federation source "org": the record ADR-0003 is re-exported from the site "payments", which the export\'s sites list does not give an http(s) address for; it is not listed'],
      ['docs[2].site', 'warning', 'federation source "org": the record ADR-0004 is re-exported from the site "payments", which the export\'s sites list does not give an http(s) address for; it is not listed'],
    ]);
    // A hub that reads payments itself keeps its own copy.
    const direct = remoteSite(source('org', 'https://hub.example.com'), written, new Set(['org', 'payments']));
    expect(direct.sites.map((site) => site.name)).toEqual(['org']);
  });
});

describe("a remote record's review", () => {
  it("is decided by its own site's queue, whose statuses the hub may not know; a re-exported record falls back to the hub's statuses", () => {
    const json = exportOf(PAYMENTS.siteUrl, [
      loadedDoc('docs/adr/0001-sign-off.md', {type: 'adr', title: 'Sign off', status: 'accepted'}),
      loadedDoc('docs/adr/0002-draft.md', {type: 'adr', title: 'Draft', status: 'proposed'}),
    ]);
    // Payments' own vocabulary has a review status the hub lacks, and does not queue its proposals.
    json.docs[0]!.status = 'awaiting-sign-off';
    json.reviewQueue = [{key: json.docs[0]!.key, since: '2026-11-01'}];
    const hub = hubModel([loadedDoc('docs/adr/0001-local.md', {type: 'adr', title: 'Local', status: 'proposed'})], remoteSite(PAYMENTS, json).sites);
    const queue = reviewQueueOf([...hub.docs, ...hub.remoteDocs], vocabulary, '2026-12-02');
    expect(queue.map((item) => item.doc.title).sort()).toEqual(['Local', 'Sign off']);
    // One hub further up, the middle hub's queue holds only its own records: Payments' record goes by the top hub's statuses.
    const middleJson = JSON.parse(JSON.stringify(buildDesignDocsJson(hub, vocabulary, 'https://hub.example.com', {docs: hub.docs, today: '2026-12-02'}, {sites: [{name: 'payments', label: 'Payments', siteUrl: PAYMENTS.siteUrl}]})));
    const top = hubModel([], remoteSite(source('org', 'https://hub.example.com'), middleJson).sites, 'top');
    expect(top.remoteDocs.map((doc) => [doc.title, doc.remote?.site, doc.remote?.inReview])).toEqual([
      ['Local', 'org', true],
      ['Sign off', 'payments', null],
      ['Draft', 'payments', null],
    ]);
    expect(reviewQueueOf(top.remoteDocs, vocabulary, '2026-12-02').map((item) => item.doc.title).sort()).toEqual(['Draft', 'Local']);
  });
});

describe('remote records are untrusted', () => {
  it('lists no record whose address leaves its siteUrl, says which, and resolves .. before checking', () => {
    const json = paymentsExport();
    json.docs[0]!.url = 'javascript:alert(1)';
    json.docs[1]!.url = 'https://payments.example.com.evil.test/docs/adr/keep-kafka';
    const platform = platformExport();
    platform.docs[0]!.url = 'https://platform.example.com/docs-site/../admin';
    const read = [remoteSite(PAYMENTS, json), remoteSite(PLATFORM, platform)];
    expect(read.flatMap((r) => r.sites.flatMap((site) => site.records))).toEqual([]);
    expect(read.flatMap((r) => r.problems).map((p) => [p.file, p.field, p.severity])).toEqual([
      ['payments/design-docs.json', 'docs[0].url', 'warning'],
      ['payments/design-docs.json', 'docs[1].url', 'warning'],
      ['platform/design-docs.json', 'docs[0].url', 'warning'],
    ]);
    expect(read[0]!.problems[0]!.message).toBe(
      'federation source "payments": the record ADR-0003 links to "javascript:alert(1)", which is not under its siteUrl https://payments.example.com; it is not listed',
    );
  });

  it('bounds titles and summaries, drops unknown front matter, and links tags only on the record\'s own site', () => {
    const json = paymentsExport();
    json.docs[0]!.title = 'T'.repeat(5000);
    json.docs[0]!.summary = 'S'.repeat(50_000);
    json.docs[0]!.extra = {script: '<script>alert(1)</script>'};
    json.docs[0]!.tags = [
      {label: 'kafka', permalink: '/docs/tags/kafka'},
      {label: 'evil', permalink: 'https://evil.test/tags/x'},
    ];
    const [record] = remoteSite(PAYMENTS, json).sites[0]!.records;
    expect(record!.title).toHaveLength(300);
    expect(record!.summary).toHaveLength(1000);
    expect(record!.extra).toEqual({});
    expect(record!.tags).toEqual([
      {label: 'kafka', permalink: 'https://payments.example.com/docs/tags/kafka'},
      {label: 'evil', permalink: ''},
    ]);
  });
});

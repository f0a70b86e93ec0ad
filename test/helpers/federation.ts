import type {ModelInput} from '../../plugin/model/buildModel';
import type {FederatedInput} from '../../plugin/model/buildModel';
import {buildDesignDocsJson} from '../../plugin/outputs/designDocsJson';
import {remoteSiteRecords} from '../../plugin/federation/remoteRecords';
import {buildDesignDocModel} from '../../plugin/validate/designDocModel';
import type {FederationSource} from '../../plugin/types/options';
import type {DesignDocsJson} from '../../plugin/types/output';
import {loadedDoc, vocabulary} from './model';

/** A site's design-docs.json as its own build writes it, parsed back as a hub reads it. */
export function exportOf(siteUrl: string, inputs: ModelInput[], federated?: FederatedInput): DesignDocsJson {
  const built = buildDesignDocModel(inputs, vocabulary, {federated});
  const json = buildDesignDocsJson(built, vocabulary, siteUrl, {docs: built.docs, today: '2026-12-02'});
  return JSON.parse(JSON.stringify(json)) as DesignDocsJson;
}

export function source(name: string, siteUrl: string, label = name[0]!.toUpperCase() + name.slice(1)): FederationSource {
  return {name, label, export: `${name}/design-docs.json`, siteUrl};
}

/** A source's records as the hub's model takes them. */
export function remoteSite(from: FederationSource, json: DesignDocsJson, direct = new Set([from.name])) {
  return remoteSiteRecords({source: from, exports: [{location: from.export, json}], loaded: true}, direct);
}

/** The hub's model: its own docs, and the sites it federates. */
export function hubModel(localInputs: ModelInput[], sites: FederatedInput['sites'], localName = 'hub') {
  return buildDesignDocModel(localInputs, vocabulary, {federated: {localName, sites}});
}

/** An export of one ADR per title (the first proposed and in review, the rest accepted): what a hub reads from another site. */
export function siteExport(siteUrl: string, titles: string[]): DesignDocsJson {
  return exportOf(
    siteUrl,
    titles.map((title, i) => loadedDoc(`docs/adr/000${i + 1}-record-${i + 1}.md`, {type: 'adr', title, status: i === 0 ? 'proposed' : 'accepted', date: '2026-11-0' + (i + 1), reviewers: ['Mei Chen']})),
  );
}

/** The titles of an export's records, in its order: what a hub would list. */
export function titlesOf(json: DesignDocsJson): string[] {
  return json.docs.map((doc) => doc.title);
}

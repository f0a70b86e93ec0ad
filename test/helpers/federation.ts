import type {ModelInput} from '../../plugin/model/buildModel';
import type {FederatedInput} from '../../plugin/model/buildModel';
import {buildDesignDocsJson} from '../../plugin/outputs/designDocsJson';
import {remoteSiteRecords} from '../../plugin/federation/remoteRecords';
import {buildDesignDocModel} from '../../plugin/validate/designDocModel';
import type {FederationSource} from '../../plugin/types/options';
import type {DesignDocsJson} from '../../plugin/types/output';
import {vocabulary} from './model';

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

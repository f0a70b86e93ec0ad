import fs from 'fs/promises';
import path from 'path';
import type {PluginOptions} from '../types/options';
import type {DesignDocModel, DesignDocRecord} from '../types/model';
import type {Vocabulary} from '../vocabulary/vocabulary';
import type {PortalContext} from '../views/portal/context';
import {buildTypeIndexProps} from '../views/portal/typeIndex';
import {toStatusBadge} from '../views/statusBadge';
import {referenceOf} from '../vocabulary/references';
import {DESIGN_DOCS_JSON, buildDesignDocsJson, type ReexportedSite} from './designDocsJson';
import {buildDecisionEvents, renderFeeds} from './feeds';
import {renderStatusBadge, renderSummaryBadge} from './badges';

/**
 * Stable badge path of a doc: `badges/adr/0004.svg` for the latest version,
 * other instances and (with `versions: 'all'`) older versions prefixed, so
 * two versions of one record never write the same file.
 */
export function badgeFile(doc: Pick<DesignDocRecord, 'number' | 'docId' | 'pluginId' | 'versionName' | 'isLatestVersion' | 'type'>): string {
  const name = doc.number !== null ? String(doc.number).padStart(4, '0') : doc.docId.replace(/[^A-Za-z0-9_-]+/g, '-');
  const instance = doc.pluginId === 'default' ? [] : [doc.pluginId];
  const version = doc.isLatestVersion ? [] : [doc.versionName.replace(/[^A-Za-z0-9._-]+/g, '-')];
  return path.posix.join('badges', ...instance, ...version, doc.type, `${name}.svg`);
}

/**
 * Where an instance's design-docs.json goes: the site's root for the
 * `default` instance, so one-portal sites keep `/design-docs.json`, and the
 * instance's portal folder for any other, so two instances never write
 * the same file.
 */
export function designDocsJsonPath(outDir: string, options: Pick<PluginOptions, 'id' | 'routeBasePath'>): string {
  return options.id === 'default' ? path.join(outDir, DESIGN_DOCS_JSON) : path.join(outDir, options.routeBasePath, DESIGN_DOCS_JSON);
}

async function write(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), {recursive: true});
  await fs.writeFile(file, content);
}

/**
 * What the build leaves for other tools: design-docs.json at the root, and
 * under the portal path the decision feeds and embeddable status badges.
 */
export async function writeBuildOutputs(params: {
  outDir: string;
  /** Every doc, for design-docs.json. */
  model: DesignDocModel;
  /** The docs the portal lists (`assemblePortal`), for the feeds and badges. */
  portal: PortalContext;
  vocabulary: Vocabulary;
  options: PluginOptions;
  siteUrl: string;
  baseUrl: string;
  title: string;
  /** `federation.reexport`: design-docs.json lists the remote records too, and where their sites are. */
  reexport?: {sites: ReexportedSite[]};
}): Promise<void> {
  const {outDir, model, portal, vocabulary, options} = params;
  const portalDir = path.join(outDir, options.routeBasePath);
  const portalUrl = `${params.siteUrl.replace(/\/$/, '')}${params.baseUrl}${options.routeBasePath}`.replace(/\/$/, '');
  const portalDocs = portal.model.docs;

  const feeds = renderFeeds(buildDecisionEvents(portal.model, vocabulary, params.siteUrl), {
    title: params.title,
    siteUrl: params.siteUrl,
    feedUrl: portalUrl,
  });
  const writes = [
    write(designDocsJsonPath(outDir, options), `${JSON.stringify(buildDesignDocsJson(model, vocabulary, params.siteUrl, {docs: portalDocs, today: portal.today}, params.reexport), null, 2)}\n`),
    write(path.join(portalDir, 'rss.xml'), feeds.rss),
    write(path.join(portalDir, 'atom.xml'), feeds.atom),
    write(path.join(portalDir, 'feed.json'), feeds.json),
  ];
  for (const doc of portalDocs) {
    if (doc.remote) {
      // Another site's record has its badge there.
      continue;
    }
    const reference = referenceOf(doc, vocabulary) ?? doc.title;
    writes.push(write(path.join(portalDir, badgeFile(doc)), renderStatusBadge(reference, toStatusBadge(doc, vocabulary))));
  }
  for (const type of vocabulary.types.values()) {
    const {statuses} = buildTypeIndexProps(type.id, portal);
    writes.push(write(path.join(portalDir, 'badges', `${type.id}.svg`), renderSummaryBadge(type.label, statuses)));
  }
  await Promise.all(writes);
}

import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {DesignDocModel} from '../types/model';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {buildDesignDocPageData} from '../views/docPage';
import {buildSidebarBadges} from '../views/sidebarBadges';
import fs from 'fs';
import path from 'path';
import type {StatusCatalog} from '../types/props';
import {SIDEBAR_BADGES_STYLESHEET, SITE_STATUS_CATALOG_FILE, docPageDataFile, sidebarClassFile} from './clientDataFiles';

/**
 * Writes one data file per design-doc page, one class map per sidebar and
 * the stylesheet that draws sidebar badges. Nothing goes to global data:
 * each file is bundled only into the page (or sidebar) that imports it.
 */
export async function writeClientData(
  model: DesignDocModel,
  vocabulary: Vocabulary,
  createData: PluginContentLoadedActions['createData'],
  instanceId = 'default',
): Promise<void> {
  const writes: Promise<unknown>[] = [];
  for (const doc of model.docs) {
    const data = buildDesignDocPageData(doc, model, vocabulary);
    writes.push(createData(docPageDataFile(doc.source), JSON.stringify(data)));
  }
  const sidebarBadges = buildSidebarBadges(model, vocabulary, instanceId);
  writes.push(createData(SIDEBAR_BADGES_STYLESHEET, sidebarBadges.css));
  for (const [group, classNames] of sidebarBadges.classNamesByVersion) {
    const [pluginId, versionName] = splitGroup(group);
    writes.push(createData(sidebarClassFile(pluginId, versionName), JSON.stringify(classNames)));
  }
  await Promise.all(writes);
}

function splitGroup(group: string): [string, string] {
  const slash = group.indexOf('/');
  return [group.slice(0, slash), group.slice(slash + 1)];
}

/**
 * Writes the site's status catalog into the plugin's generated folder,
 * shared by its instances (`createData` writes only into an instance's
 * own). Only when it changed, so a dev server does not rebuild for nothing.
 */
export function writeSiteStatusCatalog(pluginGeneratedDir: string, catalog: StatusCatalog): void {
  const file = path.join(pluginGeneratedDir, SITE_STATUS_CATALOG_FILE);
  const content = JSON.stringify(catalog);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) {
    fs.mkdirSync(pluginGeneratedDir, {recursive: true});
    fs.writeFileSync(file, content);
  }
}

import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {DesignDocModel, DesignDocTypeDefinition} from '../types';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {buildDesignDocPageData} from '../views/docPage';
import {buildSidebarBadges} from '../views/sidebarBadges';
import {buildStatusCatalog} from '../views/statusCatalog';
import {SIDEBAR_BADGES_STYLESHEET, STATUS_CATALOG_FILE, docPageDataFile, sidebarClassFile} from './clientDataFiles';

/**
 * Writes one data file per design-doc page, one class map per sidebar and
 * the stylesheet that draws sidebar badges. Nothing goes to global data:
 * each file is bundled only into the page (or sidebar) that imports it.
 */
export async function writeClientData(
  model: DesignDocModel,
  vocabulary: Vocabulary,
  types: DesignDocTypeDefinition[],
  createData: PluginContentLoadedActions['createData'],
): Promise<void> {
  const writes: Promise<unknown>[] = [
    createData(STATUS_CATALOG_FILE, JSON.stringify(buildStatusCatalog(types))),
  ];
  for (const doc of model.docs) {
    const data = buildDesignDocPageData(doc, model, vocabulary);
    writes.push(createData(docPageDataFile(doc.source), JSON.stringify(data)));
  }
  const sidebarBadges = buildSidebarBadges(model, vocabulary);
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

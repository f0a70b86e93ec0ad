import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {DesignDocModel, DesignDocTypeDefinition} from '../types';
import type {Vocabulary} from '../model/vocabulary';
import {buildDesignDocPageData} from '../views/docPage';
import {buildSidebarStatuses} from '../views/sidebarStatuses';
import {buildStatusCatalog} from '../views/statusCatalog';
import {STATUS_CATALOG_FILE, docPageDataFile, sidebarStatusFile} from './clientDataFiles';

/**
 * Writes one data file per design-doc page and one status map per sidebar.
 * Nothing goes to global data: each file is bundled only into the page
 * (or sidebar) that imports it.
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
  for (const [group, statuses] of buildSidebarStatuses(model, vocabulary)) {
    const [pluginId, versionName] = splitGroup(group);
    writes.push(createData(sidebarStatusFile(pluginId, versionName), JSON.stringify(statuses)));
  }
  await Promise.all(writes);
}

function splitGroup(group: string): [string, string] {
  const slash = group.indexOf('/');
  return [group.slice(0, slash), group.slice(slash + 1)];
}

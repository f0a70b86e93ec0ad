import type {DesignDocModel, SidebarStatusData} from '../types';
import type {Vocabulary} from '../model/vocabulary';
import {toStatusBadge} from './statusBadge';

/**
 * Per docs instance and version, the status of each design doc by doc id:
 * the only portal data that travels with a sidebar.
 */
export function buildSidebarStatuses(
  model: Pick<DesignDocModel, 'docs'>,
  vocabulary: Vocabulary,
): Map<string, Record<string, SidebarStatusData>> {
  const result = new Map<string, Record<string, SidebarStatusData>>();
  for (const doc of model.docs) {
    const status = toStatusBadge(doc, vocabulary);
    if (!status) {
      continue;
    }
    const key = `${doc.pluginId}/${doc.versionName}`;
    const statuses = result.get(key) ?? {};
    statuses[doc.docId] = {type: doc.type, status};
    result.set(key, statuses);
  }
  return result;
}

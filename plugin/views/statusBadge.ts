import type {DesignDocRecord, StatusBadgeData} from '../types';
import type {Vocabulary} from '../model/vocabulary';

/** Badge data for a record's status; an unknown status keeps its own words. */
export function toStatusBadge(
  doc: Pick<DesignDocRecord, 'type' | 'status'>,
  vocabulary: Vocabulary,
): StatusBadgeData | null {
  if (doc.status === null) {
    return null;
  }
  const definition = vocabulary.findStatus(doc.type, doc.status);
  if (!definition) {
    return {id: doc.status, label: doc.status, tone: 'neutral'};
  }
  return {id: definition.id, label: definition.label, tone: definition.tone};
}

import type {StatusDefinition} from '../types/options';
import type {DesignDocRecord} from '../types/model';
import type {StatusBadgeData} from '../types/props';
import type {Vocabulary} from '../vocabulary/vocabulary';

// Every page lists thousands of docs sharing a handful of statuses: one
// badge object per status, not one per row.
const badges = new WeakMap<StatusDefinition, StatusBadgeData>();

/** The one badge object of a status definition. */
export function badgeOf(definition: StatusDefinition): StatusBadgeData {
  let badge = badges.get(definition);
  if (!badge) {
    badge = {id: definition.id, label: definition.label, tone: definition.tone};
    badges.set(definition, badge);
  }
  return badge;
}

/** Badge data for a record's status; an unknown status keeps its own words. */
export function toStatusBadge(
  doc: Pick<DesignDocRecord, 'type' | 'status' | 'remote'>,
  vocabulary: Vocabulary,
): StatusBadgeData | null {
  if (doc.status === null) {
    return null;
  }
  const definition = vocabulary.findStatus(doc.type, doc.status);
  if (!definition) {
    // Another site's status this site does not know: its own site's label, in no tone.
    return {id: doc.status, label: doc.remote?.statusLabel ?? doc.status, tone: 'neutral'};
  }
  return badgeOf(definition);
}

import type {StatusBadgeData} from '../plugin/types/props.js';
import catalog from '@generated/docusaurus-plugin-design-docs/status-catalog.json';

/**
 * Label and tone of a status written by hand, e.g. `<StatusBadge
 * status="accepted"/>`. With no type, the first type that knows the status
 * wins; an unknown status is shown as written, in the neutral tone.
 */
export function findStatusBadge(status: string, type?: string): StatusBadgeData {
  const word = status.trim().toLowerCase().replace(/[\s_-]+/g, '-');
  const types = type ? catalog.types.filter((t) => t.id === type) : catalog.types;
  for (const t of types) {
    const found = t.statuses.find(
      (s) => s.id === word || s.label.toLowerCase().replace(/[\s_-]+/g, '-') === word,
    );
    if (found) {
      return found;
    }
  }
  return {id: word, label: status, tone: 'neutral'};
}

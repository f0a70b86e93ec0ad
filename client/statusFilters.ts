import type {StatusBadgeData, StatusCount} from '../plugin/types/props.js';

type WithStatus = {status: StatusBadgeData | null};

/** How many of `entries` each status has, by status id: the counts on the status chips. */
export function countByStatus(entries: readonly WithStatus[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const {status} of entries) {
    if (status) {
      counts.set(status.id, (counts.get(status.id) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The statuses `entries` use, most used first, then by label: chips in an
 * order that stays put while the other filters change the counts.
 */
export function statusesByUse(entries: readonly WithStatus[]): StatusCount[] {
  const byId = new Map<string, StatusCount>();
  for (const {status} of entries) {
    if (status) {
      const known = byId.get(status.id);
      byId.set(status.id, {status: known?.status ?? status, count: (known?.count ?? 0) + 1});
    }
  }
  // Array.from: the client build's loose spread does not iterate a Map.
  return Array.from(byId.values()).sort((a, b) => b.count - a.count || a.status.label.localeCompare(b.status.label));
}

/** Entries with one of the `selected` statuses; all of them when none is selected. */
export function withStatuses<T extends WithStatus>(entries: readonly T[], selected: readonly string[]): T[] {
  return selected.length === 0 ? [...entries] : entries.filter((entry) => entry.status !== null && selected.includes(entry.status.id));
}

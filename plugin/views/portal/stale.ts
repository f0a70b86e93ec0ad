import type {DesignDocRecord} from '../../types/model';
import type {StaleEntry} from '../../types/props';
import {toDocLink} from '../docPage';
import {isoDay as isoDate} from '../../vocabulary/days';
import {daysBetween, type PortalContext} from './context';

/** Whether a doc is still in force: an unknown status (another site's, say) counts as in force. */
export function isActive(doc: DesignDocRecord, context: PortalContext): boolean {
  const status = doc.status === null ? undefined : context.vocabulary.findStatus(doc.type, doc.status);
  return status?.active ?? true;
}

/** Why a doc in force is stale, if it is: its review date passed, or it was not updated for too long. */
export function staleness(doc: DesignDocRecord, context: PortalContext): StaleEntry | null {
  const link = () => toDocLink(doc, context.vocabulary);
  if (doc.reviewBy !== null && doc.reviewBy < context.today) {
    return {doc: link(), reason: 'review-by', since: doc.reviewBy, days: daysBetween(doc.reviewBy, context.today)};
  }
  if (doc.lastUpdatedAt !== null) {
    const updated = isoDate(doc.lastUpdatedAt);
    const days = daysBetween(updated, context.today);
    if (days > context.options.staleAfterDays) {
      return {doc: link(), reason: 'not-updated', since: updated, days};
    }
  }
  return null;
}

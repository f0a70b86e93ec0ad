import type {StatusTone} from '../types/options';
import type {StatusBadgeData} from '../types/props';
import {BADGE_COLORS} from '../views/tones';
import {xmlAttribute, xmlText} from './xml';

/** Rough text width in Verdana 11px, the flat-badge convention. */
function textWidth(text: string): number {
  return Math.round([...text].length * 6.6 + 10);
}

/**
 * A flat two-part badge, `ADR-0004 | Accepted`, for a repository README.
 * All text goes through the XML helpers: an unknown status is front-matter text.
 */
export function renderBadge(label: string, value: string, tone: StatusTone): string {
  const left = textWidth(label);
  const right = textWidth(value);
  const width = left + right;
  const title = `${label}: ${value}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${xmlAttribute(title)}"><title>${xmlText(title)}</title><rect width="${left}" height="20" fill="${BADGE_COLORS.label}"/><rect x="${left}" width="${right}" height="20" fill="${BADGE_COLORS.fill[tone]}"/><g fill="${BADGE_COLORS.text}" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle"><text x="${left / 2}" y="14">${xmlText(label)}</text><text x="${left + right / 2}" y="14">${xmlText(value)}</text></g></svg>\n`;
}

export function renderStatusBadge(reference: string, status: StatusBadgeData | null): string {
  return renderBadge(reference, status?.label ?? 'no status', status?.tone ?? 'neutral');
}

/** `ADR | 10 accepted · 1 superseded`: counts by status of one type. */
export function renderSummaryBadge(label: string, counts: {status: StatusBadgeData; count: number}[]): string {
  const value = counts.filter((c) => c.count > 0).map((c) => `${c.count} ${c.status.label.toLowerCase()}`).join(' · ') || 'none';
  return renderBadge(label, value, 'info');
}

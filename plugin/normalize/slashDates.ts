import path from 'path';
import {bodyReadingOf} from './bodyReading';
import type {DocLocation, LoadedDoc} from './normalizeDesignDoc';

/** Which way round a folder writes `03/05/2020`. */
export type SlashDateOrder = 'day-first' | 'month-first';

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/;

function writtenDate(doc: LoadedDoc): string | null {
  const given = doc.frontMatter?.date;
  if (typeof given === 'string') {
    return given.trim();
  }
  const body = doc.frontMatter && typeof doc.frontMatter === 'object' ? bodyReadingOf(doc.frontMatter)?.fields.date : undefined;
  return body ? body.text.trim() : null;
}

/**
 * `03/05/2020` is the 3rd of May in London and March 5th in Washington. A
 * folder that also writes `25/03/2021` writes day first; one that writes
 * `03/25/2021`, month first. Each folder whose unambiguous slashed dates
 * all agree gets that order for its ambiguous ones; any other folder gets
 * none, and its ambiguous dates are reported.
 */
export function slashDateOrders(inputs: {doc: LoadedDoc; location: DocLocation}[]): Map<string, SlashDateOrder> {
  const votes = new Map<string, Set<SlashDateOrder>>();
  for (const {doc, location} of inputs) {
    const match = SLASHED.exec(writtenDate(doc) ?? '');
    if (!match) {
      continue;
    }
    const [first, second] = [Number(match[1]), Number(match[2])];
    const order: SlashDateOrder | null = first > 12 && second <= 12 ? 'day-first' : second > 12 && first <= 12 ? 'month-first' : null;
    if (order) {
      const folder = path.posix.dirname(location.file);
      const seen = votes.get(folder) ?? new Set();
      seen.add(order);
      votes.set(folder, seen);
    }
  }
  const orders = new Map<string, SlashDateOrder>();
  for (const [folder, seen] of votes) {
    if (seen.size === 1) {
      orders.set(folder, [...seen][0]!);
    }
  }
  return orders;
}

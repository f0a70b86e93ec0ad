import type {Problem} from '../types/model';
import type {UnknownStatus} from '../normalize/status';
import {quote} from '../normalize/problems';

/**
 * Status words a type does not know, counted across the site: a folder
 * where 40 records say "Pending" gets one message with the count, at the
 * first of them, instead of 40 copies of the same advice.
 */
export function unknownStatusProblems(found: {status: UnknownStatus; file: string}[]): Problem[] {
  const byWord = new Map<string, {status: UnknownStatus; file: string; count: number}>();
  for (const {status, file} of found) {
    const key = `${status.type.id}\n${status.written.toLowerCase()}`;
    const seen = byWord.get(key);
    if (seen) {
      seen.count += 1;
    } else {
      byWord.set(key, {status, file, count: 1});
    }
  }
  return [...byWord.values()].map(({status, file, count}) => {
    const records = count === 1 ? '1 record uses' : `${count} records use`;
    const known = status.type.statuses.map((s) => s.id).join(', ');
    return {
      file,
      field: status.field,
      message: `${records} ${quote(status.written)}, which is not a status of type ${status.type.id} (${known}); add it to a status's \`aliases\` or fix the record${count === 1 ? '' : 's'}`,
      severity: 'error',
      ...(status.line !== undefined && {line: status.line}),
      ...(status.column !== undefined && {column: status.column}),
    };
  });
}

import fs from 'fs';
import path from 'path';
import type {DeclaredRelation, DesignDocRecord} from '../types/model';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {statusWordsLength} from '../normalize/status';
import {setRecordStatus, statusSourceOf, type EditFormat, type StatusEdit} from './editRecord';
import {isRefusal} from './frontMatterEdit';
import {statusDisagreement} from './readRecordFile';

/**
 * Writes a status edit to a record's file and keeps it only when the file,
 * read back from disk the way the build reads it, says what was meant: the
 * new status, and every other field as it was. Otherwise the original bytes
 * go back and the reason is returned. A user's file is never left half
 * edited, and a link is never followed out of the site.
 */

export type RecordReadout = {record: DesignDocRecord; frontMatter: Record<string, unknown>};

export type StatusWrite = {format: EditFormat} | {reason: string};

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * A field's value without where it is written: a status line added to the
 * front matter moves every heading below it, which is no change of the
 * record's sections.
 */
function withoutPlaces(key: keyof DesignDocRecord, record: DesignDocRecord): unknown {
  return key === 'sections' ? record.sections.map(({line: _line, ...section}) => section) : record[key];
}

/** The record's fields other than status and relations whose values differ, as `people.authors` or `extra.owner`. */
function changedFields(before: DesignDocRecord, after: DesignDocRecord): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(before) as (keyof DesignDocRecord)[]) {
    if (key === 'status' || key === 'relations') {
      continue;
    }
    const was = withoutPlaces(key, before);
    const now = withoutPlaces(key, after);
    if (isMap(was) && isMap(now)) {
      for (const inner of new Set([...Object.keys(was), ...Object.keys(now)])) {
        if (JSON.stringify(was[inner]) !== JSON.stringify(now[inner])) {
          changed.push(`${key}.${inner}`);
        }
      }
    } else if (JSON.stringify(was) !== JSON.stringify(now)) {
      changed.push(key);
    }
  }
  return changed;
}

const relationText = (relation: DeclaredRelation) => `${relation.kind} ${relation.target}`;

/**
 * What the edit did besides the status, or null. Relations may only grow
 * by the successor being named. One the old status itself stated (its
 * `superseded by ...` words) goes with it on a plain status change, but
 * not when a new successor replaces it: that would lose the old one.
 */
function sideEffects(before: RecordReadout, after: RecordReadout, edit: StatusEdit): string | null {
  const fields = changedFields(before.record, after.record);
  if (fields.length > 0) {
    return `the edit would also change ${fields.join(', ')}`;
  }
  const status = statusSourceOf(before.frontMatter);
  const statedByStatus = (relation: DeclaredRelation) =>
    !edit.supersededBy && status !== null && relation.field === status.name && relation.line === status.line;
  const kept = new Set(after.record.relations.map(relationText));
  const lost = before.record.relations.filter((relation) => !statedByStatus(relation) && !kept.has(relationText(relation)));
  if (lost.length > 0) {
    return `the edit would drop its relation ${lost.map(relationText).join(', ')}`;
  }
  const had = new Set(before.record.relations.map(relationText));
  const added = after.record.relations.filter((relation) => !had.has(relationText(relation)) && !(edit.supersededBy && relation.kind === 'superseded-by'));
  return added.length > 0 ? `the edit would add the relation ${added.map(relationText).join(', ')}` : null;
}

/** Why the file at `file` may not be written, or null: it, or a folder on its way, leads out of the site. */
function leavesSite(siteDir: string, file: string): string | null {
  const real = fs.realpathSync(file);
  const relative = path.relative(fs.realpathSync(siteDir), real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return fs.lstatSync(file).isSymbolicLink()
      ? `it is a link to ${real}, outside the site folder; edit that file where it is`
      : `its path leads outside the site folder (to ${real}); edit that file where it is`;
  }
  return null;
}

export async function writeStatusEdit(params: {
  siteDir: string;
  /** Site-relative path. */
  file: string;
  edit: StatusEdit;
  /** The build's reading of a version of the file's text. */
  read: (source: string) => Promise<RecordReadout>;
  vocabulary: Vocabulary;
}): Promise<StatusWrite> {
  const {siteDir, file, edit, read, vocabulary} = params;
  const filePath = path.join(siteDir, file);
  const outside = leavesSite(siteDir, filePath);
  if (outside) {
    return {reason: outside};
  }
  const bytes = fs.readFileSync(filePath);
  const source = bytes.toString('utf8');
  if (!Buffer.from(source, 'utf8').equals(bytes)) {
    return {reason: 'it is not UTF-8 text; save it as UTF-8 and run the command again'};
  }
  const before = await read(source);
  const result = setRecordStatus(source, edit, before.frontMatter, (text) => statusWordsLength(text, before.record.type, vocabulary));
  if (isRefusal(result)) {
    return {reason: `${result.refused}; edit it by hand`};
  }
  fs.writeFileSync(filePath, result.source);
  let problem: string | null;
  try {
    const after = await read(fs.readFileSync(filePath, 'utf8'));
    problem =
      statusDisagreement(after.record, {status: edit.status, type: before.record.type, title: before.record.title}, vocabulary) ??
      sideEffects(before, after, edit);
  } catch (error) {
    problem = `the edited file could not be read back (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  if (problem) {
    fs.writeFileSync(filePath, bytes);
    return {reason: `${problem}; edit it by hand, or report this`};
  }
  return {format: result.format};
}

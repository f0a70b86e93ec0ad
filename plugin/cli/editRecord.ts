import type {BodyReading} from '../formats/types';
import {splitSource} from '../formats/sourceFile';
import {bodyReadingOf} from '../normalize/bodyReading';
import {canonicalizeKeys} from '../normalize/keys';
import {ProblemCollector} from '../normalize/problems';
import {
  addToList,
  appendEntry,
  applySplices,
  frontMatterBlock,
  insertAfter,
  isRefusal,
  replaceValue,
  topLevelPair,
  type FrontMatterBlock,
  type Refusal,
  type Splice,
  yamlText,
} from './frontMatterEdit';

/**
 * Careful edits of a record's status, where the build reads it: the
 * front-matter key normalize takes the status from, in the spelling the
 * author wrote; else the place in the body the reader found it (the
 * template's `**Status**: Review`, adr-tools' status line, the MADR 2
 * `* Status:` bullet); else a new `status:` line in the front matter.
 * Every other byte stays, the BOM and each line's ending included.
 */

export type StatusEdit = {
  /** Status id to write, e.g. `superseded`. */
  status: string;
  /** The successor, when the record is being superseded. */
  supersededBy?: {reference: string; title: string; number: number | null; fileName: string};
};

export type EditFormat = 'front-matter' | 'template' | 'nygard' | 'madr2' | 'inserted-front-matter';

export type EditResult = {source: string; format: EditFormat};

/** The first line break of `source`, for a block added to a file that has none. */
function eolOf(source: string): string {
  const newline = source.indexOf('\n');
  return newline > 0 && source[newline - 1] === '\r' ? '\r\n' : '\n';
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A value normalize counts as given (see `given` in normalizeDesignDoc). */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/**
 * The top-level entry written as `key` (the spelling normalize read), or
 * null when the front matter has no such field. A field normalize read but
 * that is not written as a line of its own (merged in with `<<: *base`) is
 * not edited: a new line would be a second spelling beside it.
 */
function entryOf(block: FrontMatterBlock, key: string | undefined): ReturnType<typeof topLevelPair> {
  if (key === undefined) {
    return null;
  }
  return topLevelPair(block, key) ?? {refused: `its front matter's "${key}" is not written as a line of its own`};
}

/**
 * The front-matter splices: the status (its entry, or a new last line)
 * and the successor, added to the key the author already has for it, in
 * its spelling, or on a new line after the status.
 */
function frontMatterSplices(
  source: string,
  block: FrontMatterBlock,
  keys: {status: string | undefined; supersededBy: string | undefined},
  edit: StatusEdit,
): Splice[] | Refusal {
  const statusPair = entryOf(block, keys.status);
  if (isRefusal(statusPair)) {
    return statusPair;
  }
  const splices: Splice[] = [];
  const status = statusPair ? replaceValue(source, block, statusPair, edit.status) : appendEntry(source, block, 'status', edit.status);
  if (isRefusal(status)) {
    return status;
  }
  splices.push(status);
  const successor = edit.supersededBy?.reference;
  if (successor === undefined) {
    return splices;
  }
  const successorPair = entryOf(block, keys.supersededBy);
  if (isRefusal(successorPair)) {
    return successorPair;
  }
  if (successorPair) {
    const added = addToList(source, block, successorPair, successor);
    if (isRefusal(added)) {
      return added;
    }
    return added ? [...splices, added] : splices;
  }
  if (statusPair) {
    return [...splices, insertAfter(source, block, statusPair, 'superseded-by', successor)];
  }
  // Both new: the successor's line goes after the new status line, at the same place.
  const after = appendEntry(source, block, 'superseded-by', successor) as Splice;
  return [{...status, insert: status.insert + after.insert}];
}

function bodyStyle(reading: BodyReading): 'template' | 'nygard' | 'madr2' {
  if (reading.formats.includes('template')) {
    return 'template';
  }
  return reading.formats.includes('madr2') ? 'madr2' : 'nygard';
}

/** The words that replace the body's status, in the record's own style. */
function statusWords(edit: StatusEdit, style: 'template' | 'nygard' | 'madr2'): string {
  const successor = edit.status === 'superseded' ? edit.supersededBy : undefined;
  if (successor) {
    const text =
      style === 'nygard' && successor.number !== null
        ? `${successor.number}. ${successor.title}`
        : style === 'template'
          ? `${successor.reference}: ${successor.title}`
          : successor.reference;
    return `${style === 'madr2' ? 'superseded' : 'Superseded'} by [${text}](${successor.fileName})`;
  }
  // MADR writes `* Status: accepted`; the template and adr-tools capitalize.
  return style === 'madr2' ? edit.status : capitalize(edit.status);
}

/** The body's status value replaced, and a successor line added where the status cannot name it. */
function editBodyStatus(source: string, span: [number, number], edit: StatusEdit, reading: BodyReading): string {
  const style = bodyStyle(reading);
  let edited = source.slice(0, span[0]) + statusWords(edit, style) + source.slice(span[1]);
  const successor = edit.supersededBy;
  if (successor && edit.status !== 'superseded') {
    // A type whose lifecycle has no "superseded" (a design doc becomes
    // obsolete): the status, then the successor on a line of its own,
    // written like the status line.
    const lineStart = source.lastIndexOf('\n', span[0] - 1) + 1;
    const before = source.slice(lineStart, span[0]);
    // The status line's list marker or quote (`- `, `> `), if any.
    const lead = /^\s*(?:(?:[-*+]|\d+[.)])\s+|>\s*)*/.exec(before)![0];
    const label = before.includes('**') ? '**Superseded by**:' : 'Superseded by:';
    const line = `${lead}${label} [${successor.reference}: ${successor.title}](${successor.fileName})`;
    const lineEnd = edited.indexOf('\n', span[0]);
    if (lineEnd === -1) {
      edited = `${edited}${eolOf(source)}${line}`;
    } else {
      const eol = edited[lineEnd - 1] === '\r' ? '\r\n' : '\n';
      edited = `${edited.slice(0, lineEnd + 1)}${line}${eol}${edited.slice(lineEnd + 1)}`;
    }
  }
  return edited;
}

/**
 * Where the build reads a record's status from, by the name relations
 * stated by it carry: the front-matter key as written, else the body's
 * status line (its label and line); null when the record states none.
 */
export function statusSourceOf(frontMatter: Record<string, unknown>): {name: string; line?: number} | null {
  const {fields, writtenAs} = canonicalizeKeys(frontMatter, new ProblemCollector(''));
  if (isGiven(fields.get('status'))) {
    return {name: writtenAs.get('status')!};
  }
  const body = bodyReadingOf(frontMatter)?.fields.status;
  return body ? {name: body.label, line: body.line} : null;
}

/**
 * `source` with its status set as `edit` says, in the place the build's
 * reading of it (`frontMatter`, as the site's front-matter hook returns
 * it, body reading included) takes the status from; or why it cannot be.
 */
export function setRecordStatus(
  source: string,
  edit: StatusEdit,
  frontMatter: Record<string, unknown>,
  /** Where the status words end in a status line that goes on with a note; the note stays. */
  statusWordsEnd: (statusText: string) => number | null = () => null,
): EditResult | Refusal {
  const {fields, writtenAs} = canonicalizeKeys(frontMatter, new ProblemCollector(''));
  const inFrontMatter = isGiven(fields.get('status'));
  const reading = bodyReadingOf(frontMatter);
  const whole = inFrontMatter ? undefined : reading?.fields.status?.span;
  const wordsEnd = whole ? statusWordsEnd(source.slice(whole[0], whole[1])) : null;
  const span: [number, number] | undefined = whole && wordsEnd !== null ? [whole[0], whole[0] + wordsEnd] : whole;
  if (span && reading) {
    return {source: editBodyStatus(source, span, edit, reading), format: bodyStyle(reading)};
  }
  const block = frontMatterBlock(source);
  if (isRefusal(block)) {
    return block;
  }
  if (block) {
    const keys = {status: writtenAs.get('status'), supersededBy: writtenAs.get('superseded-by')};
    const splices = frontMatterSplices(source, block, keys, edit);
    return isRefusal(splices) ? splices : {source: applySplices(source, splices), format: 'front-matter'};
  }
  if (inFrontMatter) {
    // A site whose front-matter parser reads something other than `---` YAML.
    return {refused: 'its front matter is not YAML between "---" lines'};
  }
  // No front matter and no status in the body: a block of its own, after the BOM.
  const {bom} = splitSource(source);
  const eol = eolOf(source);
  const lines = [`status: ${yamlText(edit.status)}`, ...(edit.supersededBy ? [`superseded-by: ${yamlText(edit.supersededBy.reference)}`] : [])];
  const lead = bom ? 1 : 0;
  return {source: `${source.slice(0, lead)}---${eol}${lines.join(eol)}${eol}---${eol}${eol}${source.slice(lead)}`, format: 'inserted-front-matter'};
}

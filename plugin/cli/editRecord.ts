import type {BodyReading} from '../formats/types';
import {splitSource} from '../formats/sourceFile';

/**
 * Careful edits of a record's status, where the record states it: its
 * front matter when that has a status, else the place in the body the
 * reader found it (the template's `**Status**: Review`, adr-tools' status
 * line, the MADR 2 `* Status:` bullet). Every other byte stays, the BOM
 * and line endings included.
 */

export type StatusEdit = {
  /** Status id to write, e.g. `superseded`. */
  status: string;
  /** The successor, when the record is being superseded. */
  supersededBy?: {reference: string; title: string; number: number | null; fileName: string};
};

export type EditFormat = 'front-matter' | 'template' | 'nygard' | 'madr2' | 'inserted-front-matter';

export type EditResult = {source: string; format: EditFormat};

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

function eolOf(source: string): string {
  return source.includes('\r\n') ? '\r\n' : '\n';
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The status line of the front matter rewritten; null when it has no top-level `status:`. */
function editFrontMatter(text: string, edit: StatusEdit): string | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return null;
  }
  const eol = eolOf(text);
  const lines = match[1]!.split(/\r?\n/);
  const statusIndex = lines.findIndex((line) => /^status\s*:/.test(line));
  if (statusIndex === -1) {
    return null;
  }
  lines[statusIndex] = `status: ${edit.status}`;
  if (edit.supersededBy && !lines.some((line) => /^(superseded-by|supersededBy)\s*:/.test(line))) {
    lines.splice(statusIndex + 1, 0, `superseded-by: ${edit.supersededBy.reference}`);
  }
  const block = `---${eol}${lines.join(eol)}${eol}---${match[2]}`;
  return block + text.slice(match[0].length);
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

export function setRecordStatus(source: string, edit: StatusEdit, reading: BodyReading): EditResult {
  const {bom, frontMatter} = splitSource(source);
  const lead = bom ? '\uFEFF' : '';
  const text = source.slice(lead.length);
  const edited = editFrontMatter(text, edit);
  if (edited !== null) {
    return {source: lead + edited, format: 'front-matter'};
  }
  const span = reading.fields.status?.span;
  if (span) {
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
    return {source: edited, format: style};
  }
  // No status anywhere: add it as front matter, leaving the body as it was.
  const eol = eolOf(source);
  const extra = edit.supersededBy ? `superseded-by: ${edit.supersededBy.reference}` : null;
  const existing = FRONT_MATTER.exec(text);
  if (existing && frontMatter !== null) {
    const lines = [existing[1]!, `status: ${edit.status}`, ...(extra ? [extra] : [])].filter((line) => line !== '');
    return {source: `${lead}---${eol}${lines.join(eol)}${eol}---${existing[2]}${text.slice(existing[0].length)}`, format: 'front-matter'};
  }
  const lines = [`status: ${edit.status}`, ...(extra ? [extra] : [])];
  return {source: `${lead}---${eol}${lines.join(eol)}${eol}---${eol}${eol}${text}`, format: 'inserted-front-matter'};
}

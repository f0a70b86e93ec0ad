import {toKebabKey} from '../normalize/keys';

/**
 * The line a record states its status on, as written in its source: the
 * front matter's `status:` key (any spelling that reads as `status`),
 * else the body's first status label line (`**Status**: Review`,
 * `* Status: proposed`, `| **Status** | Review |`), else the first line
 * under a `## Status` heading (adr-tools). This is the line whose history
 * says when the doc entered its status; the model itself reads the status
 * elsewhere (normalize/, formats/), this only finds where it is written.
 */

const STATUS_LABELS = new Set(['status', 'document status', 'current status']);
const FENCE = /^\s*(```|~~~)/;
const STATUS_HEADING = /^#{1,6}\s+status\s*#*\s*$/i;

function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---') {
    return -1;
  }
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  return end;
}

function isFrontMatterStatus(line: string): boolean {
  // Top-level keys only: a risk's or decision's `status:` is indented under its list.
  const key = /^([A-Za-z][\w -]*?)\s*:/.exec(line)?.[1];
  return key !== undefined && toKebabKey(key) === 'status';
}

/** `**Status**: Review` -> `status`; the label of a label line, lower-cased, without emphasis, list marker or table pipe. */
function labelOf(line: string): string | null {
  const plain = line
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:>\s*)*/, '')
    .replace(/^(?:[-+]|\d+[.)])\s+/, '')
    .replace(/^\|\s*/, '');
  const match = /^([A-Za-z][A-Za-z ]*?)\s*[:|]\s*\S/.exec(plain);
  return match ? match[1]!.toLowerCase() : null;
}

/** The status line of `source` (a Markdown file's text), trimmed; null when the file writes no status. */
export function statusLineOf(source: string): string | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = frontMatterEnd(lines);
  if (end > 0) {
    const line = lines.slice(1, end).find(isFrontMatterStatus);
    if (line !== undefined) {
      return line.trim();
    }
  }
  let inFence = false;
  for (let i = end + 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      continue;
    }
    if (STATUS_HEADING.test(line.trim())) {
      const value = lines.slice(i + 1).find((next) => next.trim() !== '');
      return value === undefined || value.trim().startsWith('#') ? null : value.trim();
    }
    const label = labelOf(line);
    if (label !== null && STATUS_LABELS.has(label)) {
      return line.trim();
    }
  }
  return null;
}

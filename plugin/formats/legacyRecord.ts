import {stripMarkdownLink} from '../model/references';

/**
 * Metadata that adr-tools (Nygard) and MADR 2 / log4brains records keep in
 * their body instead of front matter, read without changing the file.
 */
export type LegacyMetadata = {
  number?: number;
  title?: string;
  status?: string;
  date?: string;
  deciders?: string[];
  tags?: string[];
  supersedes?: string[];
  'superseded-by'?: string[];
  amends?: string[];
  'amended-by'?: string[];
  related?: string[];
};

export type LegacyFormat = 'nygard' | 'madr2';

export type LegacyParse = {
  format: LegacyFormat | null;
  metadata: LegacyMetadata;
  /**
   * Body lines, 0-based [start, end), that only restate this metadata; the
   * page leaves them out so the header is not printed twice.
   */
  consumedLines: [number, number][];
};

type RelationField = 'supersedes' | 'superseded-by' | 'amends' | 'amended-by' | 'related';

/** `Superseded by [13. Use X](0013-use-x.md)` and its siblings; both spellings of supersede. */
const RELATION_LINE =
  /^\s*(?:[-*]\s*)?(superseded by|superceded by|supersedes|supercedes|amended by|amends|refined by|refines|relates to|related to|see also)\s*:?\s*(.+?)\s*$/i;

function relationField(verb: string): RelationField {
  const word = verb.toLowerCase();
  if (word.startsWith('superseded') || word.startsWith('superceded')) {
    return 'superseded-by';
  }
  if (word.startsWith('supersedes') || word.startsWith('supercedes')) {
    return 'supersedes';
  }
  if (word === 'amended by') {
    return 'amended-by';
  }
  if (word === 'amends') {
    return 'amends';
  }
  return 'related';
}

function addRelation(metadata: LegacyMetadata, field: RelationField, target: string): void {
  const list = metadata[field] ?? [];
  list.push(stripMarkdownLink(target));
  metadata[field] = list;
}

function splitList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !/^\[?list|^\[?(describe|who)/i.test(item));
}

function isoDate(text: string): string | undefined {
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? match[0] : undefined;
}

/** `# 12. Use PostgreSQL` gives number 12 and title "Use PostgreSQL". */
function readTitleLine(lines: string[], metadata: LegacyMetadata): void {
  const titleIndex = lines.findIndex((line) => /^#\s+\S/.test(line));
  if (titleIndex === -1) {
    return;
  }
  const heading = lines[titleIndex]!.replace(/^#\s+/, '').trim();
  const numbered = /^(\d+)\.\s+(.+)$/.exec(heading);
  if (numbered) {
    metadata.number = Number(numbered[1]);
    metadata.title = numbered[2]!.trim();
  }
}

/** The index of the next heading of level <= `level` after `from`, or the end. */
function sectionEnd(lines: string[], from: number, level: number): number {
  for (let i = from + 1; i < lines.length; i += 1) {
    const heading = /^(#{1,6})\s/.exec(lines[i]!);
    if (heading && heading[1]!.length <= level) {
      return i;
    }
  }
  return lines.length;
}

/**
 * Nygard: a `Date:` line and a `## Status` section whose first line is the
 * status, followed by lines such as `Superseded by [13. ...](0013-....md)`.
 */
function readNygard(lines: string[], metadata: LegacyMetadata, consumed: [number, number][]): boolean {
  const statusHeading = lines.findIndex((line) => /^##\s+status\s*$/i.test(line));
  if (statusHeading === -1) {
    return false;
  }
  const end = sectionEnd(lines, statusHeading, 2);
  let onlyMetadata = true;
  for (let i = statusHeading + 1; i < end; i += 1) {
    const line = lines[i]!.trim();
    if (line === '') {
      continue;
    }
    const relation = RELATION_LINE.exec(line);
    if (relation) {
      addRelation(metadata, relationField(relation[1]!), relation[2]!);
    } else if (metadata.status === undefined) {
      metadata.status = line.replace(/^[-*]\s*/, '').replace(/\.$/, '');
    } else {
      onlyMetadata = false;
    }
  }
  // A section with prose besides the status stays on the page.
  if (onlyMetadata) {
    consumed.push([statusHeading, end]);
  }
  const dateLine = lines.findIndex((line) => /^\s*date\s*:\s*\S/i.test(line));
  if (dateLine !== -1 && dateLine < statusHeading) {
    metadata.date = isoDate(lines[dateLine]!) ?? metadata.date;
    consumed.push([dateLine, dateLine + 1]);
  }
  return true;
}

const MADR2_FIELD = /^\s*[-*]\s*(status|deciders|date|tags)\s*:\s*(.*?)\s*$/i;

/**
 * MADR 2 and log4brains: a bullet list before the first `##` holding
 * `* Status:`, `* Deciders:`, `* Date:` and `* Tags:`; relations in the
 * status (`superseded by [ADR-0005](0005-example.md)`) or under `## Links`.
 */
function readMadr2(lines: string[], metadata: LegacyMetadata, consumed: [number, number][]): boolean {
  const firstSection = lines.findIndex((line) => /^##\s/.test(line));
  const limit = firstSection === -1 ? lines.length : firstSection;
  let found = false;
  for (let i = 0; i < limit; i += 1) {
    const field = MADR2_FIELD.exec(lines[i]!);
    if (!field) {
      continue;
    }
    found = true;
    consumed.push([i, i + 1]);
    const [name, value] = [field[1]!.toLowerCase(), field[2]!];
    if (name === 'status') {
      const relation = /^(.*?)\s*(?:\.|,)?\s*((?:superseded|superceded) by|supersedes|amended by|amends)\s+(.+)$/i.exec(value);
      if (relation && relation[1]) {
        metadata.status = relation[1];
        addRelation(metadata, relationField(relation[2]!), relation[3]!);
      } else {
        metadata.status = value;
      }
    } else if (name === 'deciders') {
      metadata.deciders = splitList(value);
    } else if (name === 'date') {
      metadata.date = isoDate(value);
    } else if (name === 'tags') {
      metadata.tags = splitList(value.replace(/#/g, ''));
    }
  }
  const links = lines.findIndex((line) => /^##\s+links\s*$/i.test(line));
  if (links !== -1) {
    for (let i = links + 1; i < sectionEnd(lines, links, 2); i += 1) {
      const relation = RELATION_LINE.exec(lines[i]!);
      if (relation) {
        addRelation(metadata, relationField(relation[1]!), relation[2]!);
      }
    }
  }
  return found;
}

/** Template hints such as `<!-- optional -->` are not part of a value. */
function withoutComments(line: string): string {
  return line.replace(/<!--.*?-->/g, '').trimEnd();
}

/** Reads a record body (the text after any front matter). Never throws. */
export function parseLegacyRecord(body: string): LegacyParse {
  const lines = body.split(/\r?\n/).map(withoutComments);
  const metadata: LegacyMetadata = {};
  const consumedLines: [number, number][] = [];
  readTitleLine(lines, metadata);
  let format: LegacyFormat | null = null;
  if (readMadr2(lines, metadata, consumedLines)) {
    format = 'madr2';
  } else if (readNygard(lines, metadata, consumedLines)) {
    format = 'nygard';
  }
  // adr-tools replaces the status line itself with "Superceded by [...]".
  if (metadata.status === undefined && metadata['superseded-by']) {
    metadata.status = 'superseded';
  }
  return {format, metadata, consumedLines};
}

/** Templates and folder indexes sit among records but are not records. */
export function isRecordFileName(fileName: string): boolean {
  const name = fileName.toLowerCase();
  return !(
    name.startsWith('_') ||
    /^(index|readme|template|adr-template|madr-template|template-.*)\.mdx?$/.test(name)
  );
}

/** The body without the given line ranges. */
export function removeLines(body: string, ranges: [number, number][]): string {
  if (ranges.length === 0) {
    return body;
  }
  const drop = new Set<number>();
  for (const [start, end] of ranges) {
    for (let i = start; i < end; i += 1) {
      drop.add(i);
    }
  }
  return body
    .split(/(?<=\n)/)
    .filter((_, index) => !drop.has(index))
    .join('');
}

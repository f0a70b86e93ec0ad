import type {DesignDocRecord, RelationKind} from '../types/model';
import type {Vocabulary} from './vocabulary';

/**
 * `superseded by ADR-0012` (also with a markdown link) in a status field.
 * No lazy group before optional spaces: status text is the author's, and
 * such a pattern takes quadratic time on a long run of spaces.
 */
const STATUS_WITH_SUCCESSOR = /^\s*(?:superseded|superceded|replaced|invalidated)\s*(?:by|with)\b\s*:?(.*)$/is;

/** The verb that starts a relation after a status: `accepted; supersedes ADR-0045`. */
const RELATION_VERB = /^(supersedes|supercedes|replaces|superseded by|superceded by|replaced by|amends|amended by)\b\s*:?/i;

const RELATION_OF_VERB: Record<string, RelationKind> = {
  supersedes: 'supersedes',
  supercedes: 'supersedes',
  replaces: 'supersedes',
  'superseded by': 'superseded-by',
  'replaced by': 'superseded-by',
  'superceded by': 'superseded-by',
  amends: 'amends',
  'amended by': 'amended-by',
};

export type ParsedStatus = {
  status: string;
  relation: {kind: RelationKind; target: string} | null;
};

export function parseStatusText(text: string): ParsedStatus {
  const successor = STATUS_WITH_SUCCESSOR.exec(text);
  if (successor && successor[1]!.trim() !== '') {
    return {status: 'superseded', relation: {kind: 'superseded-by', target: stripMarkdownLink(successor[1]!.trim())}};
  }
  // `accepted; supersedes ADR-0045`: a status word, a separator, a relation.
  const separator = text.search(/[,;.]/);
  if (separator > 0) {
    const rest = text.slice(separator + 1).trimStart();
    const verb = RELATION_VERB.exec(rest);
    const target = verb ? rest.slice(verb[0].length).trim() : '';
    if (verb && target !== '') {
      const kind = RELATION_OF_VERB[verb[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
      const status = kind === 'superseded-by' ? 'superseded' : text.slice(0, separator).trim();
      return {status, relation: {kind, target: stripMarkdownLink(target.replace(/\.$/, ''))}};
    }
  }
  return {status: text.trim().replace(/\.$/, ''), relation: null};
}

/** `[ADR-0005](0005-example.md)` names its target by the link; else as is. */
export function stripMarkdownLink(text: string): string {
  const link = /^\[[^\]]*\]\(\s*<?([^)>\s]+)>?\s*\)$/.exec(text.trim());
  return link ? link[1]! : text.trim();
}

export function formatReference(prefix: string, num: number | null): string | null {
  return num === null ? null : `${prefix}-${String(num).padStart(4, '0')}`;
}

/**
 * The largest record number. Beyond it a double no longer holds every
 * integer: `99999999999999999999` would read as 100000000000000000000, and
 * `1e21` would be published as `ADR-1e+21`.
 */
export const LARGEST_RECORD_NUMBER = Number.MAX_SAFE_INTEGER;

/** The record number its digits write, or null when it is larger than LARGEST_RECORD_NUMBER. */
export function recordNumberOf(digits: string): number | null {
  const number = Number(digits);
  return Number.isSafeInteger(number) ? number : null;
}

export type ParsedReference =
  | {kind: 'numbered'; prefix: string | null; number: number}
  /** A prefix and number whose number is larger than any record's. */
  | {kind: 'number-too-large'; prefix: string | null; digits: string}
  | {kind: 'path'; path: string}
  | {kind: 'id'; id: string};

/**
 * A relation target is one of: `ADR-0003` / `adr 3` / `RFC#12` (prefix and
 * number), `3` or `#3` (a number of the referring doc's own type), a path
 * ending in .md/.mdx, or else a doc id.
 */
export function parseReference(raw: string): ParsedReference {
  const text = stripMarkdownLink(raw);
  const numbered = /^([A-Za-z][A-Za-z0-9]*)?[\s_-]*#?0*(\d+)$/.exec(text);
  if (numbered) {
    const prefix = numbered[1] ?? null;
    const number = recordNumberOf(numbered[2]!);
    return number === null ? {kind: 'number-too-large', prefix, digits: numbered[2]!} : {kind: 'numbered', prefix, number};
  }
  if (/\.mdx?(#.*)?$/i.test(text)) {
    return {kind: 'path', path: text.replace(/#.*$/, '')};
  }
  return {kind: 'id', id: text.replace(/^\/+|\/+$/g, '')};
}

// How ADR tools name files: read where the front-matter hook (formats) needs it too.
export {dateOfFileName, numberDigitsOfFileName} from '../formats/fileNames';
import {numberDigitsOfFileName} from '../formats/fileNames';

/** The number of a file name `0012-use-x.md`, or null (none, a date, or too large). */
export function numberFromFileName(fileName: string): number | null {
  const digits = numberDigitsOfFileName(fileName);
  return digits === null ? null : recordNumberOf(digits);
}

export const INVERSE_RELATION: Record<RelationKind, RelationKind> = {
  supersedes: 'superseded-by',
  'superseded-by': 'supersedes',
  amends: 'amended-by',
  'amended-by': 'amends',
  related: 'related',
};

// Every portal page names each doc by its reference; work it out once.
const references = new WeakMap<Vocabulary, WeakMap<DesignDocRecord, string | null>>();

/** A doc's reference, `ADR-0007`, by its type's prefix; null for an unnumbered doc. */
export function referenceOf(doc: DesignDocRecord, vocabulary: Vocabulary): string | null {
  let byDoc = references.get(vocabulary);
  if (!byDoc) {
    byDoc = new WeakMap();
    references.set(vocabulary, byDoc);
  }
  let reference = byDoc.get(doc);
  if (reference === undefined && doc.remote) {
    // Another site's record keeps the reference its own site's prefixes give it.
    reference = doc.remote.reference;
    byDoc.set(doc, reference);
  }
  if (reference === undefined) {
    const prefix = vocabulary.types.get(doc.type)?.prefix ?? doc.type.toUpperCase();
    reference = formatReference(prefix, doc.number);
    byDoc.set(doc, reference);
  }
  return reference;
}

/** `https://...`: a relation to a page outside this site. */
export function isExternalTarget(target: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(target);
}

/** A reference to another site's record: the site's name, and the reference as that site reads it. */
export type QualifiedReference = {site: string; reference: string};

/**
 * `payments:ADR-0003` (also in a markdown link): a record of the federation
 * site `payments`. The site's name is a letter then letters, digits, `-` or
 * `_`, as `federation.sources[].name` allows; `https://` is a link, and
 * `ADR: 3` (a space after the colon) is no site.
 */
export function parseQualifiedReference(raw: string): QualifiedReference | null {
  const match = /^([A-Za-z][A-Za-z0-9_-]*):(?!\/\/)(\S.*)$/.exec(stripMarkdownLink(raw));
  return match && !URI_SCHEMES.has(match[1]!.toLowerCase()) ? {site: match[1]!, reference: match[2]!} : null;
}

/** `mailto:x` or `javascript:x` is an address (or an attack), not a site's record; it names no doc. */
const URI_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'mailto', 'file', 'ftp', 'tel', 'blob', 'about']);

import type {RelationKind} from '../types';

/** `superseded by ADR-0012` (also with a markdown link) in a status field. */
const STATUS_WITH_SUCCESSOR =
  /^\s*(superseded|replaced)\s*(?:by|with)\s*:?\s*(.+?)\s*$/i;

export type ParsedStatus = {
  status: string;
  relation: {kind: RelationKind; target: string} | null;
};

export function parseStatusText(text: string): ParsedStatus {
  const match = STATUS_WITH_SUCCESSOR.exec(text);
  if (match && match[2]) {
    return {
      status: 'superseded',
      relation: {kind: 'superseded-by', target: stripMarkdownLink(match[2])},
    };
  }
  return {status: text.trim(), relation: null};
}

/** `[ADR-0005](0005-example.md)` names its target by the link; else as is. */
export function stripMarkdownLink(text: string): string {
  const link = /^\[[^\]]*\]\(\s*<?([^)>\s]+)>?\s*\)$/.exec(text.trim());
  return link ? link[1]! : text.trim();
}

export function formatReference(prefix: string, num: number | null): string | null {
  return num === null ? null : `${prefix}-${String(num).padStart(4, '0')}`;
}

export type ParsedReference =
  | {kind: 'numbered'; prefix: string | null; number: number}
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
    return {
      kind: 'numbered',
      prefix: numbered[1] ?? null,
      number: Number(numbered[2]),
    };
  }
  if (/\.mdx?(#.*)?$/i.test(text)) {
    return {kind: 'path', path: text.replace(/#.*$/, '')};
  }
  return {kind: 'id', id: text.replace(/^\/+|\/+$/g, '')};
}

/**
 * The number in a file name `0012-use-x.md`. Eight-digit date prefixes
 * (`20240131-title.md`, the log4brains style) are dates, not numbers.
 */
export function numberFromFileName(fileName: string): number | null {
  const match = /^(\d+)[-_. ]/.exec(fileName);
  if (!match) {
    return null;
  }
  const digits = match[1]!;
  if (digits.length === 8 && /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(digits)) {
    return null;
  }
  return Number(digits);
}

export const INVERSE_RELATION: Record<RelationKind, RelationKind> = {
  supersedes: 'superseded-by',
  'superseded-by': 'supersedes',
  amends: 'amended-by',
  'amended-by': 'amends',
  related: 'related',
};

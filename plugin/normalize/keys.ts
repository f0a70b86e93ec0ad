import type {ProblemCollector} from './problems';
import {BODY_READING_KEY} from '../formats/types';
import {remember} from '../vocabulary/remember';

/** `decisionMakers`, `decision_makers` and `Decision Makers` all read as `decision-makers`. */
export const toKebabKey = remember((key: string): string =>
  key
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase(),
);

/** Canonical field for each spelling real repositories use. */
const TOP_LEVEL_ALIASES: Record<string, string> = {
  'decision-makers': 'deciders',
  decider: 'deciders',
  author: 'authors',
  owner: 'owners',
  reviewer: 'reviewers',
  approver: 'approvers',
  'review-date': 'review-by',
  'next-review': 'review-by',
  'replaced-by': 'superseded-by',
  replaces: 'supersedes',
  'related-to': 'related',
  'relates-to': 'related',
  'see-also': 'related',
  questions: 'open-questions',
  'revision-history': 'revisions',
  'review-feedback': 'feedback',
  'status-changed': 'status-date',
  'status-since': 'status-date',
  'nr': 'number',
  created: 'date',
  tag: 'tags',
};

/** Fields this plugin reads from a design doc's front matter. */
export const DESIGN_DOC_FIELDS = new Set([
  'id',
  'number',
  'title',
  'type',
  'status',
  'date',
  'review-by',
  'status-date',
  'version',
  'authors',
  'owners',
  'reviewers',
  'approvers',
  'deciders',
  'consulted',
  'informed',
  'tags',
  'summary',
  'supersedes',
  'superseded-by',
  'amends',
  'amended-by',
  'related',
  'decisions',
  'risks',
  'requirements',
  'open-questions',
  'revisions',
  'checklist',
  'feedback',
]);

/** The docs plugin's own front matter; neither ours nor "extra". */
const DOCUSAURUS_FIELDS = new Set([
  'slug',
  'description',
  'keywords',
  'image',
  'hide-title',
  'hide-table-of-contents',
  'sidebar-label',
  'sidebar-position',
  'sidebar-class-name',
  'sidebar-custom-props',
  'displayed-sidebar',
  'pagination-label',
  'pagination-next',
  'pagination-prev',
  'custom-edit-url',
  'parse-number-prefixes',
  'toc-min-heading-level',
  'toc-max-heading-level',
  'draft',
  'unlisted',
  'last-update',
]);

/** What `meaningOf` gives for a key of the docs plugin's own, and for one that is neither its nor ours. */
const DOCUSAURUS = Symbol('docusaurus field');
const EXTRA = Symbol('extra field');

const meanings = new Map<string, string | typeof DOCUSAURUS | typeof EXTRA>();

/**
 * The design-doc field a front-matter key is, else whether it is the docs
 * plugin's or extra. The same few dozen keys recur in every doc, so each
 * key's answer is kept (boundedly), one lookup instead of four.
 */
function meaningOf(key: string): string | typeof DOCUSAURUS | typeof EXTRA {
  let meaning = meanings.get(key);
  if (meaning === undefined) {
    const kebab = toKebabKey(key);
    const canonical = Object.hasOwn(TOP_LEVEL_ALIASES, kebab) ? TOP_LEVEL_ALIASES[kebab]! : kebab;
    meaning = DESIGN_DOC_FIELDS.has(canonical) ? canonical : DOCUSAURUS_FIELDS.has(kebab) ? DOCUSAURUS : EXTRA;
    if (meanings.size < 2000) {
      meanings.set(key, meaning);
    }
  }
  return meaning;
}

/** One shared, frozen empty `extra`: most docs have no unknown fields. */
const NO_EXTRA: Record<string, unknown> = Object.freeze({});

export type CanonicalFrontMatter = {
  fields: Map<string, unknown>;
  /** The key as the author wrote it, so problems name the field they see. */
  writtenAs: Map<string, string>;
  extra: Record<string, unknown>;
};

/**
 * Maps every key to its canonical name. When a doc gives the same field
 * twice under different spellings, the canonical spelling wins and the
 * other is reported, so nothing is silently ignored.
 */
export function canonicalizeKeys(
  frontMatter: Record<string, unknown>,
  problems: ProblemCollector,
): CanonicalFrontMatter {
  const fields = new Map<string, unknown>();
  const sourceKey = new Map<string, string>();
  // Entries, not assignments: a front-matter key `__proto__` must stay a
  // key, not become the prototype of the data every page serializes.
  const extra: [string, unknown][] = [];
  for (const key in frontMatter) {
    if (key === BODY_READING_KEY || !Object.hasOwn(frontMatter, key)) {
      continue;
    }
    const value = frontMatter[key];
    const canonical = meaningOf(key);
    if (canonical === DOCUSAURUS) {
      continue;
    }
    if (canonical === EXTRA) {
      extra.push([key, value]);
      continue;
    }
    const previous = sourceKey.get(canonical);
    if (previous !== undefined) {
      const keepNew = key === canonical;
      problems.add(
        keepNew ? previous : key,
        `duplicates "${keepNew ? key : previous}"; only "${keepNew ? key : previous}" is used`,
        'warning',
      );
      if (!keepNew) {
        continue;
      }
    }
    fields.set(canonical, value);
    sourceKey.set(canonical, key);
  }
  return {fields, writtenAs: sourceKey, extra: extra.length === 0 ? NO_EXTRA : Object.fromEntries(extra)};
}

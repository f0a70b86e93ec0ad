import type {RelationKind, RequirementKind} from '../types/model';

/**
 * What the body reader found in a record's Markdown, before any meaning is
 * given to it: text as written, with where it was written. Normalize turns
 * it into the model and reports what it cannot use. Plain JSON: it travels
 * to the model inside the doc's loaded front matter.
 */

/** A 1-based position in the file. */
export type SourcePoint = {line: number; column: number};

export type BodyText = SourcePoint & {
  /** The name it was written under: `Status`, `Owner(s)`, `Acceptance Criteria`. */
  label: string;
  /** Plain text as a reader sees it (links by their text, no HTML). */
  text: string;
  /** The parts, when the value is a list: list items, or comma-separated names. */
  items?: string[];
  /** Link targets inside the value, in order. */
  links?: string[];
  /** Offsets of the value in the file, when it is one line of it (for careful edits). */
  span?: [number, number];
};

/** The header fields a body can give. */
export type BodyField =
  | 'status'
  | 'date'
  | 'version'
  | 'authors'
  | 'owners'
  | 'reviewers'
  | 'approvers'
  | 'deciders'
  | 'consulted'
  | 'informed'
  | 'tags';

/** A row of a register table, or a decision block. */
export type BodyEntry = SourcePoint & {
  /** Values by what they mean: `text`, `priority`, `likelihood`, ... */
  values: Record<string, BodyText>;
  /** Columns or fields this reader does not know, by their name as written. */
  extra: Record<string, BodyText>;
  /** Heading id of the entry's own heading or its section, for a link back. */
  anchor: string | null;
};

export type BodyRequirement = BodyEntry & {kind: RequirementKind | null};

export type BodyRelation = SourcePoint & {kind: RelationKind; target: string; label: string};

export type BodyChecklistItem = SourcePoint & {text: string; done: boolean};

/** A feedback item: values `category`, `by`, `text`, `resolution` and `resolved` (`true` or `false`, from its task box). */
export type BodyFeedback = BodyEntry;

/** A heading of the body (depth 2 and 3), for the review's section check. */
export type BodySection = SourcePoint & {title: string; kind: string | null; depth: number; anchor: string};

/** Lines (1-based, inclusive) that only restate a header field or relation. */
export type Restatement = {field: BodyField | RelationKind; start: number; end: number};

export type BodyFormat = 'template' | 'nygard' | 'madr2';

export const BODY_READING_VERSION = 3;

/**
 * The front-matter key the build hook hands a body reading to the model
 * under. Its value is an empty object holding the reading in a property
 * that is not enumerable: the docs plugin passes the object on as it is,
 * while everything that serializes front matter (the docs metadata JSON,
 * the `frontMatter` export the MDX loader writes into every page's chunk)
 * writes `{}`. Written out, the readings doubled the size of a site's
 * JavaScript.
 */
export const BODY_READING_KEY = '__designDocBody';

export type BodyReadingHolder = {
  readonly reading?: BodyReading;
  /** The title as written, when the hook gave Docusaurus a cleaned one (see `frontMatterHook`). */
  readonly writtenTitle?: string;
};

export function holdBodyReading(reading: BodyReading, writtenTitle?: string): BodyReadingHolder {
  const holder = Object.defineProperty({}, 'reading', {value: reading, enumerable: false});
  return writtenTitle === undefined ? holder : Object.defineProperty(holder, 'writtenTitle', {value: writtenTitle, enumerable: false});
}

export type BodyReading = {
  version: typeof BODY_READING_VERSION;
  /** The styles recognized, in the order found. */
  formats: BodyFormat[];
  /** The first `# heading`, and what it says: `# 12. Use X` is number 12, title "Use X". */
  title: (SourcePoint & {heading: string; text: string; number: number | null}) | null;
  fields: Partial<Record<BodyField, BodyText>>;
  relations: BodyRelation[];
  requirements: BodyRequirement[];
  decisions: BodyEntry[];
  risks: BodyEntry[];
  revisions: BodyEntry[];
  openQuestions: BodyText[];
  checklist: BodyChecklistItem[];
  feedback: BodyFeedback[];
  sections: BodySection[];
  /** An ADR's own decision, from its Decision section (MADR: Decision Outcome); no title. */
  outcome: BodyEntry | null;
  restatements: Restatement[];
  /**
   * The first paragraph of prose: not the header block, not a status
   * section, not a label line. The doc's description when its first line
   * would otherwise be `Author: ...` or `Date: ...`.
   */
  summary: string | null;
};

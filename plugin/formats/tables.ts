import type {Table} from 'mdast';
import type {BodyEntry, BodyRequirement, BodyText} from './types';
import {plainText} from './markdown';
import {normalizeLabel, synonyms} from './labels';
import {splitInlineList} from './lists';

/**
 * Register tables, mapped by their header cells rather than by column
 * position, so `| Risk | Owner | Likelihood | Impact |` reads as well as
 * the template's order. Columns this reader does not know stay as extra
 * fields under their header as written.
 */

export type TableKind = 'requirements' | 'risks' | 'revisions' | 'decisions';

const COLUMNS: Record<TableKind, Map<string, string>> = {
  requirements: synonyms({
    id: ['id', '#', 'ref', 'req id', 'requirement id', 'key', 'no'],
    text: ['requirement', 'requirements', 'description', 'name', 'title', 'feature', 'capability', 'user story', 'story', 'statement'],
    priority: ['priority', 'moscow', 'importance'],
    category: ['category', 'type', 'attribute', 'quality attribute', 'area', 'aspect', 'characteristic'],
    target: ['target', 'metric', 'slo', 'sla', 'target value', 'goal', 'threshold', 'measure'],
  }),
  risks: synonyms({
    id: ['id', '#', 'ref', 'risk id', 'key', 'no'],
    title: ['risk', 'risks', 'description', 'risk description', 'name', 'title', 'threat', 'issue'],
    likelihood: ['likelihood', 'probability', 'chance'],
    impact: ['impact', 'severity', 'consequence', 'effect'],
    mitigation: ['mitigation', 'mitigations', 'mitigation strategy', 'mitigation plan', 'response', 'contingency', 'action', 'actions', 'treatment'],
    owner: ['owner', 'owners', 'responsible', 'assignee'],
    status: ['status', 'state'],
  }),
  revisions: synonyms({
    version: ['version', 'rev', 'revision', 'v'],
    date: ['date', 'when'],
    author: ['author', 'authors', 'by', 'editor', 'changed by', 'owner'],
    changes: ['changes', 'change', 'description', 'summary', 'notes', 'comment', 'comments', 'details', 'what changed', 'change description'],
  }),
  decisions: synonyms({
    title: ['decision', 'decisions', 'topic', 'title', 'question'],
    chosen: ['chosen', 'choice', 'selected', 'chosen option', 'outcome', 'selection', 'approach', 'solution'],
    alternatives: ['alternatives', 'alternative', 'alternatives considered', 'options', 'options considered', 'considered options', 'rejected alternatives', 'other options'],
    rationale: ['rationale', 'why', 'reason', 'reasoning', 'justification'],
    tradeoffs: ['trade offs', 'tradeoffs', 'trade off', 'tradeoff', 'consequences', 'cons', 'downsides'],
    status: ['status'],
  }),
};

/** What a table must have to be a register table of its kind, not just any table in that section. */
function isRegisterTable(kind: TableKind, keys: Set<string>): boolean {
  switch (kind) {
    case 'requirements':
      return keys.has('text') || (keys.has('category') && keys.has('target'));
    case 'risks':
      return keys.has('title') && (keys.has('likelihood') || keys.has('impact'));
    case 'revisions':
      return keys.has('changes') && (keys.has('date') || keys.has('version'));
    case 'decisions':
      return keys.has('title') && (keys.has('rationale') || keys.has('alternatives') || keys.has('chosen') || keys.has('tradeoffs'));
    default:
      return false;
  }
}

const EMPTY_CELL = new Set(['', '-', '—', '–']);

/** The header cells of a table, each mapped to its meaning or kept as written. */
function columnsOf(table: Table, kind: TableKind): {label: string; key: string | null}[] {
  const header = table.children[0];
  const seen = new Set<string>();
  return (header?.children ?? []).map((cell) => {
    const label = plainText(cell).replace(/\s+/g, ' ').trim();
    const key = COLUMNS[kind].get(normalizeLabel(label) || label) ?? null;
    // A second column of the same meaning keeps its own name.
    if (key === null || seen.has(key)) {
      return {label, key: null};
    }
    seen.add(key);
    return {label, key};
  });
}

/**
 * The rows of a register table, or null when the table is not one (a
 * "Threat | Mitigation" table inside a risks section, say).
 */
export function readRegisterTable(table: Table, kind: TableKind, anchor: string | null): BodyEntry[] | null {
  const columns = columnsOf(table, kind);
  if (!isRegisterTable(kind, new Set(columns.map((c) => c.key).filter((k): k is string => k !== null)))) {
    return null;
  }
  return table.children.slice(1).flatMap((row) => {
    const values: Record<string, BodyText> = {};
    const extra: Record<string, BodyText> = {};
    row.children.forEach((cell, index) => {
      const column = columns[index];
      const text = plainText(cell).replace(/\s+/g, ' ').trim();
      if (!column || EMPTY_CELL.has(text)) {
        return;
      }
      // The cell's content, not the padding after its pipe.
      const start = cell.children[0]?.position?.start ?? cell.position?.start;
      const value: BodyText = {
        label: column.label,
        text,
        line: start?.line ?? 0,
        column: start?.column ?? 0,
        ...(column.key === 'alternatives' && {items: splitInlineList(text)}),
      };
      if (column.key === null) {
        extra[column.label || `Column ${index + 1}`] = value;
      } else {
        values[column.key] = value;
      }
    });
    if (Object.keys(values).length === 0 && Object.keys(extra).length === 0) {
      return [];
    }
    return [{values, extra, line: row.position?.start.line ?? 0, column: row.position?.start.column ?? 0, anchor}];
  });
}

/** Requirement rows, with the kind their section or columns tell. */
export function readRequirementTable(
  table: Table,
  kind: 'functional' | 'non-functional' | null,
  anchor: string | null,
  {inherited = false}: {inherited?: boolean} = {},
): BodyRequirement[] | null {
  const keys = new Set(columnsOf(table, 'requirements').map((c) => c.key));
  // Under a subsection the heading does not name ("Data retention" inside
  // "Requirements"), a table must look like requirements, not just have a description.
  if (inherited && !keys.has('id') && !keys.has('priority') && !keys.has('target')) {
    return null;
  }
  const rows = readRegisterTable(table, 'requirements', anchor);
  if (!rows) {
    return null;
  }
  const hasTarget = keys.has('target');
  const tableKind = kind ?? (hasTarget ? 'non-functional' : null);
  return rows.map((row) => ({...row, kind: tableKind}));
}

/** A two-column `| Status | Draft |` table of header fields: each row's label and value. */
export function keyValueRows(table: Table): {label: string; value: Table['children'][number]['children'][number]; line: number}[] {
  if (table.children.some((row) => row.children.length !== 2)) {
    return [];
  }
  return table.children.map((row) => ({
    label: plainText(row.children[0]!).replace(/\s+/g, ' ').trim().replace(/:$/, ''),
    value: row.children[1]!,
    line: row.position?.start.line ?? 0,
  }));
}

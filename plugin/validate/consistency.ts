import type {DesignDocRecord, Problem, ResolvedRelation} from '../types/model';
import type {DocGroupIndex} from '../model/resolveReference';
import {formatReference} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {locationOf} from '../normalize/entryLocations';

/** How many of the other docs with its number a doc's message names. */
const NAMED_DUPLICATES = 3;

/**
 * The first few files of `docs` other than `doc`'s, and how many more
 * there are: a number copied into every record (a template's `number: 1`)
 * would otherwise put every file name in every message.
 */
function othersWithNumber(doc: DesignDocRecord, docs: DesignDocRecord[]): string {
  const named: string[] = [];
  for (const other of docs) {
    if (named.length === NAMED_DUPLICATES) {
      break;
    }
    if (other !== doc) {
      named.push(other.file);
    }
  }
  const more = docs.length - 1 - named.length;
  return more === 0 ? named.join(', ') : `${named.join(', ')} and ${more.toLocaleString('en-US')} other doc${more === 1 ? '' : 's'}`;
}

/** Two docs of one type and number in the same docs instance and version. */
export function findDuplicateNumbers(
  indexes: Map<string, DocGroupIndex>,
  vocabulary: Vocabulary,
): Problem[] {
  const problems: Problem[] = [];
  for (const index of indexes.values()) {
    for (const docs of index.byNumber.values()) {
      if (docs.length < 2) {
        continue;
      }
      for (const doc of docs) {
        const prefix = vocabulary.types.get(doc.type)?.prefix ?? doc.type;
        problems.push({
          file: doc.file,
          field: 'number',
          message: `${formatReference(prefix, doc.number)} is also used by ${othersWithNumber(doc, docs)}`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

/**
 * A superseded doc should name its successor, and a doc that another
 * supersedes should say so in its status. Warnings: the links still work.
 */
export function findStatusRelationMismatches(
  docs: DesignDocRecord[],
  relations: Map<string, ResolvedRelation[]>,
  byKey: Map<string, DesignDocRecord>,
  vocabulary: Vocabulary,
): Problem[] {
  const problems: Problem[] = [];
  for (const doc of docs) {
    // The first successor is all either check needs; found without a filtered copy per doc.
    const successor = relations.get(doc.key)?.find((r) => r.kind === 'superseded-by');
    if (doc.status === 'superseded' && !successor) {
      problems.push({
        file: doc.file,
        field: 'status',
        message: 'is "superseded" but no successor is named; add superseded-by, or "supersedes" in the successor',
        severity: 'warning',
      });
    }
    if (!successor) {
      continue;
    }
    const type = vocabulary.types.get(doc.type);
    const status = type && doc.status ? vocabulary.findStatus(type.id, doc.status) : undefined;
    if (status?.active) {
      const successorDoc = byKey.get(successor.target)!;
      problems.push({
        file: doc.file,
        field: 'status',
        message: `is "${status.id}" but ${successorDoc.file} supersedes it; set the status to superseded`,
        severity: 'warning',
      });
    }
  }
  return problems;
}

/**
 * A requirement id names one requirement of its doc. Twice in one doc is an
 * error. Across docs it is not a problem at all: every document written
 * from the design-doc template starts at FR-1, and the registers always
 * show an id together with its doc.
 */
export function findDuplicateRequirementIds(docs: DesignDocRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const doc of docs) {
    if (doc.requirements.length < 2) {
      // No id can repeat; most docs have no requirements at all.
      continue;
    }
    const inDoc = new Set<string>();
    doc.requirements.forEach((requirement, index) => {
      if (requirement.id === null) {
        return;
      }
      const id = requirement.id.toLowerCase();
      if (inDoc.has(id)) {
        // A row of the body's tables is reported at its ID cell.
        const at = locationOf(doc.requirements, index);
        problems.push({
          file: doc.file,
          field: at ? 'ID' : `requirements[${index}].id`,
          message: `"${requirement.id}" is used twice in this doc`,
          severity: 'error',
          ...(at && {line: at.line, ...(at.column !== undefined && {column: at.column})}),
        });
      }
      inDoc.add(id);
    });
  }
  return problems;
}

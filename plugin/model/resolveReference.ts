import path from 'path';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {parseReference} from '../vocabulary/references';
import type {DesignDocRecord} from '../types/model';
import {groupBy} from './groupBy';

/** Lookups over the docs of one docs instance and version. */
export type DocGroupIndex = {
  byDocId: Map<string, DesignDocRecord>;
  byFile: Map<string, DesignDocRecord>;
  byPermalink: Map<string, DesignDocRecord>;
  /** `${type}:${number}` to every doc with that number (duplicates included). */
  byNumber: Map<string, DesignDocRecord[]>;
};

export function groupKey(doc: Pick<DesignDocRecord, 'pluginId' | 'versionName'>): string {
  return `${doc.pluginId}/${doc.versionName}`;
}

function mapBy(docs: DesignDocRecord[], keyOf: (doc: DesignDocRecord) => string): Map<string, DesignDocRecord> {
  const map = new Map<string, DesignDocRecord>();
  for (const doc of docs) {
    map.set(keyOf(doc), doc);
  }
  return map;
}

/**
 * Each lookup is built on first use: most records refer to each other by
 * number only, and a map per kind of reference over 10,000 docs is a
 * measurable share of the model's time.
 */
export function indexGroup(docs: DesignDocRecord[]): DocGroupIndex {
  let byDocId: Map<string, DesignDocRecord> | undefined;
  let byFile: Map<string, DesignDocRecord> | undefined;
  let byPermalink: Map<string, DesignDocRecord> | undefined;
  let byNumber: Map<string, DesignDocRecord[]> | undefined;
  return {
    get byDocId() {
      return (byDocId ??= mapBy(docs, (doc) => doc.docId));
    },
    get byFile() {
      return (byFile ??= mapBy(docs, (doc) => doc.file));
    },
    get byPermalink() {
      return (byPermalink ??= mapBy(docs, (doc) => (doc.permalink.endsWith('/') ? doc.permalink.slice(0, -1) : doc.permalink)));
    },
    get byNumber() {
      return (byNumber ??= groupBy(
        docs.filter((doc) => doc.number !== null),
        (doc) => `${doc.type}:${doc.number}`,
      ));
    },
  };
}

/**
 * Finds the doc a relation target names, within the referring doc's own
 * docs instance and version (a version snapshot links within itself).
 */
export function resolveReference(
  target: string,
  from: DesignDocRecord,
  index: DocGroupIndex,
  vocabulary: Vocabulary,
): DesignDocRecord | undefined {
  const ref = parseReference(target);
  switch (ref.kind) {
    case 'numbered': {
      const type = ref.prefix ? vocabulary.findTypeByPrefix(ref.prefix) ?? vocabulary.findType(ref.prefix) : undefined;
      if (ref.prefix && !type) {
        return index.byDocId.get(target);
      }
      return index.byNumber.get(`${type?.id ?? from.type}:${ref.number}`)?.[0];
    }
    case 'number-too-large': {
      // No record has such a number; a doc id of that spelling may still exist.
      const type = ref.prefix ? vocabulary.findTypeByPrefix(ref.prefix) ?? vocabulary.findType(ref.prefix) : undefined;
      return ref.prefix && !type ? index.byDocId.get(target) : undefined;
    }
    case 'path': {
      const fromDir = path.posix.dirname(from.file);
      const candidate = path.posix.normalize(path.posix.join(fromDir, ref.path));
      return index.byFile.get(candidate) ?? index.byFile.get(path.posix.normalize(ref.path));
    }
    case 'id':
      return (
        index.byDocId.get(ref.id) ??
        index.byPermalink.get(`/${ref.id}`) ??
        index.byPermalink.get(target.replace(/\/$/, '')) ??
        // A sibling written by its id without the folder: `use-postgres`.
        index.byDocId.get(path.posix.join(path.posix.dirname(from.docId), ref.id))
      );
    default:
      return undefined;
  }
}

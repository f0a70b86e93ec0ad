import path from 'path';
import type {Vocabulary} from './vocabulary';
import {parseReference} from './references';
import type {DesignDocRecord} from '../types';

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

export function indexGroup(docs: DesignDocRecord[]): DocGroupIndex {
  const index: DocGroupIndex = {
    byDocId: new Map(),
    byFile: new Map(),
    byPermalink: new Map(),
    byNumber: new Map(),
  };
  for (const doc of docs) {
    index.byDocId.set(doc.docId, doc);
    index.byFile.set(doc.file, doc);
    index.byPermalink.set(doc.permalink.endsWith('/') ? doc.permalink.slice(0, -1) : doc.permalink, doc);
    if (doc.number !== null) {
      const key = `${doc.type}:${doc.number}`;
      const sameNumber = index.byNumber.get(key);
      if (sameNumber) {
        sameNumber.push(doc);
      } else {
        index.byNumber.set(key, [doc]);
      }
    }
  }
  return index;
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

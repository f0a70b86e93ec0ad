import path from 'path';
import type {DesignDocModel, DesignDocRecord} from '../types/model';
import {parseReference} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';

/**
 * The record a command-line reference names: `ADR-0003`, `adr 3`, a doc id
 * or a file path. Only each instance's latest version is editable.
 */
export function findRecords(model: Pick<DesignDocModel, 'docs'>, ref: string, vocabulary: Vocabulary, siteDir: string): DesignDocRecord[] {
  const docs = model.docs.filter((doc) => doc.isLatestVersion);
  const parsed = parseReference(ref);
  if (parsed.kind === 'numbered') {
    const type = parsed.prefix ? vocabulary.findTypeByPrefix(parsed.prefix) ?? vocabulary.findType(parsed.prefix) : vocabulary.types.get('adr');
    return docs.filter((doc) => doc.type === type?.id && doc.number === parsed.number);
  }
  if (parsed.kind === 'number-too-large') {
    // No record has such a number: the model never reads one.
    return [];
  }
  if (parsed.kind === 'path') {
    const wanted = path.resolve(parsed.path);
    return docs.filter((doc) => path.resolve(siteDir, doc.file) === wanted);
  }
  return docs.filter((doc) => doc.docId === parsed.id);
}

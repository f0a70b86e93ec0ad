import path from 'path';
import {parseMarkdownFile} from '@docusaurus/utils';
import type {ParseFrontMatter} from '@docusaurus/types';
import type {DesignDocRecord, Problem} from '../types/model';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {normalizeDesignDoc} from '../normalize/normalizeDesignDoc';

/**
 * One record read from a file's text the way the build reads it: the
 * site's front-matter hook (which reads the body), the docs plugin's title
 * rule, then normalize. The CLI edits a record where this reading says its
 * status is, and reads its edit back through it, so it reports success only
 * when the model agrees. `frontMatter` is what the hook returned, the body
 * reading included.
 */
export async function readRecordFile(params: {
  siteDir: string;
  /** Site-relative path. */
  file: string;
  source: string;
  parseFrontMatter: ParseFrontMatter;
  vocabulary: Vocabulary;
}): Promise<{record: DesignDocRecord; problems: Problem[]; frontMatter: Record<string, unknown>}> {
  const filePath = path.join(params.siteDir, params.file);
  const {frontMatter, contentTitle} = await parseMarkdownFile({
    filePath,
    fileContent: params.source,
    parseFrontMatter: params.parseFrontMatter,
    removeContentTitle: false,
  });
  const id = params.file.replace(/\.mdx?$/, '');
  const {record, problems} = normalizeDesignDoc(
    {
      id,
      title: (typeof frontMatter.title === 'string' ? frontMatter.title : undefined) ?? contentTitle ?? path.basename(id),
      permalink: `/${id}`,
      source: `@site/${params.file}`,
      frontMatter,
    },
    {pluginId: 'default', versionName: 'current', isLatestVersion: true, file: params.file},
    params.vocabulary,
  );
  return {record, problems, frontMatter};
}

/** Why the record would not read as `expected`, or null when it does. */
export function statusDisagreement(record: DesignDocRecord, expected: {status: string; type: string; title: string}, vocabulary: Vocabulary): string | null {
  for (const field of ['type', 'title', 'status'] as const) {
    if (record[field] !== expected[field]) {
      return `the edited file would read as ${field} ${JSON.stringify(record[field])}, not ${JSON.stringify(expected[field])}`;
    }
  }
  if (!vocabulary.findStatus(record.type, record.status ?? '')) {
    return `${JSON.stringify(record.status)} is not a status of ${record.type}`;
  }
  return null;
}

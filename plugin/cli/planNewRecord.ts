import path from 'path';
import type {DesignDocRecord} from '../types/model';
import {formatReference, numberFromFileName} from '../vocabulary/references';
import {renderTemplate} from './templates';
import {folderTypeOf, isRecordFileName} from '../formats/frontMatterHook';

export type NewRecordPlan = {
  /** Site-relative path. */
  file: string;
  fileName: string;
  number: number;
  reference: string;
  content: string;
};

const DEFAULT_FOLDERS: Record<string, string> = {adr: 'docs/adr', 'design-doc': 'docs/design', rfc: 'docs/rfc'};

const DEFAULT_WIDTH = 4;

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'record';
}

/** Where a new record of this type goes: where most of its siblings are. */
export function chooseFolder(type: string, records: DesignDocRecord[], dir: string | undefined): string {
  if (dir) {
    return dir;
  }
  const counts = new Map<string, number>();
  for (const record of records.filter((r) => r.type === type && r.isLatestVersion)) {
    const folder = path.posix.dirname(record.file);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  const busiest = [...counts].sort((a, b) => b[1] - a[1])[0];
  return busiest?.[0] ?? DEFAULT_FOLDERS[type] ?? `docs/${type}`;
}

/**
 * The next number of a type in a docs version, where the build checks
 * that numbers are unique: one more than the highest its records have, by
 * `number:` or by file name (a `0420-diagram.png` beside them is not a
 * record), padded like the records of the folder (`007-...` gives `008-...`).
 */
export function nextNumber(
  records: DesignDocRecord[],
  {type, pluginId, versionName, folder}: {type: string; pluginId: string; versionName: string; folder: string},
): {number: number; width: number} {
  const siblings = records.filter((r) => r.type === type && r.pluginId === pluginId && r.versionName === versionName);
  const numbers = siblings.flatMap((r) => [r.number, numberFromFileName(path.posix.basename(r.file))]).filter((n): n is number => n !== null);
  const widthOf = (rs: DesignDocRecord[]) =>
    Math.max(0, ...rs.map((r) => (numberFromFileName(path.posix.basename(r.file)) === null ? 0 : /^\d+/.exec(path.posix.basename(r.file))![0].length)));
  const width = widthOf(siblings.filter((r) => path.posix.dirname(r.file) === folder)) || widthOf(siblings) || DEFAULT_WIDTH;
  return {number: Math.max(0, ...numbers) + 1, width};
}

/** `0008-use-redis-for-sessions.md`. */
export function recordFileName(number: number, width: number, title: string): string {
  return `${String(number).padStart(width, '0')}-${slugify(title)}.md`;
}

/** The record numbered `number` in a folder (site-relative), with the type's template body. */
export function planNewRecord(params: {
  siteDir: string;
  folder: string;
  number: number;
  width: number;
  type: string;
  prefix: string;
  title: string;
  status: string;
  today: string;
  supersedes: string | null;
  author?: string | null;
  folderTypes?: Record<string, string>;
  /** Whether the site compiles the new file as MDX. */
  mdx?: boolean;
}): NewRecordPlan {
  const fileName = recordFileName(params.number, params.width, params.title);
  const reference = formatReference(params.prefix, params.number)!;
  const file = path.posix.join(params.folder, fileName);
  // A file named like a template or a README is no record by its folder alone.
  const impliedType = isRecordFileName(fileName) ? folderTypeOf(path.join(params.siteDir, file), {siteDir: params.siteDir, folderTypes: params.folderTypes ?? {}}) : null;
  return {
    file,
    fileName,
    number: params.number,
    reference,
    content: renderTemplate(params.type, {
      title: params.title,
      status: params.status,
      date: params.today,
      reference,
      supersedes: params.supersedes,
      author: params.author ?? null,
      frontMatter: impliedType !== params.type,
      mdx: params.mdx ?? false,
    }),
  };
}

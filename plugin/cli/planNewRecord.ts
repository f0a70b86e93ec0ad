import fs from 'fs';
import path from 'path';
import type {DesignDocRecord} from '../types';
import {formatReference, numberFromFileName} from '../model/references';
import {renderTemplate} from './templates';
import {folderTypeOf} from '../formats/frontMatterHook';

export type NewRecordPlan = {file: string; number: number; reference: string; content: string};

const DEFAULT_FOLDERS: Record<string, string> = {adr: 'docs/adr', 'design-doc': 'docs/design', rfc: 'docs/rfc'};

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
 * The next record of a folder: one more than its highest number, padded
 * like its neighbours (`0007-...` gives `0008-...`), with the template body.
 */
export function planNewRecord(params: {
  siteDir: string;
  folder: string;
  type: string;
  prefix: string;
  title: string;
  status: string;
  today: string;
  supersedes: string | null;
  author?: string | null;
  folderTypes?: Record<string, string>;
}): NewRecordPlan {
  const folderPath = path.join(params.siteDir, params.folder);
  const names = fs.existsSync(folderPath) ? fs.readdirSync(folderPath) : [];
  const numbered = names
    .map((name) => ({name, number: numberFromFileName(name)}))
    .filter((entry): entry is {name: string; number: number} => entry.number !== null);
  const number = Math.max(0, ...numbered.map((entry) => entry.number)) + 1;
  const width = numbered.length > 0 ? Math.max(...numbered.map((entry) => /^\d+/.exec(entry.name)![0].length)) : 4;
  const fileName = `${String(number).padStart(width, '0')}-${slugify(params.title)}.md`;
  const reference = formatReference(params.prefix, number)!;
  const file = path.posix.join(params.folder, fileName);
  const impliedType = folderTypeOf(path.join(params.siteDir, file), {siteDir: params.siteDir, folderTypes: params.folderTypes ?? {}});
  return {
    file,
    number,
    reference,
    content: renderTemplate(params.type, {
      title: params.title,
      status: params.status,
      date: params.today,
      reference,
      supersedes: params.supersedes,
      author: params.author ?? null,
      frontMatter: impliedType !== params.type,
    }),
  };
}

/**
 * Careful edits of a record's status, in the record's own format: the
 * front matter where it has a status there, else adr-tools' `## Status`
 * section, else the MADR 2 `* Status:` bullet. Every other byte stays.
 */

export type StatusEdit = {
  /** Status id to write, e.g. `superseded`. */
  status: string;
  /** The successor, when the record is being superseded. */
  supersededBy?: {reference: string; title: string; number: number | null; fileName: string};
};

export type EditResult = {source: string; format: 'front-matter' | 'nygard' | 'madr2' | 'inserted-front-matter'};

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

function eolOf(source: string): string {
  return source.includes('\r\n') ? '\r\n' : '\n';
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function editFrontMatter(source: string, edit: StatusEdit): string | null {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return null;
  }
  const eol = eolOf(source);
  const lines = match[1]!.split(/\r?\n/);
  const statusIndex = lines.findIndex((line) => /^status\s*:/.test(line));
  if (statusIndex === -1) {
    return null;
  }
  lines[statusIndex] = `status: ${edit.status}`;
  if (edit.supersededBy && !lines.some((line) => /^(superseded-by|supersededBy)\s*:/.test(line))) {
    lines.splice(statusIndex + 1, 0, `superseded-by: ${edit.supersededBy.reference}`);
  }
  const block = `---${eol}${lines.join(eol)}${eol}---${match[2]}`;
  return block + source.slice(match[0].length);
}

function successorLink(edit: StatusEdit, style: 'nygard' | 'madr2'): string {
  const successor = edit.supersededBy!;
  const text = style === 'nygard' && successor.number !== null ? `${successor.number}. ${successor.title}` : successor.reference;
  return `[${text}](${successor.fileName})`;
}

function editNygard(source: string, edit: StatusEdit): string | null {
  const lines = source.split(/(?<=\n)/);
  const heading = lines.findIndex((line) => /^##\s+status\s*$/i.test(line.trimEnd()));
  if (heading === -1) {
    return null;
  }
  const first = lines.findIndex((line, index) => index > heading && line.trim() !== '');
  if (first === -1 || /^#/.test(lines[first]!)) {
    return null;
  }
  const eol = lines[first]!.endsWith('\r\n') ? '\r\n' : lines[first]!.endsWith('\n') ? '\n' : '';
  const text = edit.supersededBy ? `Superseded by ${successorLink(edit, 'nygard')}` : capitalize(edit.status);
  lines[first] = text + eol;
  return lines.join('');
}

function editMadr2(source: string, edit: StatusEdit): string | null {
  const pattern = /^(\s*[-*]\s*Status\s*:\s*)(.*?)(\s*<!--.*?-->)?(\r?\n|$)/im;
  if (!pattern.test(source)) {
    return null;
  }
  const value = edit.supersededBy ? `superseded by ${successorLink(edit, 'madr2')}` : edit.status;
  return source.replace(pattern, (_all, lead: string, _old: string, comment: string | undefined, eol: string) => `${lead}${value}${comment ?? ''}${eol}`);
}

export function setRecordStatus(source: string, edit: StatusEdit): EditResult {
  const frontMatter = editFrontMatter(source, edit);
  if (frontMatter !== null) {
    return {source: frontMatter, format: 'front-matter'};
  }
  const madr2 = editMadr2(source, edit);
  if (madr2 !== null) {
    return {source: madr2, format: 'madr2'};
  }
  const nygard = editNygard(source, edit);
  if (nygard !== null) {
    return {source: nygard, format: 'nygard'};
  }
  // No status anywhere: add it as front matter, leaving the body as it was.
  const eol = eolOf(source);
  const existing = FRONT_MATTER.exec(source);
  if (existing) {
    const extra = edit.supersededBy ? `${eol}superseded-by: ${edit.supersededBy.reference}` : '';
    return {
      source: `---${eol}${existing[1]}${eol}status: ${edit.status}${extra}${eol}---${existing[2]}${source.slice(existing[0].length)}`,
      format: 'front-matter',
    };
  }
  const extra = edit.supersededBy ? `superseded-by: ${edit.supersededBy.reference}${eol}` : '';
  return {source: `---${eol}status: ${edit.status}${eol}${extra}---${eol}${eol}${source}`, format: 'inserted-front-matter'};
}

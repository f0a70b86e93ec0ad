import fs from 'fs';
import path from 'path';
import {numberFromFileName} from '../vocabulary/references';

/**
 * Creates a new record's file without overwriting any file, and without
 * sharing its number with one that another `design-docs:new` creates at
 * the same time. No lock: the file is created exclusively (`wx`), then
 * the folder is read again. A Markdown file this run did not know, with
 * the same number, means a parallel run: this one removes its file and
 * takes the next number. Of two runs that each see the other, both move
 * on (after a random pause, so they part); a run that sees no rival has
 * created its file before the rival looked, so the rival sees it.
 */

export type RecordCandidate = {fileName: string; content: string};

export type CreatedRecord = {file: string; number: number; content: string};

export type CreateResult =
  | {created: CreatedRecord}
  /** A file created while this command ran would get the new record's doc id. */
  | {taken: string}
  | {exhausted: number};

const MAX_ATTEMPTS = 50;

/**
 * Files that may still clock in a little before the command started: a
 * file system that keeps whole seconds rounds their time down.
 */
const CLOCK_SLACK_MS = 2000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function createRecordFile(params: {
  /** Absolute folder. */
  folder: string;
  firstNumber: number;
  /** Absolute paths of every doc the site had when the command loaded it. */
  knownFiles: Set<string>;
  /** When the command started: an older file that is no doc is nobody's new record. */
  startedAt: number;
  /** The file for a number; may stop the command when it cannot be written. */
  candidate(number: number): Promise<RecordCandidate>;
  /** Whether two file names of this folder would get one doc id. */
  sameDocId(a: string, b: string): boolean;
}): Promise<CreateResult> {
  let number = params.firstNumber;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const {fileName, content} = await params.candidate(number);
    // Only once the candidate passed its checks: a refused record leaves no folder behind.
    fs.mkdirSync(params.folder, {recursive: true});
    const file = path.join(params.folder, fileName);
    let created = false;
    try {
      fs.writeFileSync(file, content, {flag: 'wx'});
      created = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const newcomers = newFilesOf(params, created ? fileName : null);
    const sameId = newcomers.find((name) => params.sameDocId(name, fileName));
    if (sameId) {
      if (created) {
        fs.rmSync(file);
      }
      return {taken: path.join(params.folder, sameId)};
    }
    if (created && !newcomers.some((name) => numberFromFileName(name) === number)) {
      return {created: {file, number, content}};
    }
    if (created) {
      fs.rmSync(file);
    }
    // On EEXIST the file in the way is an old one that is no doc: go past it.
    number = Math.max(number, ...newcomers.map((name) => numberFromFileName(name) ?? 0)) + 1;
    await pause(10 + Math.random() * 50);
  }
  return {exhausted: MAX_ATTEMPTS};
}

/**
 * Markdown files of the folder that are neither docs the site had, nor
 * older than the command, nor this run's own file.
 */
function newFilesOf(params: {folder: string; knownFiles: Set<string>; startedAt: number}, own: string | null): string[] {
  return fs.readdirSync(params.folder).filter((name) => {
    if (name === own || !/\.mdx?$/i.test(name)) {
      return false;
    }
    const file = path.join(params.folder, name);
    if (params.knownFiles.has(file)) {
      return false;
    }
    try {
      return fs.statSync(file).mtimeMs >= params.startedAt - CLOCK_SLACK_MS;
    } catch {
      // Removed meanwhile: a run that moved on.
      return false;
    }
  });
}

import {execFile} from 'child_process';
import fs from 'fs/promises';
import path from 'path';
import type {DesignDocRecord} from '../types/model';
import {isInReview} from '../review/queue';
import {isoDay} from '../vocabulary/days';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {statusLineOf} from './statusLine';

/**
 * How long a doc has been in review, from git when its front matter gives
 * no `status-date`: the day of the last commit that set its status line
 * to what it says now. Only docs in review are looked up (a handful, at
 * most `limit`), one `git log` each, with a time limit per call and for
 * all of them. Without git, outside a repository, in a shallow clone
 * (whose oldest commit seems to add every line) or for a status line not
 * committed yet, the doc keeps no status date and the review queue counts
 * from its date or last update (`reviewSince`).
 */

export type StatusDateLimits = {
  /** At most this many docs are looked up per build. */
  limit?: number;
  /** Each git call is stopped after this long. */
  callTimeoutMs?: number;
  /** No git call starts after this long. */
  totalTimeoutMs?: number;
};

const DEFAULT_LIMITS: Required<StatusDateLimits> = {limit: 200, callTimeoutMs: 10_000, totalTimeoutMs: 30_000};
/** Git calls at a time: enough to hide their start-up, few enough for a 2-core CI runner. */
const CONCURRENCY = 4;
const RECORD = '\x1e';

type GitResult = {ok: true; stdout: string} | {ok: false; missingGit: boolean};

function git(cwd: string, args: string[], timeout: number): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, {cwd, timeout, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8', windowsHide: true}, (error, stdout) => {
      if (error) {
        resolve({ok: false, missingGit: (error as NodeJS.ErrnoException).code === 'ENOENT'});
      } else {
        resolve({ok: true, stdout});
      }
    });
  });
}

/**
 * The commit time (seconds) of the newest commit that adds `line` to the
 * file, following renames. `-S` narrows the history to commits that
 * change how often the text occurs; each is then checked for an added
 * line that is exactly the status line, so a sentence quoting it does not count.
 */
export function lastCommitAddingLine(logOutput: string, line: string): number | null {
  for (const record of logOutput.split(RECORD).slice(1)) {
    const [time, ...patch] = record.split('\n');
    const adds = patch.some((patchLine) => patchLine.startsWith('+') && !patchLine.startsWith('+++') && patchLine.slice(1).trim() === line);
    if (adds && /^\d+$/.test(time!.trim())) {
      return Number(time!.trim());
    }
  }
  return null;
}

/** Whether `dir` is in a full (not shallow) git work tree; one call per folder. */
function historyIn(dir: string, timeout: number, cache: Map<string, Promise<GitResult>>): Promise<GitResult> {
  let pending = cache.get(dir);
  if (!pending) {
    pending = git(dir, ['rev-parse', '--is-shallow-repository'], timeout);
    cache.set(dir, pending);
  }
  return pending;
}

/**
 * Sets `statusDate` of each doc in review that has none, from git. Mutates
 * the records before any page, output or CLI command reads them, so all
 * see the same day. Returns how many docs it dated.
 */
export async function fillStatusDatesFromGit(
  docs: DesignDocRecord[],
  vocabulary: Vocabulary,
  siteDir: string,
  limits: StatusDateLimits = {},
): Promise<number> {
  const {limit, callTimeoutMs, totalTimeoutMs} = {...DEFAULT_LIMITS, ...limits};
  const waiting = docs.filter((doc) => doc.statusDate === null && isInReview(doc, vocabulary)).slice(0, limit);
  const deadline = Date.now() + totalTimeoutMs;
  const repositories = new Map<string, Promise<GitResult>>();
  let gitMissing = false;
  let dated = 0;

  async function date(doc: DesignDocRecord): Promise<void> {
    if (gitMissing || Date.now() > deadline) {
      return;
    }
    const file = path.resolve(siteDir, doc.file);
    const line = statusLineOf(await fs.readFile(file, 'utf8').catch(() => ''));
    if (line === null) {
      return;
    }
    const dir = path.dirname(file);
    const repository = await historyIn(dir, callTimeoutMs, repositories);
    if (!repository.ok || repository.stdout.trim() !== 'false') {
      gitMissing ||= !repository.ok && repository.missingGit;
      return;
    }
    const log = await git(
      dir,
      ['log', '--follow', `--format=${RECORD}%ct`, `-S${line}`, '-p', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--', path.basename(file)],
      callTimeoutMs,
    );
    const time = log.ok ? lastCommitAddingLine(log.stdout, line) : null;
    if (time !== null) {
      doc.statusDate = isoDay(time * 1000);
      dated += 1;
    }
  }

  const queue = [...waiting];
  await Promise.all(
    Array.from({length: Math.min(CONCURRENCY, queue.length)}, async () => {
      for (let doc = queue.shift(); doc; doc = queue.shift()) {
        await date(doc);
      }
    }),
  );
  return dated;
}

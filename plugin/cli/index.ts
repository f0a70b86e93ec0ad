import {execFileSync} from 'child_process';
import fs from 'fs';
import path from 'path';
import logger from '@docusaurus/logger';
import type {MarkdownConfig, ParseFrontMatter} from '@docusaurus/types';
import type {PluginOptions} from '../types/options';
import type {DesignDocModel, DesignDocRecord} from '../types/model';
import {createVocabulary, type Vocabulary} from '../vocabulary/vocabulary';
import {referenceOf} from '../vocabulary/references';
import {formatReference} from '../vocabulary/references';
import {formatProblems} from '../validate/report';
import {loadSite} from './loadModel';
import {findRecords} from './findRecord';
import {chooseFolder, nextNumber, planNewRecord, recordFileName} from './planNewRecord';
import {resolveRecordFolder, type FolderProblem} from './recordFolder';
import {docIdentityOf, docWithIdentity} from './docIdentity';
import {createRecordFile} from './createRecordFile';
import {compilesAsMdx} from './mdxText';
import {mdxProblems} from './mdxProblems';
import type {StatusEdit} from './editRecord';
import {readRecordFile, statusDisagreement} from './readRecordFile';
import {problemsAsJson} from './lintOutput';
import {acrossInstances, findAcrossInstances, instanceForType, reviewQueueAcross, type CliInstance, type FoundRecord} from './siteInstances';
import {approvalHoldOf} from './reviewItems';
import {forcedMessage, refusalMessage} from './approvalMessages';
import {docReviewOutput, queueOutput, recordSource, reviewFormatOf} from './reviewCommand';
import {isoDay} from '../vocabulary/days';

type Command = {
  command(name: string): Command;
  description(text: string): Command;
  option(flags: string, description: string, defaultValue?: string): Command;
  action(handler: (...args: never[]) => Promise<void> | void): Command;
};

function today(): string {
  return isoDay(new Date());
}

function fail(message: string): never {
  logger.error(message);
  process.exit(1);
}

/** The author a new design doc names: git's user.name, when it is set. */
function gitAuthor(cwd: string): string | null {
  try {
    return execFileSync('git', ['config', 'user.name'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim() || null;
  } catch {
    return null;
  }
}

/** Why a new record cannot go in a folder, for the folder as the user named it. */
function folderProblemMessage(problem: FolderProblem, named: string): string {
  switch (problem.problem) {
    case 'outside-site':
      return `${named} is outside the site folder and its docs folders. Nothing was created; give a folder inside the site, relative to it.`;
    case 'not-a-folder':
      return `${named} is a file, not a folder. Nothing was created.`;
    default:
      return `${named} is not in a docs folder of the site (${problem.docsFolders.join(', ') || 'none'}), so a record there would not be published. Nothing was created; give --dir a folder inside one of them.`;
  }
}

// Every instance of the plugin calls extendCli on the same CLI: the first
// registers the commands, the others join its list.
const instancesByCli = new WeakMap<object, CliInstance[]>();

/**
 * `docusaurus design-docs:new`, `design-docs:status`, `design-docs:review` and `design-docs:lint`,
 * all working from the same models the build uses, across every instance
 * of the plugin in the site.
 */
export function registerCommands(
  cli: Command,
  {siteDir, options, parseFrontMatter, markdown}: {siteDir: string; options: PluginOptions; parseFrontMatter: ParseFrontMatter; markdown: MarkdownConfig},
): void {
  const instance: CliInstance = {id: options.id, options, vocabulary: createVocabulary(options)};
  const registered = instancesByCli.get(cli);
  if (registered) {
    registered.push(instance);
    return;
  }
  const instances = [instance];
  instancesByCli.set(cli, instances);
  /** A path as the commands report it: relative to the site, with forward slashes. */
  const sitePath = (file: string) => path.relative(siteDir, file).split(path.sep).join('/');

  /**
   * Reads `source` back as the build would and checks that it says what
   * the command meant: the status written, the type and title unchanged.
   * Returns the problem, or null when the model agrees.
   */
  async function disagreement(file: string, source: string, expected: {status: string; type: string; title: string}, vocabulary: Vocabulary): Promise<string | null> {
    const {record} = await readRecordFile({siteDir, file, source, parseFrontMatter, vocabulary});
    return statusDisagreement(record, expected, vocabulary);
  }

  /**
   * Edits a record's status where the build reads it, and keeps the edit
   * only when the file read back agrees (see writeStatusEdit).
   */
  async function editStatus({record, instance: {vocabulary}}: Pick<FoundRecord, 'record' | 'instance'>, edit: StatusEdit) {
    // Loaded when a record is edited: the yaml parser is not every build's.
    const {writeStatusEdit} = await import('./writeStatusEdit.js');
    const result = await writeStatusEdit({
      siteDir,
      file: record.file,
      edit,
      read: (source) => readRecordFile({siteDir, file: record.file, source, parseFrontMatter, vocabulary}),
      vocabulary,
    });
    if ('reason' in result) {
      fail(`${logger.path(record.file)} was not changed: ${result.reason}.`);
    }
    return result;
  }

  /** The one record `ref` names, in every instance; the command stops when it names none or several. */
  function findIn(models: Map<string, DesignDocModel>, ref: string): FoundRecord {
    const found = findAcrossInstances(instances, models, ref, siteDir);
    if (found.length === 0) {
      fail(`No design doc matches ${logger.code(ref)}.`);
    }
    if (found.length > 1) {
      fail(`${logger.code(ref)} matches ${found.length} docs: ${found.map((d) => d.record.file).join(', ')}. Use a file path.`);
    }
    return found[0]!;
  }

  /** The record to edit: the one `ref` names, if its front matter can be read. */
  async function findOne(ref: string): Promise<FoundRecord> {
    const {models} = await loadSite(siteDir);
    const found = findIn(models, ref);
    refuseUnparseable(found.model, found.record);
    return found;
  }

  /**
   * The status a superseded record moves to: `superseded` where its
   * lifecycle has one, else its first status that shows the "no longer
   * current" banner (a design doc becomes obsolete).
   */
  function retiredStatus(record: DesignDocRecord, vocabulary: Vocabulary): string {
    const type = vocabulary.types.get(record.type);
    const status =
      ['superseded', 'obsolete', 'withdrawn', 'deprecated'].map((id) => vocabulary.findStatus(record.type, id)).find(Boolean) ??
      type?.statuses.find((s) => s.banner && !s.active);
    return status?.id ?? fail(`${logger.path(record.file)} cannot be superseded: type ${record.type} has no status for it (add "superseded" to its statuses).`);
  }

  /** A record whose front matter YAML cannot read is never rewritten. */
  function refuseUnparseable(model: DesignDocModel, record: DesignDocRecord): void {
    const broken = model.problems.find((p) => p.file === record.file && p.field === 'front matter');
    if (broken) {
      fail(`${logger.path(record.file)} cannot be edited: its front matter ${broken.message}. Nothing was changed.`);
    }
  }

  cli
    .command('design-docs:new <type> <title>')
    .description('Create the next design doc of a type from its template')
    .option('--supersedes <ref>', 'mark this record as superseded by the new one')
    .option('--dir <folder>', 'folder of the new record, relative to the site')
    .option('--instance <id>', 'the design-docs plugin instance the record belongs to, when several have its type')
    .action((async (type: string, title: string, flags: {supersedes?: string; dir?: string; instance?: string}) => {
      // Files older than this that are no docs are nobody's new record.
      const startedAt = Date.now();
      const forType = instanceForType(instances, type, flags.instance);
      if ('problem' in forType) {
        fail(forType.problem);
      }
      const chosenInstance = forType.instance;
      const {options, vocabulary} = chosenInstance;
      const definition = vocabulary.findType(type) ?? fail(`Unknown type ${logger.code(type)}; known types are ${[...vocabulary.types.keys()].join(', ')}.`);
      const {models, siteDocs} = await loadSite(siteDir);
      const model = models.get(chosenInstance.id) ?? fail(`The plugin instance ${logger.code(chosenInstance.id)} built no model.`);
      let old: FoundRecord | undefined;
      if (flags.supersedes) {
        const found = findRecords(model, flags.supersedes, vocabulary, siteDir);
        if (found.length !== 1) {
          fail(`--supersedes ${logger.code(flags.supersedes)} must match exactly one doc (it matches ${found.length}).`);
        }
        old = {record: found[0]!, model, instance: chosenInstance};
        refuseUnparseable(model, old.record);
      }
      // A successor sits next to the record it replaces.
      const chosen = chooseFolder(definition.id, model.docs, flags.dir ?? (old && path.posix.dirname(old.record.file)));
      const target = resolveRecordFolder(siteDir, chosen, siteDocs);
      if ('problem' in target) {
        fail(folderProblemMessage(target, flags.dir !== undefined ? `--dir ${flags.dir}` : logger.path(chosen)));
      }
      const {number: firstNumber, width} = nextNumber(model.docs, {type: definition.id, pluginId: target.version.pluginId, versionName: target.version.versionName, folder: target.folder});
      const status = definition.statuses[0]!.id;
      const author = definition.id === 'design-doc' ? gitAuthor(siteDir) : null;
      const date = today();
      // Every new record is a `.md` file: MDX unless the site says otherwise.
      const mdx = compilesAsMdx(recordFileName(firstNumber, width, title), markdown.format);
      const planFor = (number: number) =>
        planNewRecord({
          author,
          folderTypes: options.folderTypes,
          siteDir,
          folder: target.folder,
          number,
          width,
          type: definition.id,
          prefix: definition.prefix,
          title,
          status,
          today: date,
          supersedes: old ? referenceOf(old.record, vocabulary) ?? old.record.docId : null,
          mdx,
        });
      const outcome = await createRecordFile({
        folder: target.absolute,
        firstNumber,
        startedAt,
        knownFiles: new Set(siteDocs.flatMap((version) => version.docs.map((doc) => path.resolve(siteDir, doc.file)))),
        sameDocId: (a, b) => docIdentityOf(target, a).id === docIdentityOf(target, b).id,
        candidate: async (number) => {
          const plan = planFor(number);
          const identity = docIdentityOf(target, plan.fileName);
          const holder = docWithIdentity(siteDocs, target.version, identity);
          if (holder) {
            fail(
              holder.by === 'id'
                ? `${JSON.stringify(title)} would get the doc id ${identity.id}, which ${logger.path(holder.doc.file)} already has (Docusaurus drops the number from the file name). Nothing was created; give the new record another title.`
                : `${JSON.stringify(title)} would be published at ${identity.permalink}, where ${logger.path(holder.doc.file)} already is. Nothing was created; give the new record another title.`,
            );
          }
          const problem = await disagreement(plan.file, plan.content, {status, type: definition.id, title}, vocabulary);
          if (problem) {
            fail(`${logger.path(plan.file)} was not created: ${problem}.`);
          }
          return plan;
        },
      });
      if ('taken' in outcome) {
        fail(
          `${JSON.stringify(title)} would get the doc id of ${logger.path(sitePath(outcome.taken))}, created while this command ran (another design-docs:new?). Nothing was created; give the new record another title.`,
        );
      }
      if ('exhausted' in outcome) {
        fail(`No free number in ${logger.path(target.folder)} after ${outcome.exhausted} tries: other runs keep taking them. Nothing was created; run it again.`);
      }
      const {created} = outcome;
      const reference = formatReference(definition.prefix, created.number)!;
      logger.success`Created ${reference} at path=${sitePath(created.file)}`;
      if (old) {
        const result = await editStatus(old, {
          status: retiredStatus(old.record, vocabulary),
          supersededBy: {reference, title, number: created.number, fileName: path.relative(path.dirname(path.join(siteDir, old.record.file)), created.file).split(path.sep).join('/')},
        });
        logger.success`Marked path=${old.record.file} as superseded (${result.format})`;
      }
    }) as never);

  cli
    .command('design-docs:status <ref> <status>')
    .description("Move a design doc to another status of its type's lifecycle")
    .option('--force', 'approve even with unticked checklist items or open critical feedback')
    .action((async (ref: string, status: string, flags: {force?: boolean}) => {
      const found = await findOne(ref);
      const {record} = found;
      const {vocabulary, options: instanceOptions} = found.instance;
      const type = vocabulary.types.get(record.type) ?? fail(`${record.file} has an unknown type ${logger.code(record.type)}.`);
      const next = vocabulary.findStatus(type.id, status) ?? fail(`${logger.code(status)} is not a status of ${type.id}; use one of ${type.statuses.map((s) => s.id).join(', ')}.`);
      if (next.id === record.status) {
        fail(`${record.file} is already ${next.id}.`);
      }
      // The CLI is the moment of approval: 'warn' and 'error' both refuse here.
      const gated = next.approved && instanceOptions.approvalGate !== 'off';
      const hold = gated ? approvalHoldOf(record, recordSource(siteDir, record)) : null;
      if (hold && !flags.force) {
        fail(refusalMessage(record.file, next, hold));
      }
      const result = await editStatus(found, {status: next.id});
      if (hold) {
        // Placed in the file as written now: a status line added moves the lines below it.
        const source = fs.readFileSync(path.join(siteDir, record.file), 'utf8');
        const {record: edited} = await readRecordFile({siteDir, file: record.file, source, parseFrontMatter, vocabulary});
        logger.warn(forcedMessage(record.file, next, approvalHoldOf(edited, source) ?? hold, instanceOptions.approvalGate));
      }
      logger.success`path=${record.file}: ${record.status ?? 'no status'} -> ${next.id} (${result.format})`;
    }) as never);

  cli
    .command('design-docs:review [ref]')
    .description("Print a design doc's review readiness, or the review queue")
    .option('--reviewer <name>', 'list the docs in review this reviewer is named on')
    .option('--format <format>', 'text or json', 'text')
    .option('--offline', "read federation sources from the cache only")
    .action((async (ref: string | undefined, flags: {reviewer?: string; format: string; offline?: boolean}) => {
      const format = reviewFormatOf(flags.format) ?? fail(`--format ${logger.code(flags.format)} is not a format of design-docs:review; use text or json.`);
      if (ref !== undefined && flags.reviewer !== undefined) {
        fail(`Give a doc or --reviewer, not both: ${logger.code(ref)} prints one doc's readiness, --reviewer lists a reviewer's queue.`);
      }
      useCacheOnly(flags.offline);
      const {models} = await loadSite(siteDir);
      const output =
        ref === undefined
          ? queueOutput(reviewQueueAcross(instances, models, today()), flags.reviewer, format, siteDir)
          : docReviewOutput(findIn(models, ref), format, today(), siteDir);
      process.stdout.write(`${output}\n`);
    }) as never);

  cli
    .command('design-docs:lint')
    .description('Validate every design doc as the build does, without building')
    .option('--format <format>', 'text or json', 'text')
    .option('--offline', "read federation sources from the cache only")
    .action((async (flags: {format: string; offline?: boolean}) => {
      useCacheOnly(flags.offline);
      const {models} = await loadSite(siteDir);
      const {docs, problems: modelProblems} = acrossInstances(models);
      // The build compiles every record; what MDX cannot compile is found here too.
      const found = [...modelProblems, ...(await mdxProblems(docs, {siteDir, markdown, parseFrontMatter}))];
      const errors = found.filter((p) => p.severity === 'error').length;
      if (flags.format === 'json') {
        const problems = problemsAsJson(found, siteDir);
        process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
      } else if (found.length > 0) {
        process.stdout.write(`${formatProblems(found)}\n`);
      } else {
        logger.success`${docs.length} design docs, no problems.`;
      }
      process.exit(errors > 0 ? 1 : 0);
    }) as never);
}

/**
 * `--offline`: the site's plugin instances read federation sources from
 * the cache only. They read the same switch the build has
 * (`DESIGN_DOCS_OFFLINE`), set here for this CLI process alone, which
 * loads the site next and then exits.
 */
function useCacheOnly(offline: boolean | undefined): void {
  if (offline) {
    process.env.DESIGN_DOCS_OFFLINE = '1';
  }
}

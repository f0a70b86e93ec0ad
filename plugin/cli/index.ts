import {execFileSync} from 'child_process';
import fs from 'fs';
import path from 'path';
import logger from '@docusaurus/logger';
import type {ParseFrontMatter} from '@docusaurus/types';
import type {DesignDocModel, DesignDocRecord, PluginOptions} from '../types';
import {createVocabulary} from '../model/vocabulary';
import {referenceOf} from '../model/buildModel';
import {formatProblems} from '../validate/report';
import {loadModel} from './loadModel';
import {findRecords} from './findRecord';
import {locateField} from './locateField';
import {chooseFolder, planNewRecord} from './planNewRecord';
import type {StatusEdit} from './editRecord';
import {readRecordFile, statusDisagreement} from './readRecordFile';

type Command = {
  command(name: string): Command;
  description(text: string): Command;
  option(flags: string, description: string, defaultValue?: string): Command;
  action(handler: (...args: never[]) => Promise<void> | void): Command;
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
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

/**
 * `docusaurus design-docs:new`, `design-docs:status` and `design-docs:lint`,
 * all working from the same model the build uses.
 */
export function registerCommands(
  cli: Command,
  {siteDir, options, parseFrontMatter}: {siteDir: string; options: PluginOptions; parseFrontMatter: ParseFrontMatter},
): void {
  const vocabulary = createVocabulary(options);

  /**
   * Reads `source` back as the build would and checks that it says what
   * the command meant: the status written, the type and title unchanged.
   * Returns the problem, or null when the model agrees.
   */
  async function disagreement(file: string, source: string, expected: {status: string; type: string; title: string}): Promise<string | null> {
    const {record} = await readRecordFile({siteDir, file, source, parseFrontMatter, vocabulary});
    return statusDisagreement(record, expected, vocabulary);
  }

  /**
   * Edits a record's status where the build reads it, and keeps the edit
   * only when the file read back agrees (see writeStatusEdit).
   */
  async function editStatus(record: DesignDocRecord, edit: StatusEdit) {
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

  async function findOne(ref: string) {
    const model = await loadModel(siteDir);
    const found = findRecords(model, ref, vocabulary, siteDir);
    if (found.length === 0) {
      fail(`No design doc matches ${logger.code(ref)}.`);
    }
    if (found.length > 1) {
      fail(`${logger.code(ref)} matches ${found.length} docs: ${found.map((d) => d.file).join(', ')}. Use a file path.`);
    }
    refuseUnparseable(model, found[0]!);
    return {model, record: found[0]!};
  }

  /**
   * The status a superseded record moves to: `superseded` where its
   * lifecycle has one, else its first status that shows the "no longer
   * current" banner (a design doc becomes obsolete).
   */
  function retiredStatus(record: DesignDocRecord): string {
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
    .action((async (type: string, title: string, flags: {supersedes?: string; dir?: string}) => {
      const definition = vocabulary.findType(type) ?? fail(`Unknown type ${logger.code(type)}; known types are ${[...vocabulary.types.keys()].join(', ')}.`);
      const model = await loadModel(siteDir);
      let old;
      if (flags.supersedes) {
        const found = findRecords(model, flags.supersedes, vocabulary, siteDir);
        if (found.length !== 1) {
          fail(`--supersedes ${logger.code(flags.supersedes)} must match exactly one doc (it matches ${found.length}).`);
        }
        old = found[0]!;
        refuseUnparseable(model, old);
      }
      const plan = planNewRecord({
        author: definition.id === 'design-doc' ? gitAuthor(siteDir) : null,
        folderTypes: options.folderTypes,
        siteDir,
        // A successor sits next to the record it replaces.
        folder: chooseFolder(definition.id, model.docs, flags.dir ?? (old && path.posix.dirname(old.file))),
        type: definition.id,
        prefix: definition.prefix,
        title,
        status: definition.statuses[0]!.id,
        today: today(),
        supersedes: old ? referenceOf(old, vocabulary) ?? old.docId : null,
      });
      const target = path.join(siteDir, plan.file);
      const problem = await disagreement(plan.file, plan.content, {status: definition.statuses[0]!.id, type: definition.id, title});
      if (problem) {
        fail(`${logger.path(plan.file)} was not created: ${problem}.`);
      }
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.writeFileSync(target, plan.content, {flag: 'wx'});
      logger.success`Created ${plan.reference} at path=${plan.file}`;
      if (old) {
        const result = await editStatus(old, {
          status: retiredStatus(old),
          supersededBy: {reference: plan.reference, title, number: plan.number, fileName: path.relative(path.dirname(path.join(siteDir, old.file)), target).split(path.sep).join('/')},
        });
        logger.success`Marked path=${old.file} as superseded (${result.format})`;
      }
    }) as never);

  cli
    .command('design-docs:status <ref> <status>')
    .description("Move a design doc to another status of its type's lifecycle")
    .action((async (ref: string, status: string) => {
      const {record} = await findOne(ref);
      const type = vocabulary.types.get(record.type) ?? fail(`${record.file} has an unknown type ${logger.code(record.type)}.`);
      const next = vocabulary.findStatus(type.id, status) ?? fail(`${logger.code(status)} is not a status of ${type.id}; use one of ${type.statuses.map((s) => s.id).join(', ')}.`);
      if (next.id === record.status) {
        fail(`${record.file} is already ${next.id}.`);
      }
      const result = await editStatus(record, {status: next.id});
      logger.success`path=${record.file}: ${record.status ?? 'no status'} -> ${next.id} (${result.format})`;
    }) as never);

  cli
    .command('design-docs:lint')
    .description('Validate every design doc as the build does, without building')
    .option('--format <format>', 'text or json', 'text')
    .action((async (flags: {format: string}) => {
      const model = await loadModel(siteDir);
      const errors = model.problems.filter((p) => p.severity === 'error').length;
      if (flags.format === 'json') {
        const problems = model.problems.map((problem) => {
          // Problems read from the body know their line; front-matter ones are looked up.
          let line: number | null = problem.line ?? null;
          if (line === null) {
            try {
              line = locateField(fs.readFileSync(path.join(siteDir, problem.file), 'utf8'), problem.field);
            } catch {
              // A file that cannot be read has no line to point at.
            }
          }
          return {
            file: problem.file,
            line,
            ...(problem.column !== undefined && {column: problem.column}),
            field: problem.field,
            message: problem.message,
            severity: problem.severity,
          };
        });
        process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
      } else if (model.problems.length > 0) {
        process.stdout.write(`${formatProblems(model.problems)}\n`);
      } else {
        logger.success`${model.docs.length} design docs, no problems.`;
      }
      process.exit(errors > 0 ? 1 : 0);
    }) as never);
}

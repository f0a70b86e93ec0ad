import fs from 'fs';
import path from 'path';
import logger from '@docusaurus/logger';
import type {DesignDocModel, DesignDocRecord, PluginOptions} from '../types';
import {createVocabulary} from '../model/vocabulary';
import {referenceOf} from '../model/buildModel';
import {formatProblems} from '../validate/report';
import {loadModel} from './loadModel';
import {findRecords} from './findRecord';
import {locateField} from './locateField';
import {chooseFolder, planNewRecord} from './planNewRecord';
import {setRecordStatus} from './editRecord';

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

/**
 * `docusaurus design-docs:new`, `design-docs:status` and `design-docs:lint`,
 * all working from the same model the build uses.
 */
export function registerCommands(cli: Command, {siteDir, options}: {siteDir: string; options: PluginOptions}): void {
  const vocabulary = createVocabulary(options);

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
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.writeFileSync(target, plan.content, {flag: 'wx'});
      logger.success`Created ${plan.reference} at path=${plan.file}`;
      if (old) {
        const oldPath = path.join(siteDir, old.file);
        const result = setRecordStatus(fs.readFileSync(oldPath, 'utf8'), {
          status: 'superseded',
          supersededBy: {reference: plan.reference, title, number: plan.number, fileName: path.relative(path.dirname(oldPath), target).split(path.sep).join('/')},
        });
        fs.writeFileSync(oldPath, result.source);
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
      const file = path.join(siteDir, record.file);
      const result = setRecordStatus(fs.readFileSync(file, 'utf8'), {status: next.id});
      fs.writeFileSync(file, result.source);
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
          let line: number | null = null;
          try {
            line = locateField(fs.readFileSync(path.join(siteDir, problem.file), 'utf8'), problem.field);
          } catch {
            // A file that cannot be read has no line to point at.
          }
          return {file: problem.file, line, field: problem.field, message: problem.message, severity: problem.severity};
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

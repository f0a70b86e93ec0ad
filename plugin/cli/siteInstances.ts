import logger from '@docusaurus/logger';
import type {PluginOptions} from '../types/options';
import type {DesignDocModel, DesignDocRecord} from '../types/model';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {compareQueueItems, reviewQueueOf, type ReviewQueueItem} from '../review/queue';
import {findRecords} from './findRecord';

/** One plugin instance of the site, as the commands see it. */
export type CliInstance = {id: string; options: PluginOptions; vocabulary: Vocabulary};

/** A record and the instance whose model holds it. */
export type FoundRecord = {record: DesignDocRecord; model: DesignDocModel; instance: CliInstance};

/**
 * Every instance's docs and problems as one list: a doc two instances
 * publish counts once, and so does a problem both report.
 */
export function acrossInstances(models: Map<string, DesignDocModel>): {docs: DesignDocRecord[]; problems: DesignDocModel['problems']} {
  if (models.size === 1) {
    const [only] = models.values();
    return {docs: only!.docs, problems: only!.problems};
  }
  const docs = new Map<string, DesignDocRecord>();
  const problems = new Map<string, DesignDocModel['problems'][number]>();
  for (const model of models.values()) {
    for (const doc of model.docs) {
      if (!docs.has(doc.file)) {
        docs.set(doc.file, doc);
      }
    }
    for (const problem of model.problems) {
      problems.set(JSON.stringify([problem.file, problem.line, problem.column, problem.field, problem.message]), problem);
    }
  }
  return {docs: [...docs.values()], problems: [...problems.values()]};
}

/** The records `ref` names, in every instance's model; a file two instances publish is found once. */
export function findAcrossInstances(instances: CliInstance[], models: Map<string, DesignDocModel>, ref: string, siteDir: string): FoundRecord[] {
  const found = new Map<string, FoundRecord>();
  for (const candidate of instances) {
    const model = models.get(candidate.id);
    for (const record of model ? findRecords(model, ref, candidate.vocabulary, siteDir) : []) {
      if (!found.has(record.file)) {
        found.set(record.file, {record, model: model!, instance: candidate});
      }
    }
  }
  return [...found.values()];
}

/**
 * The instance a new record of `type` belongs to: the one `--instance`
 * names, else the only one with the type (else the first, which then
 * reports the type as unknown).
 */
export function instanceForType(instances: CliInstance[], type: string, named: string | undefined): {instance: CliInstance} | {problem: string} {
  if (named !== undefined) {
    const instance = instances.find((candidate) => candidate.id === named);
    return instance
      ? {instance}
      : {problem: `--instance ${logger.code(named)} is not a design-docs plugin instance of this site; its instances are ${instances.map((i) => i.id).join(', ')}.`};
  }
  const withType = instances.filter((candidate) => candidate.vocabulary.findType(type));
  if (withType.length > 1) {
    return {problem: `${logger.code(type)} is a type of the plugin instances ${withType.map((i) => i.id).join(' and ')}; choose one with --instance.`};
  }
  return {instance: withType[0] ?? instances[0]!};
}

/** A doc of the review queue and the instance whose vocabulary read it. */
export type QueuedRecord = {item: ReviewQueueItem; instance: CliInstance};

/**
 * The review queue of every instance, as one list in the queue's order
 * (ready first): each instance's latest docs, as the commands edit them,
 * and a file two instances publish once.
 */
export function reviewQueueAcross(instances: CliInstance[], models: Map<string, DesignDocModel>, today: string): QueuedRecord[] {
  const queued = new Map<string, QueuedRecord>();
  for (const instance of instances) {
    const docs = models.get(instance.id)?.docs.filter((doc) => doc.isLatestVersion) ?? [];
    for (const item of reviewQueueOf(docs, instance.vocabulary, today)) {
      if (!queued.has(item.doc.file)) {
        queued.set(item.doc.file, {item, instance});
      }
    }
  }
  return [...queued.values()].sort((a, b) => compareQueueItems(a.item, b.item));
}

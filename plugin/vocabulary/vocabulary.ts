import type {
  DesignDocTypeDefinition,
  PluginOptions,
  RequirementPriority,
  ScaleLevel,
  StatusDefinition,
} from '../types/options';
import {DEFAULT_PRIORITY_WORDS} from '../defaults';
import {remember} from './remember';

/**
 * Front matter is compared by "word": lower-cased, with runs of spaces,
 * underscores and hyphens folded into one hyphen, so `In Review`,
 * `in_review` and `in-review` are the same status.
 */
export const toWord = remember((text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[\s_-]+/g, '-'),
);

export type Vocabulary = {
  types: Map<string, DesignDocTypeDefinition>;
  findType(raw: string): DesignDocTypeDefinition | undefined;
  findTypeByPrefix(prefix: string): DesignDocTypeDefinition | undefined;
  findStatus(typeId: string, raw: string): StatusDefinition | undefined;
  likelihood: ScaleIndex;
  impact: ScaleIndex;
  /** MoSCoW from `Must Have`, `must`, `Won't Have`, and the site's priority words (`P0`, `High`). */
  findPriority(raw: string): RequirementPriority | undefined;
  /** Every priority word, for messages. */
  priorityWords: string[];
};

const MOSCOW: Record<string, RequirementPriority> = {
  must: 'must',
  should: 'should',
  could: 'could',
  wont: 'wont',
  'will-not': 'wont',
  would: 'wont',
};

function indexPriorities(words: Record<string, RequirementPriority>): Vocabulary['findPriority'] {
  const byWord = new Map<string, RequirementPriority>();
  for (const [word, priority] of Object.entries(words)) {
    byWord.set(toWord(word), priority);
  }
  // Every requirement row asks, in a handful of spellings: each word's answer is kept.
  const find = remember((word): RequirementPriority | undefined => byWord.get(word) ?? MOSCOW[word.replace(/-(have|haves)$/, '')]);
  return (raw) => find(toWord(raw));
}

export type ScaleIndex = {
  levels: ScaleLevel[];
  find(raw: string | number): ScaleLevel | undefined;
};

function indexScale(levels: ScaleLevel[]): ScaleIndex {
  const byWord = new Map<string, ScaleLevel>();
  for (const lvl of levels) {
    for (const word of [lvl.id, lvl.label, ...lvl.aliases]) {
      byWord.set(toWord(word), lvl);
    }
  }
  // Every risk row asks twice, in a handful of spellings: each word's answer is kept.
  const byText = remember((word): ScaleLevel | undefined => (/^\d+$/.test(word) ? levels.find((lvl) => lvl.value === Number(word)) : byWord.get(word)));
  return {
    levels,
    find(raw) {
      return typeof raw === 'number' ? levels.find((lvl) => lvl.value === raw) : byText(toWord(raw));
    },
  };
}

export function createVocabulary(
  options: Pick<PluginOptions, 'types' | 'riskScale'> & Partial<Pick<PluginOptions, 'priorityWords'>>,
): Vocabulary {
  const priorityWords = options.priorityWords ?? DEFAULT_PRIORITY_WORDS;
  const types = new Map(options.types.map((t) => [t.id, t]));
  const typesByWord = new Map(options.types.map((t) => [toWord(t.id), t]));
  const typesByPrefix = new Map(
    options.types.map((t) => [t.prefix.toLowerCase(), t]),
  );
  const statusIndex = new Map<string, Map<string, StatusDefinition>>();
  for (const type of options.types) {
    const index = new Map<string, StatusDefinition>();
    for (const s of type.statuses) {
      for (const word of [s.id, s.label, ...s.aliases]) {
        index.set(toWord(word), s);
      }
    }
    statusIndex.set(type.id, index);
  }
  return {
    types,
    findType: (raw) => typesByWord.get(toWord(raw)),
    findTypeByPrefix: (prefix) => typesByPrefix.get(prefix.toLowerCase()),
    findStatus: (typeId, raw) => statusIndex.get(typeId)?.get(toWord(raw)),
    likelihood: indexScale(options.riskScale.likelihood),
    impact: indexScale(options.riskScale.impact),
    findPriority: indexPriorities(priorityWords),
    priorityWords: Object.keys(priorityWords),
  };
}

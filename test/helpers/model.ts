import {getDefaultOptions} from '../../plugin/options';
import type {ModelInput} from '../../plugin/model/buildModel';
import {buildDesignDocModel} from '../../plugin/validate/designDocModel';
import {createVocabulary} from '../../plugin/vocabulary/vocabulary';

export const vocabulary = createVocabulary(getDefaultOptions());

/** A docs-plugin doc as allContentLoaded hands it over, from a file path. */
export function loadedDoc(
  file: string,
  frontMatter: Record<string, unknown>,
  {pluginId = 'default', versionName = 'current', title}: {pluginId?: string; versionName?: string; title?: string} = {},
): ModelInput {
  const id = file.replace(/^docs\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)\d+-/, '$1');
  return {
    doc: {
      id,
      title: title ?? (frontMatter.title as string | undefined) ?? id,
      permalink: `/docs/${id}`,
      source: `@site/${file}`,
      // As the docs plugin does: front matter's description, when given.
      ...(typeof frontMatter.description === 'string' ? {description: frontMatter.description} : {}),
      frontMatter,
      tags: [],
      lastUpdatedAt: null,
    },
    location: {pluginId, versionName, isLatestVersion: versionName === 'current', file},
  };
}

export function model(...inputs: ModelInput[]) {
  return buildDesignDocModel(inputs, vocabulary);
}

export function fieldsWithProblems(problems: {file: string; field: string}[], file?: string) {
  return problems.filter((p) => !file || p.file === file).map((p) => p.field);
}

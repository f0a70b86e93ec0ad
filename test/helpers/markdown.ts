import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {wrapParseFrontMatter} from '../../plugin/formats/frontMatterHook';
import {DEFAULT_FOLDER_TYPES} from '../../plugin/defaults';
import {buildDesignDocModel} from '../../plugin/validate/designDocModel';
import {loadedDoc, vocabulary} from './model';
import type {Vocabulary} from '../../plugin/vocabulary/vocabulary';
import type {ApprovalGate} from '../../plugin/types/options';

type ModelOptions = {vocabulary?: Vocabulary; approvalGate?: ApprovalGate};

/** The build's own front-matter hook, as a site with default options has it. */
export const parseFrontMatter = wrapParseFrontMatter(DEFAULT_PARSE_FRONT_MATTER, {siteDir: '/site', folderTypes: DEFAULT_FOLDER_TYPES});

/**
 * Markdown in, model out: a file read the way the build reads it (the
 * front-matter hook, then the model), for a file at `file` in the site.
 */
export async function modelOf(files: Record<string, string>, {vocabulary: vocab = vocabulary, approvalGate}: ModelOptions = {}) {
  const inputs = await Promise.all(
    Object.entries(files).map(async ([file, source]) => {
      const {frontMatter, content} = await parseFrontMatter({filePath: `/site/${file}`, fileContent: source, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
      // The docs plugin's title: front matter, else the first heading.
      const heading = /^#\s+(.+)$/m.exec(content)?.[1];
      return loadedDoc(file, frontMatter, {title: (frontMatter.title as string | undefined) ?? heading});
    }),
  );
  return buildDesignDocModel(inputs.filter((input) => input.doc.frontMatter.type !== undefined), vocab, {approvalGate});
}

/** The one record of a single-file model, with its problems. */
export async function recordOf(file: string, source: string, options: ModelOptions = {}) {
  const model = await modelOf({[file]: source}, options);
  const record = model.docs[0];
  if (!record) {
    throw new Error(`${file} is not a design doc`);
  }
  return {record, problems: model.problems};
}

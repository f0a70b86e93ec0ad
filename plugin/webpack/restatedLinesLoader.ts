import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {designDocTypeOf, type HookSettings} from '../formats/frontMatterHook';
import {loadMarkdownParser} from '../formats/markdown';
import {isLog4brainsOwnPage, leaveOutLog4brainsReferences} from '../formats/log4brainsPages';
import {readBodyCached, rememberReading} from '../formats/bodyCache';
import {createVocabulary, type Vocabulary} from '../vocabulary/vocabulary';
import {blankLines, restatedLines} from '../normalize/restatedLines';
import type {PluginOptions} from '../types/options';

export type RestatedLinesLoaderOptions = HookSettings &
  Pick<PluginOptions, 'types' | 'riskScale' | 'priorityWords'> & {
    /** The site's static folders, absolute. */
    staticDirs: string[];
  };

type LoaderContext = {
  getOptions(): RestatedLinesLoaderOptions;
  resourcePath: string;
  async(): (error: Error | null, result?: string) => void;
};

const vocabularies = new WeakMap<object, Vocabulary>();

/**
 * Runs before the MDX loader on Markdown files. In a design doc, the body
 * lines that only restate its header (the template's bold status block,
 * adr-tools' status section, MADR 2's bullets) are blanked: the header
 * already shows them. Blank, not removed, so MDX errors still point at the
 * right line. On log4brains' home page and template, what only log4brains
 * serves (its static images, its placeholder record's link) is cut out the
 * same way. The file on disk is untouched.
 */
function restatedLinesLoader(this: LoaderContext, source: string): void {
  const callback = this.async();
  const options = this.getOptions();
  const filePath = this.resourcePath;
  (async () => {
    const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: source});
    const type = designDocTypeOf(filePath, frontMatter, options);
    if (type === null) {
      // log4brains' home page and template refer to what only log4brains has.
      return isLog4brainsOwnPage(filePath, options) ? leaveOutLog4brainsReferences(source, await loadMarkdownParser(), options.staticDirs) : source;
    }
    const reading = readBodyCached(source, await loadMarkdownParser(), {maintainCase: options.maintainCase});
    let vocabulary = vocabularies.get(options);
    if (!vocabulary) {
      vocabulary = createVocabulary(options);
      vocabularies.set(options, vocabulary);
    }
    const page = blankLines(source, restatedLines(reading, frontMatter, type, vocabulary));
    if (page !== source) {
      rememberReading(page, reading, {maintainCase: options.maintainCase});
    }
    return page;
  })()
    .then((result) => callback(null, result))
    // Unparseable front matter is the MDX loader's to report, not ours.
    .catch(() => callback(null, source));
}

export default restatedLinesLoader;

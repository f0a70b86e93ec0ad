import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {isDesignDocFile} from '../formats/frontMatterHook';
import {parseLegacyRecord, removeLines} from '../formats/legacyRecord';

/** The front matter block exactly as written, so the body's lines keep their numbers. */
const FRONT_MATTER_BLOCK = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

type LoaderContext = {
  getOptions(): {siteDir: string; adrDirs: string[]};
  resourcePath: string;
  async(): (error: Error | null, result?: string) => void;
};

/**
 * Runs before the MDX loader on Markdown files. When a record keeps its
 * status in the body (adr-tools' `## Status` section, MADR 2's bullet
 * list), those lines are left out of the page: the header already shows
 * them. The file on disk is untouched.
 */
function legacyBodyLoader(this: LoaderContext, source: string): void {
  const callback = this.async();
  const {siteDir, adrDirs} = this.getOptions();
  const filePath = this.resourcePath;
  DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: source})
    .then(({frontMatter}) => {
      // A status in front matter wins, and then the body's lines are prose.
      if (frontMatter.status !== undefined || !isDesignDocFile(filePath, frontMatter, {siteDir, adrDirs})) {
        callback(null, source);
        return;
      }
      const prefix = FRONT_MATTER_BLOCK.exec(source)?.[0] ?? '';
      const body = source.slice(prefix.length);
      const {format, consumedLines} = parseLegacyRecord(body);
      callback(null, format === null ? source : prefix + removeLines(body, consumedLines));
    })
    // Unparseable front matter is the MDX loader's to report, not ours.
    .catch(() => callback(null, source));
}

export default legacyBodyLoader;

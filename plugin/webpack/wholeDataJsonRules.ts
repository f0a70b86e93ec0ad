import fs from 'fs';
import path from 'path';
import {DOC_PAGE_DATA_DIR} from '../outputs/clientDataFiles';

/**
 * Rules for the JSON modules that carry this plugin's data: the portal
 * pages' data files, and the docs plugin's metadata modules of design docs,
 * which the metadata loader extends with the page's header data. A
 * production build otherwise records every nested key of a JSON module as
 * an export, so it can drop the unused ones, and holds those records until
 * the compilation ends: in a heap snapshot of the 1,000-doc benchmark site
 * they were the largest part of what the plugin added (135,000 export
 * records, 19 MiB). Each page uses its data whole, so only the top-level
 * keys are tracked; the emitted JSON is the same.
 */
export function wholeDataJsonRules(dataDir: string, docsDataDir: string) {
  const parser = {exportsDepth: 1};
  return [
    {test: /\.json$/, include: [dataDir], parser},
    {
      // A metadata module and the page data the plugin wrote for the same
      // doc share one file name (the docs plugin's hash of the source).
      test: (resource: string) =>
        resource.endsWith('.json') && fs.existsSync(path.join(dataDir, DOC_PAGE_DATA_DIR, path.basename(resource))),
      include: [docsDataDir],
      parser,
    },
  ];
}

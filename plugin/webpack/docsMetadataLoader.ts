import fs from 'fs';
import path from 'path';
import {docPageDataFile, sidebarClassFile} from '../outputs/clientDataFiles';
import {BODY_READING_KEY} from '../formats/types';

type LoaderOptions = {dataDir: string};

type LoaderContext = {
  getOptions(): LoaderOptions;
  addDependency(file: string): void;
  addMissingDependency?(file: string): void;
};

type SidebarItem = {
  type: string;
  docId?: string;
  className?: string;
  items?: SidebarItem[];
};

function readData<T>(context: LoaderContext, file: string): T | undefined {
  const filePath = path.join(context.getOptions().dataDir, file);
  if (!fs.existsSync(filePath)) {
    context.addMissingDependency?.(filePath);
    return undefined;
  }
  // Declared so that a status change elsewhere (a new successor, say)
  // rebuilds this module in dev mode.
  context.addDependency(filePath);
  return JSON.parse(fs.readFileSync(filePath, 'utf8')) as T;
}

function addSidebarClassNames(items: SidebarItem[], classNames: Record<string, string>): void {
  for (const item of items) {
    const className = item.type === 'link' && item.docId ? classNames[item.docId] : undefined;
    if (className) {
      // The site's own class on the item stays.
      item.className = item.className ? `${item.className} ${className}` : className;
    }
    if (item.items) {
      addSidebarClassNames(item.items, classNames);
    }
  }
}

/**
 * Runs on the JSON modules the docs plugin generates. A doc's metadata
 * module gains `designDoc` (its header and banner data) and loses the body
 * reading its front matter carried to the model; a version's
 * sidebar props gain a status class on each design-doc item. Everything else passes
 * through untouched. This keeps portal data inside the routes that use it,
 * since the docs plugin creates its routes before allContentLoaded runs.
 */
function docsMetadataLoader(this: LoaderContext, source: string): string {
  // Cheap string checks first: most generated JSON is neither shape.
  if (source.includes('"frontMatter"') && source.includes('"permalink"')) {
    const metadata = JSON.parse(source) as {source?: string; frontMatter?: Record<string, unknown>};
    if (typeof metadata.source !== 'string' || metadata.frontMatter?.type == null) {
      return source;
    }
    // The body reading served the model; the page has its header data instead.
    const {[BODY_READING_KEY]: _reading, ...frontMatter} = metadata.frontMatter;
    const designDoc = readData(this, docPageDataFile(metadata.source));
    return JSON.stringify({...metadata, frontMatter, ...(designDoc !== undefined && {designDoc})});
  }
  if (source.includes('"docsSidebars"')) {
    const props = JSON.parse(source) as {
      version?: {pluginId?: string; version?: string; docsSidebars?: Record<string, SidebarItem[]>};
    };
    const version = props.version;
    if (!version?.pluginId || !version.version || !version.docsSidebars) {
      return source;
    }
    const classNames = readData<Record<string, string>>(this, sidebarClassFile(version.pluginId, version.version));
    if (!classNames) {
      return source;
    }
    for (const items of Object.values(version.docsSidebars)) {
      addSidebarClassNames(items, classNames);
    }
    return JSON.stringify(props);
  }
  return source;
}

export default docsMetadataLoader;

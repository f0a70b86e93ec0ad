export type ComponentStylesheetLoaderOptions = {
  /** The theme's CSS modules, absolute, in the order their rules are written. */
  files: string[];
  /** The resource query under which a CSS module compiles to its whole CSS (see componentStylesheet.ts). */
  query: string;
};

type LoaderContext = {
  getOptions(): ComponentStylesheetLoaderOptions;
  addDependency(file: string): void;
  importModule(request: string): Promise<unknown>;
  async(): (error: Error | null, result?: string) => void;
};

/** css-loader's export: a list whose toString() is the module's CSS. */
function cssOf(exports: unknown): string {
  const list = (exports as {default?: unknown} | null)?.default ?? exports;
  return String(list);
}

/**
 * Writes the components' stylesheet, `assets/css/design-docs.*.css`: the
 * CSS of every CSS module of the plugin's theme, compiled by the site's own
 * css-loader and PostCSS settings (so the class names are the ones the
 * components' modules export), one after the other. The file is an asset
 * module: the site's CSS minimizer and real content hash handle it like
 * any other stylesheet, and the client module that links it gets its URL.
 */
export default function componentStylesheetLoader(this: LoaderContext): void {
  const callback = this.async();
  const {files, query} = this.getOptions();
  Promise.all(
    files.map((file) => {
      this.addDependency(file);
      return this.importModule(`${file}?${query}`);
    }),
  )
    .then((modules) => callback(null, modules.map(cssOf).join('\n')))
    .catch((error: Error) => callback(error));
}

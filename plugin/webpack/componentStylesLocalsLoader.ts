export type ComponentStylesLocalsLoaderOptions = {
  /** lib/client/componentStylesheet.js, absolute. */
  stylesheetModule: string;
};

type LoaderContext = {getOptions(): ComponentStylesLocalsLoaderOptions};

/**
 * Runs after css-loader (`exportOnlyLocals`) on a CSS module of the
 * plugin's theme in a production client build: the module exports its
 * class names, as on the server, and starts loading the components'
 * stylesheet when its chunk runs. Its CSS is in that stylesheet, not in a
 * chunk of its own, so no page carries webpack's code that loads a chunk's
 * stylesheet (see componentStylesheet.ts).
 */
export default function componentStylesLocalsLoader(this: LoaderContext, source: string): string {
  const {stylesheetModule} = this.getOptions();
  return `import {loadComponentStylesheet} from ${JSON.stringify(stylesheetModule)};\nloadComponentStylesheet();\n${source}`;
}

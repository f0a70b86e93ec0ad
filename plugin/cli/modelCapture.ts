import type {DesignDocModel} from '../types/model';
import type {SiteDocsVersion} from './siteDocs';

/**
 * The CLI loads the site's content through Docusaurus itself, then needs
 * the model the plugin built, without the plugin failing on problems (the
 * lint command reports them its own way). The request travels with the
 * load context Docusaurus hands to every plugin it creates from it, so
 * only that load is affected.
 */
export type ModelCapture = {
  /** Each plugin instance's model, by the instance's id. */
  models: Map<string, DesignDocModel>;
  siteDocs?: SiteDocsVersion[];
};

const captures = new WeakMap<object, ModelCapture>();

/** Call before Docusaurus creates the plugins from `context`. */
export function captureModelOf(context: object): ModelCapture {
  const capture: ModelCapture = {models: new Map()};
  captures.set(context, capture);
  return capture;
}

/** The capture the CLI asked for on this load, if any. */
export function modelCaptureFor(context: object): ModelCapture | undefined {
  return captures.get(context);
}

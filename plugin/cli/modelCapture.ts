import type {DesignDocModel} from '../types';

/**
 * The CLI loads the site's content through Docusaurus itself, then needs
 * the model the plugin built, without the plugin failing on problems (the
 * lint command reports them its own way).
 */
type Capture = {collectOnly: boolean; model?: DesignDocModel};

const KEY = Symbol.for('docusaurus-plugin-design-docs.cli-capture');

function capture(): Capture {
  const registry = globalThis as {[KEY]?: Capture};
  registry[KEY] ??= {collectOnly: false};
  return registry[KEY];
}

export function startCollecting(): void {
  capture().collectOnly = true;
}

export function isCollecting(): boolean {
  return capture().collectOnly;
}

export function captureModel(model: DesignDocModel): void {
  capture().model = model;
}

export function capturedModel(): DesignDocModel | undefined {
  return capture().model;
}

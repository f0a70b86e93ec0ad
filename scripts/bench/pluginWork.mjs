// Benchmark 1 and 4: the plugin's own work in process (normalize, validate,
// aggregate, build every page's data) from loaded docs content.
import {createRequire} from 'node:module';
import {generateDocs} from './generateDocs.mjs';

const require = createRequire(import.meta.url);
const lib = (p) => require(`../../lib/plugin/${p}`);
const {getDefaultOptions} = lib('options.js');
const {createVocabulary} = lib('model/vocabulary.js');
const {buildDesignDocModel} = lib('model/buildModel.js');
const {buildPortalRoutes} = lib('routes/buildPortalRoutes.js');
const {buildDesignDocPageData} = lib('views/docPage.js');
const {buildSidebarBadges} = lib('views/sidebarBadges.js');

export function pluginWork(inputs, options = getDefaultOptions()) {
  const vocabulary = createVocabulary(options);
  const model = buildDesignDocModel(inputs, vocabulary);
  for (const doc of model.docs) {
    buildDesignDocPageData(doc, model, vocabulary);
  }
  buildSidebarBadges(model, vocabulary);
  const routes = buildPortalRoutes({model, vocabulary, options, today: '2026-11-25'}, {baseUrl: '/', routeBasePath: 'architecture'});
  return {model, routes};
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `runs` runs, after one warm-up. */
export function measure(fn, runs) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export function benchPluginWork({sizes, runs}) {
  const results = [];
  for (const n of sizes) {
    const inputs = generateDocs(n);
    const ms = measure(() => pluginWork(inputs), runs);
    const {routes} = pluginWork(inputs);
    const bytes = Object.fromEntries(routes.map((r) => [r.path, Buffer.byteLength(JSON.stringify(r.data))]));
    results.push({n, ms, bytes});
  }
  // 4: a status change at the smallest size re-runs the same pipeline on
  // the changed content, which is what a dev-mode reload does.
  const n = sizes[0];
  const inputs = generateDocs(n);
  const changed = inputs.map((input, i) => (i === 0 ? {...input, doc: {...input.doc, frontMatter: {...input.doc.frontMatter, status: 'deprecated'}}} : input));
  const reaggregateMs = measure(() => pluginWork(changed), runs);
  return {results, reaggregate: {n, ms: reaggregateMs}};
}

// Benchmark 1 and 4: the plugin's own work in process (normalize, validate,
// aggregate, build every page's data) from loaded docs content. The
// content is what the docs plugin loads: every generated file goes through
// the plugin's real front-matter hook first (outside the timed region), so
// each design doc's front matter carries the hook's body reading, which
// normalize then turns into requirements, decisions, risks and the rest.
import {createRequire} from 'node:module';
import path from 'node:path';
import {generateDocs, generateHubDocs} from './generateDocs.mjs';

const require = createRequire(import.meta.url);
const lib = (p) => require(`../../lib/plugin/${p}`);
const {getDefaultOptions} = lib('options.js');
const {createVocabulary} = lib('vocabulary/vocabulary.js');
const {buildDesignDocModel} = lib('validate/designDocModel.js');
const {assemblePortal} = lib('routes/assemblePortal.js');
const {buildDesignDocPageData} = lib('views/docPage.js');
const {buildSidebarBadges} = lib('views/sidebarBadges.js');
const {wrapParseFrontMatter} = lib('formats/frontMatterHook.js');
const {DEFAULT_FOLDER_TYPES} = lib('defaults.js');
const {DEFAULT_PARSE_FRONT_MATTER} = require('@docusaurus/utils');

/** Where the generated files would sit: the hook types a file by its folder under it. */
export const SITE_DIR = path.resolve('/bench-site');

/** The site's `markdown.parseFrontMatter` as the plugin leaves it, with default options. */
const parseFrontMatter = wrapParseFrontMatter(DEFAULT_PARSE_FRONT_MATTER, {siteDir: SITE_DIR, folderTypes: DEFAULT_FOLDER_TYPES});

/**
 * The generated records as the docs plugin hands them to the plugin: front
 * matter as the hook returns it (the body reading under `__designDocBody`,
 * `type` and `title` added for a design doc by its folder and heading),
 * the title from the front matter, else the first heading.
 */
export async function loadDocs(generated) {
  const loaded = [];
  for (const {doc, location, markdown} of generated) {
    const {frontMatter, content} = await parseFrontMatter({
      filePath: path.join(SITE_DIR, location.file),
      fileContent: markdown,
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    const heading = /^#\s+(.+)$/m.exec(content)?.[1];
    const title = frontMatter.title ?? heading ?? doc.title;
    const tags = Array.isArray(frontMatter.tags) ? frontMatter.tags.map((label) => ({label, permalink: `/docs/tags/${label}`})) : [];
    loaded.push({doc: {...doc, title, frontMatter, tags}, location});
  }
  return loaded;
}

const loadedBySize = new Map();

/** `loadDocs(generateDocs(n))`, once per size in this process. */
export function loadedDocs(n) {
  if (!loadedBySize.has(n)) {
    loadedBySize.set(n, loadDocs(generateDocs(n)));
  }
  return loadedBySize.get(n);
}

/**
 * What the plugin's allContentLoaded computes, without writing it. With a
 * `federation` (federationOf's result, section 6), other sites' records
 * join the model and the portal lists them beside the local ones, as a
 * hub's build does.
 */
export function pluginWork(inputs, options = getDefaultOptions(), federation = null) {
  const vocabulary = createVocabulary(options);
  const model = buildDesignDocModel(inputs, vocabulary, {approvalGate: options.approvalGate, federated: federation?.input});
  if (federation) {
    model.problems = [...model.problems, ...federation.problems];
  }
  for (const doc of model.docs) {
    buildDesignDocPageData(doc, model, vocabulary);
  }
  buildSidebarBadges(model, vocabulary);
  const localSite = federation && {localSite: {name: options.federation.name, label: options.federation.label ?? 'Hub'}};
  const {routes} = assemblePortal({model, vocabulary, options, today: TODAY, ...localSite}, {baseUrl: '/', routeBasePath: 'architecture'});
  return {model, routes};
}

/** The build's day, fixed so that every run computes the same pages. */
export const TODAY = '2026-11-25';

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

const BODY_READING_KEY = '__designDocBody';

/**
 * The same docs with each template body's data written as YAML front matter
 * instead (what a team had to do before the body reader): the baseline the
 * body form is measured against in the same run.
 */
export function asFrontMatter(inputs) {
  const {model} = pluginWork(inputs);
  const byKey = new Map(model.docs.map((doc) => [`${doc.pluginId}/${doc.versionName}/${doc.docId}`, doc]));
  return inputs.map((input) => {
    if (!(BODY_READING_KEY in input.doc.frontMatter)) {
      return input;
    }
    const doc = byKey.get(`${input.location.pluginId}/${input.location.versionName}/${input.doc.id}`);
    const {[BODY_READING_KEY]: _reading, ...frontMatter} = input.doc.frontMatter;
    const strip = (entries) => entries.map(({anchor: _anchor, extra: _extra, score: _score, ...entry}) => entry);
    return {
      ...input,
      doc: {
        ...input.doc,
        frontMatter: {
          ...frontMatter,
          status: doc.status,
          date: doc.date,
          authors: doc.people.authors,
          reviewers: doc.people.reviewers,
          requirements: strip(doc.requirements),
          decisions: strip(doc.decisions),
          risks: strip(doc.risks),
          'open-questions': doc.openQuestions,
          revisions: strip(doc.revisions),
          checklist: doc.checklist,
        },
      },
    };
  });
}

/** Medians of `fn` and `baseline`, measured in turns, so both see the same machine. */
function measurePair(fn, baseline, runs) {
  const a = [];
  const b = [];
  for (let i = 0; i < 3; i += 1) {
    a.push(measure(fn, runs));
    b.push(measure(baseline, runs));
  }
  return {ms: median(a), baselineMs: median(b)};
}

export async function benchPluginWork({sizes, runs}) {
  const results = [];
  for (const n of sizes) {
    const inputs = await loadedDocs(n);
    const frontMatterInputs = asFrontMatter(inputs);
    const {ms, baselineMs} = measurePair(() => pluginWork(inputs), () => pluginWork(frontMatterInputs), runs);
    const {model, routes} = pluginWork(inputs);
    const bytes = Object.fromEntries(routes.map((r) => [r.path, Buffer.byteLength(JSON.stringify(r.data))]));
    const counts = {
      docs: model.docs.length,
      requirements: model.docs.reduce((sum, doc) => sum + doc.requirements.length, 0),
      decisions: model.docs.reduce((sum, doc) => sum + doc.decisions.length, 0),
      risks: model.docs.reduce((sum, doc) => sum + doc.risks.length, 0),
      problems: model.problems.length,
    };
    results.push({n, ms, baselineMs, bytes, counts});
  }
  // 4: a status change at the smallest size re-runs the same pipeline on
  // the changed content, which is what a dev-mode reload does.
  const n = sizes[0];
  const inputs = await loadedDocs(n);
  const changed = inputs.map((input, i) => (i === 0 ? {...input, doc: {...input.doc, frontMatter: {...input.doc.frontMatter, status: 'deprecated'}}} : input));
  const reaggregateMs = measure(() => pluginWork(changed), runs);
  return {results, reaggregate: {n, ms: reaggregateMs}};
}

/**
 * 1c: one doc that every other doc relates to. The model merges each
 * relation into the hub's list; this stays linear only if that merge is
 * constant-time (it searched the list: 3.1 s at 10,000 docs, 58 s at 40,000).
 */
export async function benchHubDoc({sizes, runs}) {
  const results = [];
  for (const n of sizes) {
    const inputs = await loadDocs(generateHubDocs(n));
    const ms = measure(() => pluginWork(inputs), runs);
    const {model} = pluginWork(inputs);
    const hub = model.relations.get(model.docs[0].key) ?? [];
    results.push({n, ms, hubRelations: hub.length, problems: model.problems.length});
  }
  return results;
}

// Benchmark 1b: reading Markdown bodies, where the front-matter hook does it.
// The site's `markdown.parseFrontMatter` (wrapped by the plugin) reads the
// body of every design doc while the docs plugin loads its content, before
// any of the in-process work of benchmark 1; the webpack loader that blanks
// restated header lines reads each one again, through the content-hash cache.
import {createRequire} from 'node:module';
import {generateDocs} from './generateDocs.mjs';
import {median} from './pluginWork.mjs';

const require = createRequire(import.meta.url);
const libPath = (p) => require.resolve(`../../lib/plugin/${p}`);
const {readBody} = require(libPath('formats/readBody.js'));
const {loadMarkdownParser} = require(libPath('formats/markdown.js'));
const {maskFrontMatter} = require(libPath('formats/sourceFile.js'));

const elapsedMs = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/**
 * `readBodyCached` with a cache of its own: the module is evaluated again,
 * so its content-hash map starts empty (the front-matter hook's instance,
 * filled by benchmark 1's loading, is not touched).
 */
function freshReadBodyCached() {
  const file = libPath('formats/bodyCache.js');
  const saved = require.cache[file];
  delete require.cache[file];
  try {
    return require(file).readBodyCached;
  } finally {
    require.cache[file] = saved;
  }
}

/**
 * For each size: `readBody` (uncached: the parse and the read) over every
 * generated file, median of `runs` passes after a warm-up, split design docs
 * (template bodies) against ADRs and RFCs (front matter and a short body),
 * and the remark parse alone in the same passes; then `readBodyCached` on
 * an empty cache, one pass (hash, read, store: what the front-matter hook
 * pays), and again on the filled cache (hash, hit: what the webpack loader
 * pays), median of `runs` passes.
 */
export async function benchBodyReading({sizes, runs, log = () => {}}) {
  const parser = await loadMarkdownParser();
  const results = [];
  for (const n of sizes) {
    const generated = generateDocs(n);
    const groups = {
      template: generated.filter((g) => g.fields.type === 'design-doc').map((g) => g.markdown),
      frontMatter: generated.filter((g) => g.fields.type !== 'design-doc').map((g) => g.markdown),
    };
    const all = generated.map((g) => g.markdown);
    const readAll = (files) => () => {
      for (const source of files) {
        readBody(source, parser);
      }
    };
    // Warm-up on a few hundred files of each kind: enough for the JIT.
    readAll([...groups.template.slice(0, 300), ...groups.frontMatter.slice(0, 300)])();
    const parseAll = () => {
      for (const source of all) {
        parser.parse(maskFrontMatter(source));
      }
    };
    const samples = {template: [], frontMatter: [], all: [], parse: [], second: []};
    for (let run = 0; run < runs; run += 1) {
      samples.template.push(elapsedMs(readAll(groups.template)));
      samples.frontMatter.push(elapsedMs(readAll(groups.frontMatter)));
      samples.all.push(samples.template[run] + samples.frontMatter[run]);
      samples.parse.push(elapsedMs(parseAll));
      log(`  ${n} docs, pass ${run + 1}: readBody ${samples.all[run].toFixed(0)} ms, the parse alone ${samples.parse[run].toFixed(0)} ms`);
    }
    const readBodyCached = freshReadBodyCached();
    const firstMs = elapsedMs(() => all.forEach((source) => readBodyCached(source, parser)));
    for (let run = 0; run < runs; run += 1) {
      samples.second.push(elapsedMs(() => all.forEach((source) => readBodyCached(source, parser))));
    }
    const figure = (ms, count) => ({ms, count, usPerDoc: (ms * 1000) / count});
    const bytes = (files) => files.reduce((sum, source) => sum + Buffer.byteLength(source), 0) / files.length;
    results.push({
      n,
      runs,
      template: {...figure(median(samples.template), groups.template.length), bytes: bytes(groups.template)},
      frontMatter: {...figure(median(samples.frontMatter), groups.frontMatter.length), bytes: bytes(groups.frontMatter)},
      all: figure(median(samples.all), n),
      parse: figure(median(samples.parse), n),
      cachedFirst: figure(firstMs, n),
      cachedSecond: figure(median(samples.second), n),
    });
  }
  return results;
}

// The plugin's folders as the pipeline they form, bottom first. A module
// may import from its own folder or any layer below, never from a
// neighbour in its layer or from a layer above: the types (options, model,
// output, props; the files of one folder may import each other), then docs
// content -> formats -> vocabulary -> normalize -> model -> review (readiness) -> validate ->
// views -> routes -> outputs, the build's own readers (collectDocs, git
// history, the federation source reader) and the entry points on top. `npm test` runs
// this (test/unit/layers.test.ts); `node scripts/layers.mjs` prints what it
// finds.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const PLUGIN_LAYERS = [
  ['types'],
  ['defaults.ts'],
  ['formats'],
  ['vocabulary'],
  ['normalize'],
  ['model'],
  ['review'],
  ['validate'],
  ['views'],
  ['routes'],
  ['outputs'],
  ['options.ts', 'collectDocs.ts', 'git', 'federation', 'swizzle.ts', 'sidebar', 'remark', 'webpack'],
  ['cli'],
  ['index.ts'],
];

// `import x from './a'`, `export {x} from './a'`, `import('./a')`, `require('./a')`,
// over several lines; only relative specifiers, which are the plugin's own.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;

function sourceFiles(dir) {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(full);
    }
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The first path segment under `root`: a folder, or a file at the top. */
function unitOf(root, file) {
  return path.relative(root, file).split(path.sep)[0];
}

function withoutSourceExtension(name) {
  return name.replace(/\.(js|ts|tsx)$/, '');
}

/** Every relative import in `root` that leaves its file's folder, as `{file, line, specifier, from, to}`. */
export function importsBetweenUnits(root) {
  const imports = [];
  for (const file of sourceFiles(root)) {
    const from = withoutSourceExtension(unitOf(root, file));
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(SPECIFIER)) {
      const target = path.resolve(path.dirname(file), match[2]);
      if (!target.startsWith(root + path.sep)) {
        continue;
      }
      const to = withoutSourceExtension(unitOf(root, target));
      if (to !== from) {
        const line = source.slice(0, match.index + match[0].length).split('\n').length;
        imports.push({file: path.relative(root, file), line, specifier: match[2], from, to});
      }
    }
  }
  return imports;
}

/**
 * Every import in `root` that points to a higher layer or a neighbour in
 * its own, or to a file or folder no layer names, each with its reason.
 */
export function findLayerViolations(root, layers = PLUGIN_LAYERS) {
  const rank = new Map();
  layers.forEach((units, index) => {
    for (const unit of units) {
      rank.set(withoutSourceExtension(unit), index);
    }
  });
  const violations = [];
  for (const place of importsBetweenUnits(root)) {
    const {from, to} = place;
    const fromRank = rank.get(from);
    const toRank = rank.get(to);
    if (fromRank === undefined || toRank === undefined) {
      violations.push({...place, reason: `${fromRank === undefined ? from : to} is in no layer`});
    } else if (toRank > fromRank) {
      violations.push({...place, reason: `${from} (layer ${fromRank}) imports ${to} (layer ${toRank}), above it`});
    } else if (toRank === fromRank) {
      // Neighbours in a layer stay independent, so no two of them can form a cycle.
      violations.push({...place, reason: `${from} and ${to} share layer ${fromRank}; one of them belongs in a lower layer`});
    }
  }
  return violations;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../plugin');
  const violations = findLayerViolations(root);
  for (const v of violations) {
    console.log(`plugin/${v.file}:${v.line}: ${v.specifier}: ${v.reason}`);
  }
  process.exitCode = violations.length === 0 ? 0 : 1;
}

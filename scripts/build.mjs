// Compiles the package: the Node side (the main entry index.ts, plugin/) as
// CommonJS, and the client side (client/, theme/) as ES modules for the
// site's bundler, then copies the theme's CSS modules next to the compiled
// components.
import {execFileSync} from 'node:child_process';
import {cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

rmSync(path.join(root, 'lib'), {recursive: true, force: true});
// Client first: its type-only imports of plugin/types/ emit stubs that the
// CommonJS build then overwrites.
for (const project of ['tsconfig.theme.json', 'tsconfig.plugin.json']) {
  execFileSync(process.execPath, [tsc, '-p', project], {cwd: root, stdio: 'inherit'});
}

function copyCss(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      copyCss(full);
    } else if (entry.endsWith('.css')) {
      cpSync(full, path.join(root, 'lib', path.relative(root, full)));
    }
  }
}
copyCss(path.join(root, 'theme'));
// The placeholder the components' stylesheet URL is imported from
// (client/componentStylesheet.ts): a JavaScript module, `null`, except in a
// production client build, where the plugin's webpack rules make it the
// stylesheet itself.
cpSync(path.join(root, 'client', 'componentStylesheet.href'), path.join(root, 'lib', 'client', 'componentStylesheet.href'));

// The client helpers and the theme are ES modules: say so to Node, to
// webpack (which reads a `.js` file of a CommonJS package as CommonJS, and
// fails on the theme's plain modules such as Requirements/labels.js) and to
// tools that read the package (publint, arethetypeswrong), without making
// the whole package ESM. The client helpers have no side effects either: a
// site's bundler then takes from client/index.js only the modules whose
// exports a page uses (the doc-page wrapper's useDesignDoc without the
// status catalog). The theme imports its CSS, so it keeps its side effects.
writeFileSync(path.join(root, 'lib', 'client', 'package.json'), '{\n  "type": "module",\n  "sideEffects": false\n}\n');
writeFileSync(path.join(root, 'lib', 'theme', 'package.json'), '{\n  "type": "module"\n}\n');

// The package's main entry, lib/index.js and lib/index.d.ts, is compiled
// from index.ts with the plugin. Its declaration also leads to the
// `@theme/*` modules of design-docs.d.ts, so that a site that imports the
// package's types, or names the package in its tsconfig `types`, has them.
// The reference cannot be in index.ts: design-docs.d.ts imports the client
// helpers' types, which would bring client/ into the CommonJS build.
const entryDeclaration = path.join(root, 'lib', 'index.d.ts');
writeFileSync(entryDeclaration, `/// <reference path="../design-docs.d.ts" />\n${readFileSync(entryDeclaration, 'utf8')}`);

// The validator of other sites' exports (federation), generated now as
// ajv's standalone code from the schema the package ships: a federated
// build then loads it in a few milliseconds instead of requiring ajv and
// compiling the schema (plugin/federation/exportSchema.ts).
{
  const require = createRequire(import.meta.url);
  const {readerSchema, VALIDATOR_OPTIONS, GENERATED_VALIDATOR} = require(path.join(root, 'lib', 'plugin', 'federation', 'exportSchema.js'));
  const {default: Ajv} = require('ajv');
  const {default: standaloneCode} = require('ajv/dist/standalone');
  const ajv = new Ajv({...VALIDATOR_OPTIONS, code: {source: true}});
  writeFileSync(path.join(root, 'lib', 'plugin', 'federation', GENERATED_VALIDATOR), standaloneCode(ajv, ajv.compile(readerSchema())));
}

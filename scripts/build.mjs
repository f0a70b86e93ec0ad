// Compiles the package: the Node side (plugin/) as CommonJS, and the
// client side (client/, theme/) as ES modules for the site's bundler, then
// copies the theme's CSS modules next to the compiled components.
import {execFileSync} from 'node:child_process';
import {cpSync, readdirSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

rmSync(path.join(root, 'lib'), {recursive: true, force: true});
// Client first: its type-only imports of plugin/types emit stubs that the
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

// Rebuilds the export the example portal federates: the Acme Payments site
// in example-site/federation/acme-payments, built with this checkout's
// plugin, its design-docs.json copied to example-site/federation/. The
// portal reads the committed copy, so `npm start` needs no second build;
// run this after changing the peer's records or the export's shape:
//   node scripts/build.mjs && node scripts/example-peer-export.mjs
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.join(repoRoot, 'example-site/federation/acme-payments');
const outDir = mkdtempSync(path.join(os.tmpdir(), 'acme-payments-'));
const built = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', siteDir, '--out-dir', outDir], {stdio: 'inherit'});
if (built.status !== 0) {
  process.exit(built.status ?? 1);
}
copyFileSync(path.join(outDir, 'design-docs.json'), path.join(repoRoot, 'example-site/federation/acme-payments.design-docs.json'));
rmSync(outDir, {recursive: true, force: true});
rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});

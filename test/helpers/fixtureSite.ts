import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {repoRoot} from './docusaurus';
import {makeTempDir} from './tempDirs';

/**
 * A generated fixture site in a temporary folder that resolves this
 * checkout's packages: its docs (path under `docs/` to content), a home
 * page, an empty favicon (browsers ask for one on their own; a 404 would
 * be a console error) and `docusaurus.config.js` as given.
 */
export function writeFixtureSite(name: string, {docs, home, config}: {docs: Record<string, string>; home: string; config: string}): string {
  const siteDir = path.join(makeTempDir(name), 'site');
  for (const [file, content] of Object.entries({...docs, 'index.md': home})) {
    const full = path.join(siteDir, 'docs', file);
    mkdirSync(path.dirname(full), {recursive: true});
    writeFileSync(full, content);
  }
  writeFileSync(path.join(siteDir, 'package.json'), `{"name": "${name}-fixture", "private": true}\n`);
  mkdirSync(path.join(siteDir, 'static'), {recursive: true});
  writeFileSync(path.join(siteDir, 'static/favicon.ico'), '');
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
  writeFileSync(path.join(siteDir, 'docusaurus.config.js'), config);
  return siteDir;
}

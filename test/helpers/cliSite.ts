import {spawnSync} from 'node:child_process';
import {cpSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {repoRoot} from './docusaurus';
import {makeTempDir} from './tempDirs';

/**
 * The CLI tests' site: a throwaway copy of the formats fixture (records as
 * adr-tools, MADR and the seed's template write them), resolving packages
 * from this checkout, and a way to run `docusaurus` commands in it.
 */

export const formatsFixture = path.join(repoRoot, 'test/__fixtures__/formats-site');
const docusaurusBin = path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

/** A copy of the formats fixture without its realworld instance (issue 13's patterns, linted in a test of its own). */
export function copyFormatsSite(): string {
  const site = path.join(makeTempDir('cli'), 'site');
  cpSync(formatsFixture, site, {recursive: true, filter: (source) => !/\.docusaurus|[\\/]build$/.test(source)});
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(site, 'node_modules'), 'dir');
  writeFileSync(path.join(site, 'package.json'), '{"name": "cli-fixture", "private": true}\n');
  const config = path.join(site, 'docusaurus.config.js');
  const withoutRealworld = readFileSync(config, 'utf8').replace("    instance('realworld'),\n", '');
  writeFileSync(config, withoutRealworld.replace("path.resolve(__dirname, '../../..')", JSON.stringify(repoRoot)));
  rmSync(path.join(site, 'realworld'), {recursive: true, force: true});
  return site;
}

/** Runs `docusaurus <args>` in `site`, without colors. */
export function runCli(site: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [docusaurusBin, ...args], {cwd: site, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}});
  return {code: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout, stderr: result.stderr};
}

import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readPage, repoRoot, text} from '../helpers/docusaurus';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function write(file: string, content: string) {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, content);
}

/**
 * The path a new user takes: the packed tarball, installed into a brand-new
 * site outside this checkout, enabled with one config line.
 */
describe('the npm package', () => {
  it('installs from its tarball into a fresh site and builds with one config line', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'design-docs-pack-'));
    // lib/ is compiled by `pretest`; packing must not rebuild it under the
    // other tests' feet.
    const packed = execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', work, '--json'], {cwd: repoRoot, encoding: 'utf8'});
    const tarball = path.join(work, (JSON.parse(packed) as {filename: string}[])[0]!.filename);

    const site = path.join(work, 'site');
    write(
      path.join(site, 'package.json'),
      JSON.stringify({
        name: 'fresh-site',
        private: true,
        dependencies: {
          '@docusaurus/core': '3.10.2',
          '@docusaurus/preset-classic': '3.10.2',
          react: '^19.0.0',
          'react-dom': '^19.0.0',
          'docusaurus-plugin-design-docs': `file:${tarball}`,
        },
      }),
    );
    write(
      path.join(site, 'docusaurus.config.js'),
      `module.exports = {
  title: 'Fresh', url: 'https://example.com', baseUrl: '/',
  presets: [['classic', {docs: {routeBasePath: '/'}, blog: false, pages: false}]],
  plugins: ['docusaurus-plugin-design-docs'],
};
`,
    );
    write(path.join(site, 'docs/index.md'), '---\nslug: /\n---\n\n# Home\n\n<StatusBadge status="accepted" />\n');
    write(path.join(site, 'docs/adr/0001-old.md'), '---\ntype: adr\nstatus: superseded by ADR-0002\n---\n\n# Old way\n');
    write(path.join(site, 'docs/adr/0002-new.md'), '---\ntype: adr\nstatus: accepted\n---\n\n# New way\n');

    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: site, stdio: 'pipe'});
    execFileSync(process.execPath, [path.join(site, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
      cwd: site,
      stdio: 'pipe',
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    });

    const old = readPage(path.join(site, 'build'), '/adr/old');
    expect(text(old('.design-doc-header .design-doc-status-badge'))).toBe('Superseded');
    expect(text(old('.design-doc-banner a'))).toBe('ADR-0002: New way');
    expect(text(readPage(path.join(site, 'build'), '/')('article .design-doc-status-badge'))).toBe('Accepted');
  }, 600_000);
});

import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DOCUSAURUS_SITE_LOADERS} from '../../plugin/cli/loadModel';

// The CLI loads a site's content with two modules of @docusaurus/core that
// the package does not export (plugin/cli/loadModel.ts says why). This pins
// them: an upgrade that moves or renames them fails here, by name, instead
// of in a user's `design-docs:lint`.
const requireFromPlugin = createRequire(path.resolve(__dirname, '../../plugin/cli/loadModel.ts'));

describe('the private Docusaurus modules the CLI loads sites with', () => {
  it.each(Object.entries(DOCUSAURUS_SITE_LOADERS))('%s exports its function', (modulePath, exported) => {
    const loaded = requireFromPlugin(modulePath) as Record<string, unknown>;
    expect(typeof loaded[exported], `${modulePath} no longer exports ${exported}`).toBe('function');
  });

  it('are reachable: @docusaurus/core has no exports map that would hide them', () => {
    const manifest = requireFromPlugin('@docusaurus/core/package.json') as {exports?: unknown; version: string};
    expect(manifest.exports).toBeUndefined();
    expect(manifest.version).toMatch(/^3\./);
  });

  it('are still not among the commands @docusaurus/core exports (if they become public, use those instead)', () => {
    // The package has no `main`; its commands (build, start, writeTranslations, ...) are lib/index.
    const publicApi = requireFromPlugin('@docusaurus/core/lib/index.js') as Record<string, unknown>;
    expect(typeof publicApi.build).toBe('function');
    for (const exported of Object.values(DOCUSAURUS_SITE_LOADERS)) {
      expect(publicApi[exported]).toBeUndefined();
    }
  });
});

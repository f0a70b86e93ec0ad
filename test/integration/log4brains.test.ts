import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildSite, readPage, repoRoot, text, type BuildResult} from '../helpers/docusaurus';
import type {DesignDocsJson} from '../../plugin/types/output';

// docs/adr exactly as `log4brains init` leaves it, in a site with
// Docusaurus' defaults: a broken image or link fails the build.
const siteDir = path.join(repoRoot, 'test/__fixtures__/log4brains-site');
let build: BuildResult;

beforeAll(async () => {
  build = await buildSite(siteDir);
});

describe('a log4brains folder as `log4brains init` leaves it', () => {
  it('builds unchanged', () => {
    expect(build.output).not.toMatch(/couldn't be resolved to an existing local image file/);
    expect(build.output).not.toMatch(/broken links/i);
    expect(build.code, build.output).toBe(0);
  });

  it('publishes its two first records, and nothing else, as ADRs without problems', () => {
    const json = JSON.parse(readFileSync(path.join(build.outDir, 'design-docs.json'), 'utf8')) as DesignDocsJson;
    expect(json.problems).toEqual([]);
    expect(json.docs.map((d) => [path.basename(d.file), d.title, d.status, d.date, d.tags.map((t) => t.label)])).toEqual([
      ['20240314-use-log4brains-to-manage-the-adrs.md', 'Use Log4brains to manage the ADRs', 'accepted', '2024-03-13', ['dev-tools', 'doc']],
      ['20240314-use-markdown-architectural-decision-records.md', 'Use Markdown Architectural Decision Records', 'accepted', '2024-03-13', ['doc']],
    ]);
  });

  it("shows log4brains' home page without the picture only log4brains has, and the rest of it as written", () => {
    const $ = readPage(build.outDir, '/docs/adr/');
    expect(text($('article h1'))).toBe('Architecture knowledge base');
    expect(text($('article'))).toContain('The typical workflow of an ADR is the following: The decision process is entirely collaborative');
    expect($('article img')).toHaveLength(0);
    expect($.html()).not.toContain('l4b-static');
  });

  it("shows log4brains' template with its placeholder record as text, not as a broken link", () => {
    const $ = readPage(build.outDir, '/docs/adr/template');
    expect(text($('.markdown li').first())).toBe('Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by xxx]');
    expect($('.markdown a[href*="yyyymmdd"]')).toHaveLength(0);
  });
});

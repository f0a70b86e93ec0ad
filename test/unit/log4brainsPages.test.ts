import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_FOLDER_TYPES} from '../../plugin/defaults';
import {loadMarkdownParser} from '../../plugin/formats/markdown';
import {isLog4brainsOwnPage, leaveOutLog4brainsReferences} from '../../plugin/formats/log4brainsPages';
import {repoRoot} from '../helpers/docusaurus';
import {makeTempDir} from '../helpers/tempDirs';

/** The home page and template `log4brains init` writes, as it writes them. */
const initFile = (name: string) => readFileSync(path.join(repoRoot, 'test/__fixtures__/log4brains-site/docs/adr', name), 'utf8');
const homePage = initFile('index.md');
const template = initFile('template.md');
const settings = {siteDir: '/site', folderTypes: DEFAULT_FOLDER_TYPES};

/** Each line the change touched: its number, before and after. */
function changedLines(before: string, after: string) {
  const [was, is] = [before.split('\n'), after.split('\n')];
  expect(is).toHaveLength(was.length);
  return was.flatMap((line, i) => (line === is[i] ? [] : [[i + 1, line, is[i]]]));
}

describe("log4brains' own pages", () => {
  it('are the home page and the template of a record folder, and no other page', () => {
    expect(isLog4brainsOwnPage('/site/docs/adr/index.md', settings)).toBe(true);
    expect(isLog4brainsOwnPage('/site/docs/adr/template.md', settings)).toBe(true);
    expect(isLog4brainsOwnPage('/site/docs/decisions/INDEX.mdx', settings)).toBe(true);
    expect(isLog4brainsOwnPage('/site/docs/guides/index.md', settings)).toBe(false);
    expect(isLog4brainsOwnPage('/site/docs/adr/20240314-use-log4brains-to-manage-the-adrs.md', settings)).toBe(false);
    expect(isLog4brainsOwnPage('/site/docs/adr/README.md', settings)).toBe(false);
  });

  it('leave out the workflow image that exists only inside log4brains, and nothing else, keeping every line where it was', async () => {
    const parser = await loadMarkdownParser();
    expect(changedLines(homePage, leaveOutLog4brainsReferences(homePage, parser, []))).toEqual([
      [28, '![ADR workflow](/l4b-static/adr-workflow.png)', ''],
    ]);
  });

  it("show the template's link to its placeholder record as text, and leave its comments alone", async () => {
    const parser = await loadMarkdownParser();
    expect(changedLines(template, leaveOutLog4brainsReferences(template, parser, []))).toEqual([
      [
        3,
        '- Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by [xxx](yyyymmdd-xxx.md)] <!-- optional -->',
        '- Status: [draft | proposed | rejected | accepted | deprecated | … | superseded by xxx] <!-- optional -->',
      ],
    ]);
    expect(template).toContain('<!-- example: Refined by [xxx](yyyymmdd-xxx.md) -->');
  });

  it('keep such an image when the site serves the file itself, and every other image and link', async () => {
    const parser = await loadMarkdownParser();
    const staticDir = makeTempDir('static');
    mkdirSync(path.join(staticDir, 'l4b-static'));
    writeFileSync(path.join(staticDir, 'l4b-static/adr-workflow.png'), '');
    expect(leaveOutLog4brainsReferences(homePage, parser, [staticDir])).toBe(homePage);

    const mixed = [
      '# Home',
      '',
      'See ![the flow](/l4b-static/flow.png "Flow") and ![ours](/img/ours.png), then [the first](20240314-first.md) or [a\nlater one](yyyymmdd-later.md).',
      '',
      '```md',
      '![in code](/l4b-static/x.png) [in code](yyyymmdd-xxx.md)',
      '```',
      '',
    ].join('\n');
    expect(leaveOutLog4brainsReferences(mixed, parser, [staticDir])).toBe(
      mixed.replace('![the flow](/l4b-static/flow.png "Flow")', '').replace('[a\nlater one](yyyymmdd-later.md)', 'a\nlater one'),
    );
  });
});

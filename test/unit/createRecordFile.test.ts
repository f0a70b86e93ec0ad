import {existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createRecordFile} from '../../plugin/cli/createRecordFile';
import {resolveRecordFolder} from '../../plugin/cli/recordFolder';
import type {SiteDocsVersion} from '../../plugin/cli/siteDocs';
import {makeTempDir} from '../helpers/tempDirs';

const folders: string[] = [];
const tempFolder = () => {
  folders.push(makeTempDir('create'));
  return folders.at(-1)!;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, {recursive: true, force: true})));

/** Creates `000N-use-redis.md` in `folder`, as `design-docs:new` does. */
function create(folder: string, knownFiles: string[] = []) {
  return createRecordFile({
    folder,
    firstNumber: 5,
    startedAt: Date.now(),
    knownFiles: new Set(knownFiles.map((name) => path.join(folder, name))),
    candidate: async (number) => ({fileName: `${String(number).padStart(4, '0')}-use-redis.md`, content: `# ${number}. Use Redis\n`}),
    sameDocId: (a, b) => a.replace(/^\d+-/, '') === b.replace(/^\d+-/, ''),
  });
}

describe('design-docs:new creates its file', () => {
  it('past a rival run\'s file with its number, and never over a file', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, '0005-other-run.md'), '# 5. Other run\n');
    const result = await create(folder);
    expect(result).toEqual({created: {file: path.join(folder, '0006-use-redis.md'), number: 6, content: '# 6. Use Redis\n'}});
    expect(readdirSync(folder).sort()).toEqual(['0005-other-run.md', '0006-use-redis.md']);
  });

  it('past an older file in its way that is no doc, which it leaves as it was', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, '0005-use-redis.md'), 'left over');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(path.join(folder, '0005-use-redis.md'), anHourAgo, anHourAgo);
    const result = await create(folder);
    expect(result).toMatchObject({created: {number: 6}});
    expect(readdirSync(folder).sort()).toEqual(['0005-use-redis.md', '0006-use-redis.md']);
  });

  it('not at all when a file created meanwhile would have its doc id, and leaves none of its own', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, '0004-use-redis.md'), '# 4. Use Redis\n');
    expect(await create(folder)).toEqual({taken: path.join(folder, '0004-use-redis.md')});
    expect(readdirSync(folder)).toEqual(['0004-use-redis.md']);
  });

  it('beside the docs the site had, whatever their names', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, '0005-notes.md'), '# Notes\n');
    expect(await create(folder, ['0005-notes.md'])).toMatchObject({created: {number: 5}});
  });
});

describe('the folder of a new record', () => {
  it('may not lead out of the site through a symbolic link', () => {
    const site = tempFolder();
    const elsewhere = tempFolder();
    mkdirSync(path.join(site, 'docs'));
    symlinkSync(elsewhere, path.join(site, 'docs/adr'), 'dir');
    const versions: SiteDocsVersion[] = [{pluginId: 'default', versionName: 'current', contentPath: path.join(site, 'docs'), path: '/docs', docs: []}];
    expect(resolveRecordFolder(site, 'docs/adr', versions)).toEqual({problem: 'outside-site'});
    expect(resolveRecordFolder(site, 'docs/decisions', versions)).toMatchObject({folder: 'docs/decisions', sourceDirName: 'decisions'});
    expect(resolveRecordFolder(site, 'notes', versions)).toEqual({problem: 'not-in-docs', docsFolders: ['docs']});
    expect(existsSync(path.join(site, 'docs/decisions'))).toBe(false);
  });
});

import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {describe, expect, it} from 'vitest';
import {wrapParseFrontMatter} from '../../plugin/formats/frontMatterHook';
import {DEFAULT_FOLDER_TYPES} from '../../plugin/defaults';
import {readRecordFile} from '../../plugin/cli/readRecordFile';
import {writeStatusEdit} from '../../plugin/cli/writeStatusEdit';
import type {StatusEdit} from '../../plugin/cli/editRecord';
import {vocabulary} from '../helpers/model';
import {makeTempDir} from '../helpers/tempDirs';

/** A site folder of its own, with `files` written under it. */
function siteWith(files: Record<string, string | Buffer>): string {
  const siteDir = path.join(makeTempDir('write'), 'site');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
    writeFileSync(path.join(siteDir, file), content);
  }
  return siteDir;
}

/** `design-docs:status`'s write, reading the file the way the site's build does. */
function write(siteDir: string, file: string, edit: StatusEdit) {
  const parseFrontMatter = wrapParseFrontMatter(DEFAULT_PARSE_FRONT_MATTER, {siteDir, folderTypes: DEFAULT_FOLDER_TYPES});
  return writeStatusEdit({siteDir, file, edit, vocabulary, read: (source) => readRecordFile({siteDir, file, source, parseFrontMatter, vocabulary})});
}

const record = '---\ntype: adr\nstatus: proposed\n---\n\n# Use X\n';

describe('writeStatusEdit', () => {
  it('refuses a record whose folder is a link out of the site, and leaves the file there as it was', async () => {
    const outside = makeTempDir('outside');
    writeFileSync(path.join(outside, '0001-use-x.md'), record);
    const siteDir = siteWith({});
    mkdirSync(path.join(siteDir, 'docs'), {recursive: true});
    symlinkSync(outside, path.join(siteDir, 'docs/adr'), 'dir');
    const result = await write(siteDir, 'docs/adr/0001-use-x.md', {status: 'accepted'});
    expect(result).toEqual({reason: expect.stringMatching(/^its path leads outside the site folder \(to .*0001-use-x\.md\); edit that file where it is$/)});
    expect(readFileSync(path.join(outside, '0001-use-x.md'), 'utf8')).toBe(record);
  });

  it('follows a link that stays inside the site, editing the file it points to', async () => {
    const siteDir = siteWith({'shared/0001-use-x.md': record});
    mkdirSync(path.join(siteDir, 'docs/adr'), {recursive: true});
    symlinkSync(path.join(siteDir, 'shared/0001-use-x.md'), path.join(siteDir, 'docs/adr/0001-use-x.md'));
    expect(await write(siteDir, 'docs/adr/0001-use-x.md', {status: 'accepted'})).toEqual({format: 'front-matter'});
    expect(readFileSync(path.join(siteDir, 'shared/0001-use-x.md'), 'utf8')).toBe(record.replace('proposed', 'accepted'));
  });

  it('adds a status line although every heading below it moves down a line', async () => {
    const noStatus = '---\ntype: adr\n---\n\n# Use X\n\n## Context\n\nA.\n\n## Consequences\n\nB.\n';
    const noFrontMatter = '# Use X\n\n## Context\n\nA.\n';
    const siteDir = siteWith({'docs/adr/0001-use-x.md': noStatus, 'docs/adr/0002-use-y.md': noFrontMatter});
    expect(await write(siteDir, 'docs/adr/0001-use-x.md', {status: 'accepted'})).toEqual({format: 'front-matter'});
    expect(readFileSync(path.join(siteDir, 'docs/adr/0001-use-x.md'), 'utf8')).toBe(noStatus.replace('type: adr\n', 'type: adr\nstatus: accepted\n'));
    expect(await write(siteDir, 'docs/adr/0002-use-y.md', {status: 'accepted'})).toEqual({format: 'inserted-front-matter'});
    expect(readFileSync(path.join(siteDir, 'docs/adr/0002-use-y.md'), 'utf8')).toBe(`---\nstatus: accepted\n---\n\n${noFrontMatter}`);
  });

  it('refuses a file that is not UTF-8 rather than write it back changed', async () => {
    const latin1 = Buffer.from('---\ntype: adr\nstatus: proposed\nauthors: [Jos\xe9]\n---\n\n# Use X\n', 'latin1');
    const siteDir = siteWith({'docs/adr/0001-use-x.md': latin1});
    expect(await write(siteDir, 'docs/adr/0001-use-x.md', {status: 'accepted'})).toEqual({reason: 'it is not UTF-8 text; save it as UTF-8 and run the command again'});
    expect(readFileSync(path.join(siteDir, 'docs/adr/0001-use-x.md')).equals(latin1)).toBe(true);
  });

  it('puts every original byte back, BOM and CRLF included, when the file reads back with more changed than the status', async () => {
    const anchored = '\uFEFF---\r\ntype: adr\r\nstatus: &now proposed\r\nreview-status: *now\r\n---\r\n\r\n# Use X\r\n';
    const siteDir = siteWith({'docs/adr/0001-use-x.md': anchored});
    expect(await write(siteDir, 'docs/adr/0001-use-x.md', {status: 'accepted'})).toEqual({
      reason: 'the edit would also change extra.review-status; edit it by hand, or report this',
    });
    expect(readFileSync(path.join(siteDir, 'docs/adr/0001-use-x.md'), 'utf8')).toBe(anchored);
  });

  it('refuses a status that is a list, or comes from a merged map, instead of adding a second key', async () => {
    const listed = '---\ntype: adr\nstatus:\n  - proposed\n---\n\n# Use X\n';
    const merged = '---\nbase: &base\n  status: proposed\ntype: adr\n<<: *base\n---\n\n# Use X\n';
    const siteDir = siteWith({'docs/adr/0001-listed.md': listed, 'docs/adr/0002-merged.md': merged});
    expect(await write(siteDir, 'docs/adr/0001-listed.md', {status: 'accepted'})).toEqual({reason: 'its "status" is a list, not one value; edit it by hand'});
    expect(await write(siteDir, 'docs/adr/0002-merged.md', {status: 'accepted'})).toEqual({
      reason: 'its front matter\'s "status" is not written as a line of its own; edit it by hand',
    });
    expect(readFileSync(path.join(siteDir, 'docs/adr/0001-listed.md'), 'utf8')).toBe(listed);
    expect(readFileSync(path.join(siteDir, 'docs/adr/0002-merged.md'), 'utf8')).toBe(merged);
  });

  it('moves a record off a status that named its successor, but never replaces that successor with another', async () => {
    const source = '---\ntype: adr\nstatus: superseded by ADR-0003\n---\n\n# Use X\n';
    const siteDir = siteWith({'docs/adr/0001-use-x.md': source, 'docs/adr/0002-other.md': source});
    const successor = {reference: 'ADR-0009', title: 'Use Y', number: 9, fileName: '0009-use-y.md'};
    expect(await write(siteDir, 'docs/adr/0001-use-x.md', {status: 'superseded', supersededBy: successor})).toEqual({
      reason: 'the edit would drop its relation superseded-by ADR-0003; edit it by hand, or report this',
    });
    expect(readFileSync(path.join(siteDir, 'docs/adr/0001-use-x.md'), 'utf8')).toBe(source);
    expect(await write(siteDir, 'docs/adr/0002-other.md', {status: 'accepted'})).toEqual({format: 'front-matter'});
    expect(readFileSync(path.join(siteDir, 'docs/adr/0002-other.md'), 'utf8')).toBe(source.replace('superseded by ADR-0003', 'accepted'));
  });
});

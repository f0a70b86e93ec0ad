import {describe, expect, it} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {restoreImpossibleDates} from '../../plugin/formats/impossibleDates';
import {parseFrontMatter, recordOf} from '../helpers/markdown';

// Front matter as Docusaurus itself parses it (gray-matter and js-yaml), so
// the rolled-over dates are the ones a site really gets.
async function parse(frontMatter: string) {
  const fileContent = `---\n${frontMatter}\n---\n\nBody.\n`;
  const parsed = await DEFAULT_PARSE_FRONT_MATTER({filePath: 'doc.md', fileContent});
  return restoreImpossibleDates(parsed.frontMatter, `---\n${frontMatter}\n---\n`);
}

describe('restoreImpossibleDates', () => {
  it('gives back what the author wrote when YAML rolled a day over', async () => {
    const fm = await parse('date: 2026-02-30\nreviewed: 2026-02-28');
    expect(fm.date).toBe('2026-02-30');
    expect(fm.reviewed).toBeInstanceOf(Date);
    expect((fm.reviewed as Date).toISOString().slice(0, 10)).toBe('2026-02-28');
  });

  it('finds dates inside lists of maps and flow lists', async () => {
    const fm = await parse('revisions:\n  - date: 2026-01-02\n    changes: a\n  - date: 2026-13-01\n    changes: b\ndates: [2026-04-31, 2026-05-01]');
    const revisions = fm.revisions as {date: unknown}[];
    expect(revisions[0]!.date).toBeInstanceOf(Date);
    expect(revisions[1]!.date).toBe('2026-13-01');
    expect((fm.dates as unknown[])[0]).toBe('2026-04-31');
    expect((fm.dates as unknown[])[1]).toBeInstanceOf(Date);
  });

  it('leaves front matter without impossible dates untouched', async () => {
    const fm = await parse('title: "On 2026-02-30"\ndate: 2026-02-27');
    expect(fm.title).toBe('On 2026-02-30');
    expect(fm.date).toBeInstanceOf(Date);
  });

  it('does not guess when a date hides inside a block string', async () => {
    const fm = await parse('notes: |\n  due: 2026-02-30\ndate: 2026-03-02');
    expect(fm.date).toBeInstanceOf(Date);
  });
});

describe('the build\'s front-matter hook', () => {
  it('reports an impossible date in a record saved with a BOM instead of publishing the rolled-over day', async () => {
    const fileContent = '\uFEFF---\r\ntype: adr\r\nstatus: accepted\r\ndate: 2026-02-30\r\n---\r\n\r\n# Use X\r\n';
    const {frontMatter} = await parseFrontMatter({filePath: '/site/docs/0001-use-x.md', fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
    expect(frontMatter.date).toBe('2026-02-30');
    const {record, problems} = await recordOf('docs/0001-use-x.md', fileContent);
    expect(record.date).toBeNull();
    expect(problems).toContainEqual(expect.objectContaining({field: 'date', message: '"2026-02-30" is not a date that exists'}));
  });
});

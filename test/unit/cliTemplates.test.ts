import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {renderTemplate} from '../../plugin/cli/templates';
import {recordOf} from '../helpers/markdown';
import {plainText} from '../../plugin/formats/markdown';

const seed = readFileSync(path.join(__dirname, '../__fixtures__/template/seed-template-with-checklist.md'), 'utf8');
const values = {title: 'Checkout Service', status: 'draft', date: '2026-12-01', reference: 'DD-0001', supersedes: null, author: 'Priya Raman'};

describe('design-docs:new design-doc', () => {
  it('writes the seed\'s template word for word, with only the header and first revision filled in', () => {
    const written = renderTemplate('design-doc', values);
    const differing = written.split('\n').filter((line, i) => line !== seed.split('\n')[i]);
    expect(differing).toEqual([
      '# System Design Document: Checkout Service',
      '**Author**: Priya Raman',
      '**Date**: 2026-12-01',
      '**Status**: Draft',
      '| 2026-12-01 | Priya Raman | Initial draft |',
    ]);
    expect(written.split('\n')).toHaveLength(seed.split('\n').length);
    expect(written).not.toMatch(/^---/);
  });

  it('reads back as a Draft design doc with the template\'s tables, decisions and checklist, and no YAML copy', async () => {
    const {record, problems} = await recordOf('docs/design/0001-checkout-service.md', renderTemplate('design-doc', values));
    expect(record).toMatchObject({type: 'design-doc', title: 'Checkout Service', status: 'draft', date: '2026-12-01', people: {authors: ['Priya Raman']}});
    expect([record.requirements.length, record.decisions.length, record.risks.length, record.revisions.length, record.checklist.length]).toEqual([6, 2, 4, 1, 13]);
    expect(record.checklist.every((item) => !item.done)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('says type: design-doc only outside a design folder, and leaves a placeholder when git has no author', async () => {
    const outside = renderTemplate('design-doc', {...values, author: null, frontMatter: true, supersedes: 'DD-0003'});
    expect(outside.startsWith('---\ntype: design-doc\n---\n\n# System Design Document: Checkout Service\n')).toBe(true);
    expect(outside).toContain('**Author**: [Your name]\n');
    expect(outside).toContain('**Supersedes**: DD-0003\n');
    const {record} = await recordOf('docs/specs/0001-checkout.md', outside);
    expect(record.people.authors).toEqual([]);
    expect(record.relations).toEqual([expect.objectContaining({kind: 'supersedes', target: 'DD-0003'})]);
  });
});

describe('design-docs:new in a site that compiles .md as MDX', () => {
  const title = 'Cache <Session> data in {Redis}';

  /** The first heading's text as MDX reads it; throws where MDX cannot compile the file. */
  async function mdxHeading(source: string): Promise<string> {
    const {compile, createProcessor} = await import('@mdx-js/mdx');
    const {default: remarkFrontmatter} = await import('remark-frontmatter');
    await compile(source, {remarkPlugins: [remarkFrontmatter]});
    const tree = createProcessor({remarkPlugins: [remarkFrontmatter]}).parse(source);
    const heading = tree.children.find((node) => node.type === 'heading');
    return heading ? plainText(heading) : '';
  }

  it('escapes the heading of every template, which MDX then compiles to the title as given', async () => {
    expect(await mdxHeading(renderTemplate('adr', {...values, title, mdx: true}))).toBe(title);
    expect(await mdxHeading(renderTemplate('rfc', {...values, title, mdx: true}))).toBe(title);
    const design = renderTemplate('design-doc', {...values, title, mdx: true});
    expect(await mdxHeading(design)).toBe(`System Design Document: ${title}`);
    // Docusaurus would list the heading's source, backslashes and all: the title is in front matter too.
    expect(design.startsWith(`---\ntitle: "${title}"\n---\n\n`)).toBe(true);
    const {record, problems} = await recordOf('docs/design/0001-cache.md', design);
    expect(record).toMatchObject({title, status: 'draft', people: {authors: ['Priya Raman']}});
    expect(problems).toEqual([]);
  });

  it('leaves the heading and front matter as they were where .md is CommonMark', () => {
    expect(renderTemplate('adr', {...values, title, mdx: false})).toContain(`\n# ${title}\n`);
    const design = renderTemplate('design-doc', {...values, title});
    expect(design.startsWith(`# System Design Document: ${title}\n`)).toBe(true);
  });
});

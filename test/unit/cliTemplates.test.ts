import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {renderTemplate} from '../../plugin/cli/templates';
import {recordOf} from '../helpers/markdown';

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

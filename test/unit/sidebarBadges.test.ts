import {describe, expect, it} from 'vitest';
import {buildSidebarBadges, toCssString} from '../../plugin/views/sidebarBadges';
import {loadedDoc, model, vocabulary} from '../helpers/model';

/** The label each class draws, read back from the stylesheet as a browser would. */
function labelsOf(css: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const match of css.matchAll(/\.(design-doc-status--[a-z0-9-]+) > \.menu__link::after\{content:"((?:[^"\\]|\\[0-9a-f]+ )*)"/g)) {
    labels.set(match[1]!, match[2]!.replace(/\\([0-9a-f]+) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))));
  }
  return labels;
}

describe('sidebar badges drawn by CSS', () => {
  it('gives each design doc its status class, per docs instance and version', () => {
    const {classNamesByVersion} = buildSidebarBadges(
      model(
        loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'Accepted'}),
        loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'superseded'}),
        loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'proposed'}, {versionName: '1.0'}),
        loadedDoc('docs/guide.md', {title: 'Not a design doc'}),
      ),
      vocabulary,
    );
    expect(classNamesByVersion.get('default/current')).toEqual({'adr/a': 'design-doc-status--accepted', 'adr/b': 'design-doc-status--superseded'});
    expect(classNamesByVersion.get('default/1.0')).toEqual({'adr/a': 'design-doc-status--proposed'});
  });

  it('draws every configured status with its label, one class per distinct badge', () => {
    const {css} = buildSidebarBadges(model(), vocabulary);
    const labels = labelsOf(css);
    expect(labels.get('design-doc-status--accepted')).toBe('Accepted');
    expect(labels.get('design-doc-status--review')).toBe('In review');
    expect(labels.get('design-doc-status--final-comment')).toBe('Final comment');
    // "Draft" is a status of design docs and of RFCs, with the same look: one rule.
    expect(css.match(/content:"Draft"/g)).toHaveLength(1);
  });

  it("shows an unknown status in its own words, escaped, without taking a configured status's class", () => {
    const hostile = '"} body{display:none} .x{content:"';
    const {classNamesByVersion, css} = buildSidebarBadges(
      model(
        loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: hostile}),
        // Not an RFC status: it must not look like the ADR's "Accepted".
        loadedDoc('docs/rfc/0001-b.md', {type: 'rfc', status: 'shipped'}),
        loadedDoc('docs/rfc/0002-c.md', {type: 'rfc', status: 'x'.repeat(100_000)}),
      ),
      vocabulary,
    );
    const classes = classNamesByVersion.get('default/current')!;
    const labels = labelsOf(css);
    expect(labels.get(classes['adr/a']!)).toBe(hostile);
    expect(labels.get(classes['rfc/b']!)).toBe('shipped');
    expect(labels.get(classes['rfc/c']!)).toBe(`${'x'.repeat(39)}…`);
    // The stylesheet has exactly one rule per class, plus the shared look.
    expect(css.split('\n').filter((line) => line.includes('{')).length).toBe(labels.size + 1);
    expect(css).not.toContain('display:none');
  });

  it('keeps class names apart when two badges would share a name', () => {
    const {classNamesByVersion} = buildSidebarBadges(
      model(
        loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'Accepted!'}),
        loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'accepted'}),
      ),
      vocabulary,
    );
    const classes = classNamesByVersion.get('default/current')!;
    expect(classes['adr/b']).toBe('design-doc-status--accepted');
    expect(classes['adr/a']).toBe('design-doc-status--accepted-2');
  });

  it('escapes everything but letters, digits and spaces in a CSS string', () => {
    expect(toCssString('In review')).toBe('"In review"');
    expect(toCssString('Accepté "x"\\\n')).toBe('"Accept\\e9  \\22 x\\22 \\5c \\a "');
  });
});

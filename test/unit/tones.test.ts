import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {renderBadge} from '../../plugin/outputs/badges';
import {getDefaultOptions} from '../../plugin/options';
import {buildGraphProps} from '../../plugin/views/portal/graph';
import {BADGE_COLORS, TONES, type ColorMode} from '../../plugin/views/tones';
import type {StatusTone} from '../../plugin/types/options';
import {repoRoot} from '../helpers/docusaurus';
import {loadedDoc, model, vocabulary} from '../helpers/model';

const themeDir = path.join(repoRoot, 'theme');
const TONES_CSS = path.join(themeDir, 'StatusBadge/tones.css');
const HEX = /#[0-9a-fA-F]{3,8}\b/g;

/** `--dd-tone-<tone>-<fg|bg>: value` of one rule of tones.css, by its selector. */
function variablesOf(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(Array.from(body.matchAll(/(--dd-tone-[a-z]+-(?:fg|bg)):\s*([^;]+);/g), (m) => [m[1], m[2]!.trim()]));
}

function expectedVariables(mode: ColorMode): Record<string, string> {
  return Object.fromEntries(
    Object.entries(TONES[mode]).flatMap(([tone, {fg, bg}]) => [
      [`--dd-tone-${tone}-fg`, fg],
      [`--dd-tone-${tone}-bg`, bg],
    ]),
  );
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? cssFiles(full) : entry.endsWith('.css') ? [full] : [];
  });
}

describe('the one palette of status tones', () => {
  const css = readFileSync(TONES_CSS, 'utf8');

  it('gives the pages the same colours as the palette module, in both colour modes', () => {
    expect(variablesOf(css, ':root')).toEqual(expectedVariables('light'));
    expect(variablesOf(css, ":where([data-theme='dark']):root")).toEqual(expectedVariables('dark'));
  });

  it('leaves no colour of its own in any other stylesheet of the theme, so a site override reaches every component', () => {
    const copies = cssFiles(themeDir)
      .filter((file) => file !== TONES_CSS)
      .flatMap((file) => (readFileSync(file, 'utf8').match(HEX) ?? []).map((hex) => `${path.relative(themeDir, file)}: ${hex}`));
    expect(copies).toEqual([]);
  });

  it('colours the relationship graph nodes from the palette', () => {
    const doc = (n: number, status: string, extra: Record<string, unknown> = {}) =>
      loadedDoc(`docs/adr/000${n}-record-${n}.md`, {type: 'adr', status, title: `Record ${n}`, date: '2026-01-01', ...extra});
    const graph = buildGraphProps({
      model: model(doc(1, 'superseded', {'superseded-by': 'ADR-0002'}), doc(2, 'accepted', {supersedes: 'ADR-0001'})),
      vocabulary,
      options: getDefaultOptions(),
      today: '2026-12-01',
    });
    const mermaid = graph.diagrams.map((diagram) => diagram.mermaid).join('\n');
    expect(graph.diagrams.length).toBeGreaterThan(0);
    for (const [tone, {fg, bg}] of Object.entries(TONES.light)) {
      expect(mermaid).toContain(`classDef tone-${tone} fill:${bg},stroke:${fg},color:${fg}`);
    }
  });

  it('draws the SVG badges in the palette, with white text at 4.5:1 or more on every fill', () => {
    for (const tone of Object.keys(TONES.light) as StatusTone[]) {
      const svg = renderBadge('ADR-0001', 'Status', tone);
      expect(svg).toContain(`fill="${BADGE_COLORS.fill[tone]}"`);
      expect(svg).toContain(`fill="${BADGE_COLORS.label}"`);
      expect(contrast(BADGE_COLORS.text, BADGE_COLORS.fill[tone]), tone).toBeGreaterThanOrEqual(4.5);
    }
    const fills = Object.values(BADGE_COLORS.fill);
    expect(fills).not.toContain(BADGE_COLORS.label);
    expect(new Set(fills).has(TONES.light.danger.fg)).toBe(true);
  });

  it('pairs every tone at 4.5:1 or more in both colour modes', () => {
    for (const mode of ['light', 'dark'] as const) {
      for (const [tone, {fg, bg}] of Object.entries(TONES[mode])) {
        expect(contrast(fg, bg), `${tone} in ${mode} mode`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

/** WCAG contrast ratio of two `#rgb` or `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const digits = hex.slice(1).length === 3 ? hex.slice(1).replace(/./g, '$&$&') : hex.slice(1);
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const c = parseInt(digits.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

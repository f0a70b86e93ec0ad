import type {StatusTone} from '../types/options';

/** A tone's text colour on its background. */
export type ToneColors = {fg: string; bg: string};

export type ColorMode = 'light' | 'dark';

/**
 * The one palette of status tones. Each pair has a contrast ratio of at
 * least 4.5:1 (WCAG AA for small text); the browser tests measure the
 * rendered colours.
 *
 * The pages read these values as CSS variables (`--dd-tone-<tone>-fg` and
 * `-bg`, in theme/StatusBadge/tones.css, which a unit test holds to this
 * module), so a site's override recolours every component. Output with no
 * stylesheet to read, the mermaid class definitions and the SVG badges,
 * takes the hex values from here. The two modes are parallel tables on
 * purpose (duplicates lists them as a pair): the same tones, each with its
 * own colours.
 */
export const TONES: Record<ColorMode, Record<StatusTone, ToneColors>> = {
  light: {
    neutral: {fg: '#343a40', bg: '#e9ecef'},
    info: {fg: '#1e40af', bg: '#dbeafe'},
    success: {fg: '#166534', bg: '#dcfce7'},
    warning: {fg: '#92400e', bg: '#fef3c7'},
    danger: {fg: '#991b1b', bg: '#fee2e2'},
    muted: {fg: '#495057', bg: '#f1f3f5'},
  },
  dark: {
    neutral: {fg: '#f1f3f5', bg: '#3a3f44'},
    info: {fg: '#dbeafe', bg: '#1e3a8a'},
    success: {fg: '#dcfce7', bg: '#14532d'},
    warning: {fg: '#fef3c7', bg: '#78350f'},
    danger: {fg: '#fee2e2', bg: '#7f1d1d'},
    muted: {fg: '#ced4da', bg: '#343a40'},
  },
};

/** The CSS variable holding a tone's colour, as the pages' stylesheets name it. */
export function toneVariable(tone: StatusTone, part: keyof ToneColors): string {
  return `--dd-tone-${tone}-${part}`;
}

/**
 * Colours of the flat SVG badges: white text on the light-mode text colour
 * of the tone, beside a label on the neutral one. A README shows the file
 * on any background, so the badge carries its own colours.
 */
export const BADGE_COLORS: {label: string; text: string; fill: Record<StatusTone, string>} = {
  label: TONES.light.neutral.fg,
  text: '#fff',
  fill: {
    ...(Object.fromEntries(Object.entries(TONES.light).map(([tone, {fg}]) => [tone, fg])) as Record<StatusTone, string>),
    // The label's own colour would join the two halves into one: a step lighter.
    neutral: TONES.light.muted.fg,
    // A step lighter again, so muted reads apart from neutral; white on it is 4.69:1.
    muted: '#6c757d',
  },
};

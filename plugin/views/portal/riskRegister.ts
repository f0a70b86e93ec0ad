import type {ScaleLevel, ScoreBand} from '../../types/options';
import type {RiskEntry, RiskRegisterProps} from '../../types/props';
import {toDocLink} from '../docPage';
import {compareSites, docsInstancesOf, sitesOf, type PortalContext} from './context';

type Level = {id: string; label: string; value: number};

/** A scale's levels by id, one object each: every risk at that level shares it. */
function levelsById(levels: ScaleLevel[]): Map<string | null, Level> {
  const byId = new Map<string | null, Level>();
  for (const level of levels) {
    if (!byId.has(level.id)) {
      byId.set(level.id, {id: level.id, label: level.label, value: level.value});
    }
  }
  return byId;
}

/** The last band whose minimum the score reaches. */
export function bandOf(score: number | null, bands: ScoreBand[]): ScoreBand | null {
  if (score === null) {
    return null;
  }
  for (let i = bands.length - 1; i >= 0; i -= 1) {
    if (score >= bands[i]!.min) {
      return bands[i]!;
    }
  }
  return null;
}

/**
 * A risk's status that says it is dealt with. The status is free text,
 * so its first word decides: `Mitigated (2026-03)` is closed, `Open` or
 * `Accepted` (a risk taken knowingly, still there) is not.
 */
const CLOSED_RISK = /^\s*(closed|mitigated|resolved|retired)\b/i;

export function isClosedRisk(status: string | null): boolean {
  return status !== null && CLOSED_RISK.test(status);
}

/** The scale's highest band (the greatest `min`), or null for a scale without bands. */
export function highestBand(bands: ScoreBand[]): ScoreBand | null {
  let highest: ScoreBand | null = null;
  for (const band of bands) {
    if (highest === null || band.min > highest.min) {
      highest = band;
    }
  }
  return highest;
}

/**
 * Every risk of every doc with its score and band, highest score first.
 * The scale is re-read from the options so a 3x3 or 5x5 matrix both work.
 */
export function buildRiskRegisterProps(context: PortalContext): RiskRegisterProps {
  const {likelihood, impact, bands} = context.options.riskScale;
  const likelihoodLevels = levelsById(likelihood);
  const impactLevels = levelsById(impact);
  const risks: RiskEntry[] = [];
  for (const doc of context.model.docs) {
    if (doc.risks.length === 0) {
      continue;
    }
    const source = toDocLink(doc, context.vocabulary);
    for (const risk of doc.risks) {
      risks.push({
        id: risk.id,
        title: risk.title,
        likelihood: likelihoodLevels.get(risk.likelihood) ?? null,
        impact: impactLevels.get(risk.impact) ?? null,
        score: risk.score,
        band: bandOf(risk.score, bands),
        mitigation: risk.mitigation,
        owner: risk.owner,
        status: risk.status,
        anchor: risk.anchor,
        source,
      });
    }
  }
  risks.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.title.localeCompare(b.title) || compareSites(a.source, b.source));
  const levels = (scale: ScaleLevel[]) => scale.map(({id, label, value}) => ({id, label, value})).sort((a, b) => a.value - b.value);
  const contributing = context.model.docs.filter((doc) => doc.risks.length > 0);
  return {likelihood: levels(likelihood), impact: levels(impact), bands, risks, ...docsInstancesOf(contributing), ...sitesOf(contributing, context)};
}

import type {ScaleLevel, ScoreBand} from '../../types/options';
import type {RiskEntry, RiskRegisterProps} from '../../types/props';
import {toDocLink} from '../docPage';
import {docsInstancesOf, type PortalContext} from './context';

function toLevel(levels: ScaleLevel[], id: string | null) {
  const level = levels.find((l) => l.id === id);
  return level ? {id: level.id, label: level.label, value: level.value} : null;
}

export function bandOf(score: number | null, bands: ScoreBand[]): ScoreBand | null {
  if (score === null) {
    return null;
  }
  return [...bands].reverse().find((band) => score >= band.min) ?? null;
}

/**
 * Every risk of every doc with its score and band, highest score first.
 * The scale is re-read from the options so a 3x3 or 5x5 matrix both work.
 */
export function buildRiskRegisterProps(context: PortalContext): RiskRegisterProps {
  const {likelihood, impact, bands} = context.options.riskScale;
  const risks: RiskEntry[] = context.model.docs.flatMap((doc) => {
    const source = toDocLink(doc, context.vocabulary);
    return doc.risks.map((risk) => ({
      id: risk.id,
      title: risk.title,
      likelihood: toLevel(likelihood, risk.likelihood),
      impact: toLevel(impact, risk.impact),
      score: risk.score,
      band: bandOf(risk.score, bands),
      mitigation: risk.mitigation,
      owner: risk.owner,
      status: risk.status,
      anchor: risk.anchor,
      source,
    }));
  });
  risks.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.title.localeCompare(b.title));
  const levels = (scale: ScaleLevel[]) => scale.map(({id, label, value}) => ({id, label, value})).sort((a, b) => a.value - b.value);
  return {likelihood: levels(likelihood), impact: levels(impact), bands, risks, ...docsInstancesOf(context)};
}

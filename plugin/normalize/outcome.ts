import type {BodyEntry} from '../formats/types';
import type {Decision} from '../types/model';
import {hasForbiddenCharacters, replaceForbiddenCharacters} from './characters';
import type {ProblemCollector} from './problems';
import {NO_EXTRA} from './entryFields';

/**
 * An ADR's own decision (its Decision section), named by the record's
 * title. Read directly rather than through `EntryFields`: most ADRs of a
 * large site have one, and every value is plain text already.
 */
export function readOutcomeDecision(outcome: BodyEntry, title: string, problems: ProblemCollector): Decision {
  const plain = (name: string): string | null => {
    const value = outcome.values[name];
    const trimmed = value?.text.trim();
    if (!value || !trimmed) {
      return null;
    }
    return hasForbiddenCharacters(trimmed) ? replaceForbiddenCharacters(trimmed, value.label, problems.at(value)) : trimmed;
  };
  const alternatives = outcome.values.alternatives;
  return {
    title,
    chosen: plain('chosen'),
    alternatives: alternatives?.items ? alternatives.items.map((item) => (hasForbiddenCharacters(item) ? replaceForbiddenCharacters(item, alternatives.label, problems.at(alternatives)) : item)) : [],
    rationale: plain('rationale'),
    tradeoffs: null,
    status: null,
    anchor: outcome.anchor,
    extra: NO_EXTRA,
  };
}

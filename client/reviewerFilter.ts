import type {ReviewerChoice} from '../plugin/types/props.js';
import {useQueryState} from './useQueryState.js';

export type ReviewerFilter = {
  /** The reviewers to choose from, as the queue's data gives them. */
  choices: ReviewerChoice[];
  /** The chosen reviewer's name, from the URL's `reviewer` key; null for everyone. */
  selected: string | null;
  choose(reviewer: string | null): void;
  /** Whether the queue's entry at `index` (in the data's order) is shown. */
  matches(index: number): boolean;
};

/**
 * The review queue's reviewer filter, kept in the URL (`?reviewer=Mei+Chen`,
 * with the embed's prefix) like the other filters, so a reviewer can keep
 * a link to their own queue. A name that is not one of the choices shows
 * the whole queue.
 */
export function useReviewerFilter(choices: ReviewerChoice[], query?: string): ReviewerFilter {
  const [params, update] = useQueryState(query);
  const wanted = params.get('reviewer');
  const choice = wanted === null ? undefined : choices.find((c) => c.name === wanted);
  const kept = choice ? new Set(choice.entries) : null;
  return {
    choices,
    selected: choice?.name ?? null,
    choose: (reviewer) => update({reviewer}),
    matches: (index) => kept === null || kept.has(index),
  };
}

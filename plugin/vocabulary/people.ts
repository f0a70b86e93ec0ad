import type {People} from '../types/model';

/** Every people role, in the order pages show them. */
export const PEOPLE_ROLES: (keyof People)[] = [
  'authors',
  'owners',
  'deciders',
  'reviewers',
  'approvers',
  'consulted',
  'informed',
];

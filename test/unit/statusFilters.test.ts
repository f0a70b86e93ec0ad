import {describe, expect, it} from 'vitest';
import {countByStatus, statusesByUse, withStatuses} from '../../client/statusFilters';
import type {StatusBadgeData} from '../../plugin/types/props';

const accepted: StatusBadgeData = {id: 'accepted', label: 'Accepted', tone: 'success'};
const proposed: StatusBadgeData = {id: 'proposed', label: 'Proposed', tone: 'info'};
const rejected: StatusBadgeData = {id: 'rejected', label: 'Rejected', tone: 'danger'};
const entries = [{status: proposed}, {status: accepted}, {status: null}, {status: rejected}, {status: accepted}];

describe('the status chips of a list', () => {
  it('count each status, leaving out entries with none', () => {
    expect(Object.fromEntries(countByStatus(entries))).toEqual({accepted: 2, proposed: 1, rejected: 1});
  });

  it('come most used first, then by label, so their order stays put while the counts change', () => {
    expect(statusesByUse(entries).map(({status, count}) => `${status.label} ${count}`)).toEqual(['Accepted 2', 'Proposed 1', 'Rejected 1']);
  });

  it('keep every entry when no chip is pressed, else the entries of the pressed ones', () => {
    expect(withStatuses(entries, [])).toHaveLength(5);
    expect(withStatuses(entries, ['accepted', 'rejected']).map((entry) => entry.status?.id)).toEqual(['accepted', 'rejected', 'accepted']);
  });
});

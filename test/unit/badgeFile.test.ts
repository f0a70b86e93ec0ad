import {describe, expect, it} from 'vitest';
import {badgeFile} from '../../plugin/outputs/writeBuildOutputs';

const adr = {number: 5, docId: 'adr/use-x', pluginId: 'default', versionName: 'current', isLatestVersion: true, type: 'adr'};

describe('badgeFile', () => {
  it('gives a record of the latest version the short, stable path a README embeds', () => {
    expect(badgeFile(adr)).toBe('badges/adr/0005.svg');
    expect(badgeFile({...adr, pluginId: 'platform'})).toBe('badges/platform/adr/0005.svg');
  });

  it('gives each older version of the same record its own file', () => {
    const older = badgeFile({...adr, pluginId: 'platform', versionName: '0.1', isLatestVersion: false});
    expect(older).toBe('badges/platform/0.1/adr/0005.svg');
    expect(older).not.toBe(badgeFile({...adr, pluginId: 'platform'}));
  });
});

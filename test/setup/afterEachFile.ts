import {afterAll} from 'vitest';
import {stopRunningBuilds} from '../helpers/docusaurus';
import {removeTempDirs} from '../helpers/tempDirs';

// Runs after every test file: its builds are stopped, and its fixture
// sites and build outputs go.
afterAll(() => {
  stopRunningBuilds();
  removeTempDirs();
});
